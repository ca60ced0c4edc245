/**
 * The Belgian rule pack ("Ne m'appelez plus", CDE Book VI) and its constants.
 * @packageDocumentation
 */
export { bePack, DNCM_LIST, DNCM_MAX_AGE_DAYS, citations } from './law/be/index.js';
