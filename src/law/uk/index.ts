/**
 * The United Kingdom rule pack: PECR (regs 19, 21, 21A, 21B, 22) and Ofcom's persistent-misuse
 * policy, for numbers of Great Britain and Northern Ireland (region GB, Europe/London). Numbers of
 * Jersey, Guernsey and the Isle of Man share +44 but PECR does not extend to them: they stay
 * `input.unsupported-country`.
 */
import type { RulePack } from '../../core/rule.js';
import { oneZone } from '../common/market.js';
import { ABANDONED_REPEAT_HOURS, abandonedCallRepeat, recordedMarketing } from './automated.js';
import { callerObjection, callingLineIdentity, claimsManagement, pensionsColdCalls, preferenceService, type PensionsCaller } from './calls.js';
import { DUAA_115, PECR_SCH_1 } from './citations.js';
import { marketingScope, unsociableHours } from './scope.js';
import { textConsent } from './sms.js';

/** Options of {@link createUkPack}. */
export interface UkPackOptions {
  /** The host's status for pensions calls (PECR reg. 21B(2)(a)); absent: every pensions cold call is denied. */
  pensionsCaller?: PensionsCaller;
}

/** Builds the UK pack; `ukPack` is the one with default options. */
export function createUkPack(options: UkPackOptions = {}): RulePack {
  return {
    id: 'uk',
    jurisdiction: 'GB',
    calendarCountry: 'GB',
    countries: ['GB'],
    locate: oneZone('Europe/London'),
    // The ICO's fining power: £500,000 until 4 February 2026, the UK GDPR level from 5 February 2026.
    sanctions: [PECR_SCH_1, DUAA_115],
    // An abandoned call bars a repeat call for 72 hours (Ofcom's persistent-misuse policy): three
    // days, and a spare one for zones.
    lookbackDays: Math.ceil(ABANDONED_REPEAT_HOURS / 24) + 1,
    rules: [
      marketingScope, unsociableHours, callerObjection, preferenceService, claimsManagement, pensionsColdCalls(options.pensionsCaller),
      callingLineIdentity, recordedMarketing, abandonedCallRepeat, textConsent,
    ],
  };
}

export const ukPack: RulePack = createUkPack();

export { TPS_LIST, CTPS_LIST, TPS_MAX_AGE_DAYS, type PensionsCaller } from './calls.js';
export { ABANDONED_REPEAT_HOURS } from './automated.js';
export { CHARITY_SOFT_OPT_IN_FROM } from './sms.js';
export { SOCIABLE_HOURS } from './scope.js';
export * as citations from './citations.js';
