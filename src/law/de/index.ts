/**
 * The German rule pack (+49): opt-in for promotional calls to consumers (UWG § 7 Abs. 2), the
 * documentation of consent (§ 7a), automated calls and SMS (§ 7 Abs. 2 Nr. 2, Abs. 3), caller ID
 * (TDDDG § 15 Abs. 2, TKG § 120 Abs. 2). No statutory calling hours, no national opposition list,
 * no frequency cap.
 */
import type { RulePack } from '../../core/rule.js';
import { UWG_20_NR_1 } from './citations.js';
import { forbiddenCallerId, withheld2009, withheld2021, withheld2024 } from './callerid.js';
import { consent2009, consent2022, consentDocumentation } from './consent.js';
import { objection, prerecorded2009, prerecorded2022, sms } from './electronic.js';

export const dePack: RulePack = {
  id: 'de',
  jurisdiction: 'DE',
  calendarCountry: 'DE',
  countries: ['DE'],
  // One zone; the Büsingen enclave (+49 7734) shares it.
  locate: () => ({ timeZones: ['Europe/Berlin'] }),
  // No rule reads past attempts or refusals (no frequency cap, no cooldown): the spare day only.
  lookbackDays: 1,
  sanctions: [UWG_20_NR_1],
  rules: [
    objection,
    consent2009, consent2022, consentDocumentation,
    prerecorded2009, prerecorded2022, sms,
    withheld2009, withheld2021, withheld2024, forbiddenCallerId,
  ],
};

export { FORBIDDEN_CALLER_IDS } from './callerid.js';
export * as citations from './citations.js';
