/**
 * The French rule pack and its constants, for hosts that pick packs explicitly or display the law.
 * @packageDocumentation
 */
export {
  frPack, OPENING_WINDOWS, MAX_CALLS, WINDOW_DAYS, COOLDOWN_DAYS, CHECK_VALID_DAYS, BANNED_SECTORS, NPV_RANGES, citations,
  D223_9_TERMS, d2239Rules, datedTerms, termsOn, type CallingTerms, type DatedTerms, type OpeningWindow,
} from './law/fr/index.js';
export { FRENCH_TERRITORIES, type Territory } from './phone/territories.js';
