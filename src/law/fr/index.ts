/**
 * The French rule pack: numbers of metropolitan France and of the overseas territories whose
 * numbering is French (Guadeloupe, Martinique, Guyane, La Réunion, Mayotte, Saint-Pierre-et-
 * Miquelon, Saint-Martin, Saint-Barthélemy).
 */
import type { RulePack } from '../../core/rule.js';
import { FRENCH_TERRITORIES, territoryOf } from '../../phone/territories.js';
import { L242_16 } from './citations.js';
import { frequencyCap } from './frequency.js';
import { callingHours } from './hours.js';
import { refusalCooldown } from './refusal.js';
import { prospectingScope } from './scope.js';

export const frPack: RulePack = {
  id: 'fr',
  jurisdiction: 'FR',
  calendarCountry: 'FR',
  countries: Object.keys(FRENCH_TERRITORIES),
  locate: ({ country }) => {
    const t = territoryOf(country);
    if (!t) return undefined;
    return t.region === undefined ? { timeZones: [t.timeZone] } : { timeZones: [t.timeZone], region: t.region };
  },
  sanctions: [L242_16],
  rules: [prospectingScope, callingHours, frequencyCap, refusalCooldown],
};

export { OPENING_WINDOWS } from './hours.js';
export { MAX_CALLS, WINDOW_DAYS } from './frequency.js';
export { COOLDOWN_DAYS } from './refusal.js';
export * as citations from './citations.js';
