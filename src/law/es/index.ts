/**
 * The Spanish rule pack (+34): opt-in for commercial calls since 2023-06-29 (Ley 11/2022 art.
 * 66.1.b) with the customer basis, the Lista Robinson (LOPDGDD art. 23.4), calling hours (TRLGDCU
 * art. 96.2) on the recipient's clock — Atlantic/Canary for the Canary Islands —, automated calls,
 * SMS and caller ID.
 */
import type { RulePack } from '../../core/rule.js';
import { LGTEL_SANCTION } from './citations.js';
import { mobileCallerId, withheld } from './callerid.js';
import { consent2023, consent2025 } from './consent.js';
import { objection, prerecorded, sms } from './electronic.js';
import { callingHours } from './hours.js';
import { robinsonList } from './robinson.js';
import { locateSpanish } from './zones.js';

export const esPack: RulePack = {
  id: 'es',
  jurisdiction: 'ES',
  calendarCountry: 'ES',
  countries: ['ES'],
  locate: locateSpanish,
  // No rule reads past attempts or refusals (no frequency cap, no cooldown): the spare day only.
  lookbackDays: 1,
  sanctions: [LGTEL_SANCTION],
  rules: [
    objection,
    callingHours,
    consent2023, consent2025,
    robinsonList,
    prerecorded, sms,
    withheld, mobileCallerId,
  ],
};

export { ES_WINDOW } from './hours.js';
export { ROBINSON_LIST, ROBINSON_VALID_DAYS } from './robinson.js';
export { CUSTOMER_YEARS, CONSENT_RENEWAL_YEARS } from './consent.js';
export { CANARY_PREFIXES, locateSpanish } from './zones.js';
export * as citations from './citations.js';
