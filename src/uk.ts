/**
 * The United Kingdom rule pack (PECR, Ofcom persistent misuse) and its constants.
 * @packageDocumentation
 */
export {
  ukPack, createUkPack, TPS_LIST, CTPS_LIST, TPS_MAX_AGE_DAYS, ABANDONED_REPEAT_HOURS, CHARITY_SOFT_OPT_IN_FROM, SOCIABLE_HOURS, citations,
  type UkPackOptions, type PensionsCaller,
} from './law/uk/index.js';
