/**
 * The French rule pack: numbers of metropolitan France and of the overseas territories whose
 * numbering is French (Guadeloupe, Martinique, Guyane, La Réunion, Mayotte, Saint-Pierre-et-
 * Miquelon, Saint-Martin, Saint-Barthélemy).
 */
import type { Rule, RulePack } from '../../core/rule.js';
import { FRENCH_TERRITORIES, territoryOf } from '../../phone/territories.js';
import { L242_16 } from './citations.js';
import { datedTerms, D223_9_TERMS, termsRuleId, type CallingTerms } from './d223-9.js';
import { frequencyCapRule } from './frequency.js';
import { callingHoursRule } from './hours.js';
import { refusalCooldownRule } from './refusal.js';
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

/**
 * The rules of D.223-9 made from its dated rows (d223-9.ts): for each row, its days and hours, its
 * cap and its cooldown, in force from the row's date to the day before the next row's.
 */
export function d2239Rules(rows: readonly CallingTerms[] = D223_9_TERMS): Rule[] {
  return datedTerms(rows).flatMap((terms, i) => [
    callingHoursRule(terms, termsRuleId('fr.hours', terms, i)),
    frequencyCapRule(terms, termsRuleId('fr.frequency', terms, i)),
    refusalCooldownRule(terms, termsRuleId('fr.refusal', terms, i)),
  ]);
}

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
  history: {
    en: 'Pacitel (2011–2016) was a voluntary opposition list run by professional federations: it had no legal effect, so no rule encodes it. Loi n° 2014-344 (17 March 2014, "loi Hamon") created the statutory opposition list (C. consom. L.121-34, recodified as L.223-1 in 2016); it has been run as Bloctel since 1 June 2016 — a change of the operator running it (Opposetel, then Worldline from 2021) does not change the rule. Loi n° 2020-901 (24 July 2020) added the monthly scrubbing duty, the energy-renovation ban and stronger fines (L.242-16). Décret n° 2022-1313 set the days, hours and frequency of D.223-9 from 1 March 2023. Loi n° 2025-594 (30 June 2025) ended the opposition-list regime on 10 August 2026: since 11 August 2026 a consumer may be canvassed by phone only with prior consent (opt-in), or within a contract in progress.',
    fr: "Pacitel (2011–2016) était une liste d'opposition volontaire tenue par des fédérations professionnelles : sans effet juridique, aucune règle ne l'encode. La loi n° 2014-344 du 17 mars 2014 (« loi Hamon ») a créé la liste d'opposition légale (C. consom. L.121-34, recodifié L.223-1 en 2016), exploitée sous le nom de Bloctel depuis le 1er juin 2016 — un changement d'exploitant (Opposetel, puis Worldline depuis 2021) ne change pas la règle. La loi n° 2020-901 du 24 juillet 2020 a ajouté l'obligation de vérification mensuelle, l'interdiction de la rénovation énergétique et des amendes plus lourdes (L.242-16). Le décret n° 2022-1313 a fixé les jours, horaires et la fréquence de D.223-9 à compter du 1er mars 2023. La loi n° 2025-594 du 30 juin 2025 a mis fin au régime de la liste d'opposition le 10 août 2026 : depuis le 11 août 2026, un consommateur ne peut être démarché par téléphone qu'avec son consentement préalable (opt-in), ou dans le cadre d'un contrat en cours.",
  },
  // The cap counts attempts after the same wall-clock time 30 days earlier (D.223-9 al. 3); a
  // refusal on local day R blocks until the midnight starting day R+61 (al. 4), i.e. less than 61
  // days after it. A DST shift moves either by one hour, zones by a few more: one spare day, 62.
  lookbackDays: Math.max(...D223_9_TERMS.map((t) => Math.max(t.windowDays, t.cooldownDays + 1))) + 1,
  rules: [
    // When: days, hours, frequency, cooldown (D.223-9).
    prospectingScope, ...d2239Rules(),
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
export { D223_9_TERMS, datedTerms, termsOn, type CallingTerms, type DatedTerms, type OpeningWindow } from './d223-9.js';
export { MAX_CALLS, WINDOW_DAYS } from './frequency.js';
export { COOLDOWN_DAYS } from './refusal.js';
export { CHECK_VALID_DAYS } from './opposition.js';
export { BANNED_SECTORS } from './sectors.js';
export { NPV_RANGES } from './numbering.js';
export * as citations from './citations.js';
