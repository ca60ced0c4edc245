/**
 * The Italian rule pack (+39): opt-out through the Registro pubblico delle opposizioni (fixed and
 * mobile numbers since 2022-07-27), the code of conduct's calling hours and identifiable numbers
 * (from 2024-09-28), consent for automated calls and SMS (Codice privacy art. 130).
 */
import type { RulePack } from '../../core/rule.js';
import { CODICE_PRIVACY_166 } from './citations.js';
import { objection, prerecorded, sms, withheld } from './electronic.js';
import { callingHours } from './hours.js';
import { oppositionRegister } from './rpo.js';

export const itPack: RulePack = {
  id: 'it',
  jurisdiction: 'IT',
  calendarCountry: 'IT',
  countries: ['IT'],
  locate: () => ({ timeZones: ['Europe/Rome'] }),
  // No rule reads past attempts or refusals (no frequency cap, no cooldown): the spare day only.
  lookbackDays: 1,
  sanctions: [CODICE_PRIVACY_166],
  rules: [objection, callingHours, oppositionRegister, prerecorded, sms, withheld],
};

export { WEEKDAY_WINDOW, SHORT_WINDOW } from './hours.js';
export { RPO_LIST, RPO_VALID_DAYS, CONTRACT_GRACE_DAYS } from './rpo.js';
export * as citations from './citations.js';
