/**
 * The Swiss rule pack (LCD/UWG art. 3 al. 1 let. o, u, v) and its constants.
 * @packageDocumentation
 */
export { chPack, DIRECTORY_LIST, DIRECTORY_MAX_AGE_DAYS, CUSTOMER_MONTHS, citations } from './law/ch/index.js';
