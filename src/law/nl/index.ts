/**
 * The Dutch rule pack (+31): opt-in for telemarketing to natural persons since 2021-07-01
 * (Telecommunicatiewet art. 11.7), with the customer exception (and ex-customers up to three years,
 * Code Telemarketing), the objection offered in every call, a visible number, and consent for
 * automated calls and SMS. No statutory hours, no opposition list (the Bel-me-niet Register closed
 * on 2021-07-01).
 */
import type { RulePack } from '../../core/rule.js';
import { TW_15_4 } from './citations.js';
import { objection, prerecorded, sms, withheld } from './electronic.js';
import { consent } from './optin.js';

export const nlPack: RulePack = {
  id: 'nl',
  jurisdiction: 'NL',
  calendarCountry: 'NL',
  countries: ['NL'],
  // European Netherlands only; the Caribbean Netherlands (+599) are out of scope.
  locate: () => ({ timeZones: ['Europe/Amsterdam'] }),
  // No rule reads past attempts or refusals (no frequency cap, no cooldown): the spare day only.
  lookbackDays: 1,
  sanctions: [TW_15_4],
  rules: [objection, consent, prerecorded, sms, withheld],
};

export { CUSTOMER_YEARS } from './optin.js';
export * as citations from './citations.js';
