/**
 * The Swiss rule pack: the Federal Act against Unfair Competition (directory asterisk, caller
 * number, mass advertising) and objections. One zone: Europe/Zurich. Liechtenstein (+423) is a
 * separate country, not covered.
 */
import type { RulePack } from '../../core/rule.js';
import { oneZone } from '../common/market.js';
import { LCD_23 } from './citations.js';
import { automatedCalls, callerNumber, directory, directory2012, objection, promotionalTexts, scope } from './rules.js';

export const chPack: RulePack = {
  id: 'ch',
  jurisdiction: 'CH',
  calendarCountry: 'CH',
  countries: ['CH'],
  locate: oneZone('Europe/Zurich'),
  sanctions: [LCD_23],
  rules: [scope, objection, directory2012, directory, callerNumber, promotionalTexts, automatedCalls],
};

export { DIRECTORY_LIST, DIRECTORY_MAX_AGE_DAYS, CUSTOMER_MONTHS } from './rules.js';
export * as citations from './citations.js';
