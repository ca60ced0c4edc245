/**
 * The Belgian rule pack: Code de droit économique Book VI (the "Ne m'appelez plus" opt-out list,
 * automated calls), electronic mail rules for SMS, and GDPR objections. One zone: Europe/Brussels.
 */
import type { RulePack } from '../../core/rule.js';
import { oneZone } from '../common/market.js';
import { CDE_XV_83 } from './citations.js';
import { automatedCalls, callerIdentity, doNotCallMe, objection, scope, textConsent } from './rules.js';

export const bePack: RulePack = {
  id: 'be',
  jurisdiction: 'BE',
  calendarCountry: 'BE',
  countries: ['BE'],
  locate: oneZone('Europe/Brussels'),
  sanctions: [CDE_XV_83],
  rules: [scope, objection, doNotCallMe, automatedCalls, textConsent, callerIdentity],
};

export { DNCM_LIST, DNCM_MAX_AGE_DAYS } from './rules.js';
export * as citations from './citations.js';
