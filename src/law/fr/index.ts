/**
 * The French rule pack: numbers of metropolitan France and of the overseas territories whose
 * numbering is French (Guadeloupe, Martinique, Guyane, La Réunion, Mayotte, Saint-Pierre-et-
 * Miquelon, Saint-Martin, Saint-Barthélemy).
 */
import type { RulePack } from '../../core/rule.js';
import { FRENCH_TERRITORIES, territoryOf } from '../../phone/territories.js';
import { L242_16 } from './citations.js';
import { frequencyCap, WINDOW_DAYS } from './frequency.js';
import { callingHours } from './hours.js';
import { COOLDOWN_DAYS, refusalCooldown } from './refusal.js';
import { prospectingScope } from './scope.js';
import { automatedCallerId, withheldNumber, withheldNumber2014 } from './callerid.js';
import { objection1978, objectionGdpr, objectionOptIn } from './objection.js';
import { oppositionList2014, oppositionList2016, oppositionList2020 } from './opposition.js';
import { priorConsent } from './optin.js';
import { prerecordedConsent } from './prerecorded.js';
import { pressSubscriptions2014, pressSubscriptions2016, pressSubscriptionsOptIn } from './press.js';
import {
  cpfTrainingBan, energyRenovationBan2020, energyRenovationBan2025, homeAdaptationBan2025, housingWorksBan2026,
} from './sectors.js';
import { smsConsent, smsQuietHours } from './sms.js';

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
  // The cap counts attempts after the same wall-clock time 30 days earlier (D.223-9 al. 3); a
  // refusal on local day R blocks until the midnight starting day R+61 (al. 4), i.e. less than 61
  // days after it. A DST shift moves either by one hour, zones by a few more: one spare day, 62.
  lookbackDays: Math.max(WINDOW_DAYS, COOLDOWN_DAYS + 1) + 1,
  rules: [
    // When: days, hours, frequency, cooldown (D.223-9).
    prospectingScope, callingHours, frequencyCap, refusalCooldown,
    // Whether at all: objection, then the access regime of the era (each text version dated).
    objection1978, objectionGdpr, objectionOptIn,
    oppositionList2014, oppositionList2016, oppositionList2020,
    priorConsent,
    pressSubscriptions2014, pressSubscriptions2016, pressSubscriptionsOptIn,
    energyRenovationBan2020, energyRenovationBan2025, homeAdaptationBan2025, housingWorksBan2026, cpfTrainingBan,
    // Automated calls and SMS (CPCE L.34-5), and their good-practice hours.
    prerecordedConsent, smsConsent, smsQuietHours,
    // Who is shown calling.
    withheldNumber2014, withheldNumber, automatedCallerId,
  ],
};

export { OPENING_WINDOWS } from './hours.js';
export { MAX_CALLS, WINDOW_DAYS } from './frequency.js';
export { COOLDOWN_DAYS } from './refusal.js';
export { CHECK_VALID_DAYS } from './opposition.js';
export { BANNED_SECTORS } from './sectors.js';
export { NPV_RANGES } from './numbering.js';
export * as citations from './citations.js';
