/**
 * The United States rule pack (TCPA, TSR and state telemarketing laws), its constants and the NANP
 * area-code table, for hosts that pick packs explicitly, build it with their own options (New York
 * emergency declarations) or display the law.
 * @packageDocumentation
 */
export {
  usPack,
  createUsPack,
  US_COUNTRIES,
  SCHEDULES,
  FEDERAL_WINDOW,
  DNC_LISTS,
  REGISTRY_MAX_AGE_DAYS,
  EBR_PURCHASE_MONTHS,
  EBR_INQUIRY_MONTHS,
  STATE_MAX_CALLS,
  STATE_WINDOW_MS,
  citations,
  type UsPackOptions,
  type Emergency,
  type CallingSchedule,
  type Week,
  type Window,
} from './law/us/index.js';
export { US_AREA_CODES, areaCodeOf, zonesOfRegion, type AreaCode } from './phone/nanp.js';
