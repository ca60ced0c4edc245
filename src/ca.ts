/**
 * The Canadian rule pack (with Quebec) and its constants, and Canada's area-code table, for hosts
 * that pick packs explicitly or display the law.
 * @packageDocumentation
 */
export { caPack, WEEKDAY_WINDOW, WEEKEND_WINDOW, DNCL_LIST, DNCL_MAX_AGE_DAYS, EBR_MONTHS, CASL_MONTHS, BC_CONTACT_DAYS, citations } from './law/ca/index.js';
export { CA_AREA_CODES, canadianAreaCodeOf, canadianZonesOfRegion, type CanadianAreaCode } from './phone/nanp.js';
