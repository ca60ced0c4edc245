/**
 * The United States rule pack: federal TCPA / TSR rules for every +1 number of the US and its
 * territories (Puerto Rico, US Virgin Islands, Guam, Northern Mariana Islands, American Samoa),
 * plus the rules of every state whose law applies — the area code's state and the state of the
 * recipient's known address (`attempt.recipient.region`, e.g. 'US-NY'), all at once.
 */
import type { Rule, RulePack } from '../../core/rule.js';
import { zipPlace } from './zip.js';
import { areaCodeOf, zonesOfRegion } from '../../phone/nanp.js';
import { FTC_PENALTY, TCPA_DAMAGES } from './citations.js';
import { automatedCallConsent, floridaConsent, marylandConsent, oklahomaConsent } from './consent.js';
import { companyDoNotCall, floridaDoNotCall, nationalDoNotCall, newYorkDoNotCall, texasNoCall } from './dnc.js';
import { newYorkEmergency, type Emergency } from './emergency.js';
import { floridaFrequency, marylandFrequency, oklahomaFrequency } from './frequency.js';
import { callingHoursRules } from './hours.js';
import { massachusettsRecordedMessage } from './recorded-message.js';
import { maineReassignedCheck } from './reassigned.js';
import { telemarketingScope } from './scope.js';

/** ISO 3166-1 countries libphonenumber-js reports for +1 numbers this pack governs. */
export const US_COUNTRIES = ['US', 'PR', 'VI', 'GU', 'MP', 'AS'] as const;

/** Options of {@link createUsPack}. */
export interface UsPackOptions {
  /**
   * New York declared emergencies (GBL § 399-z(5-a)), maintained by the host from the Governor's
   * executive orders. Absent: the rule cannot be checked and adds an advisory to New York calls.
   */
  newYorkEmergencies?: readonly Emergency[];
}

/** Builds the US pack; `usPack` is the one with default options. */
export function createUsPack(options: UsPackOptions = {}): RulePack {
  const rules: Rule[] = [
    telemarketingScope,
    ...callingHoursRules,
    nationalDoNotCall,
    companyDoNotCall,
    newYorkDoNotCall,
    floridaDoNotCall,
    texasNoCall,
    automatedCallConsent,
    floridaConsent,
    oklahomaConsent,
    marylandConsent,
    maineReassignedCheck,
    massachusettsRecordedMessage,
    floridaFrequency,
    oklahomaFrequency,
    marylandFrequency,
    newYorkEmergency(options.newYorkEmergencies),
  ];
  return {
    id: 'us',
    // One jurisdiction for the decision: federal law always applies, and several states may
    // apply together; `recipient.region(s)` and the reason codes (us.fl.*, us.ny.*) say which.
    jurisdiction: 'US',
    calendarCountry: 'US',
    countries: US_COUNTRIES,
    locate: ({ e164, region, postalCode }) => {
      const npa = areaCodeOf(e164);
      // Candidate zones: the area code's and, conservatively, every zone of the known address's state.
      const zones = new Set<string>(npa?.timeZones ?? []);
      if (region !== undefined) for (const z of zonesOfRegion(region) ?? []) zones.add(z);
      const regions = npa ? [npa.region] : [];
      // The holder's ZIP code adds its zone and its state (rules of every candidate apply); it never narrows.
      const zip = postalCode === undefined ? null : zipPlace(postalCode);
      if (zip?.timeZone !== undefined) zones.add(zip.timeZone);
      if (zip?.region !== undefined && !regions.includes(zip.region)) regions.push(zip.region);
      return npa ? { timeZones: [...zones], region: npa.region, regions } : { timeZones: [...zones], regions };
    },
    sanctions: [TCPA_DAMAGES, FTC_PENALTY],
    // The state caps count calls within 24 hours (Florida, Oklahoma, Maryland): one day, and a
    // spare one for zones. Consents, objections and DNC scrubs are kept whatever their age.
    lookbackDays: 2,
    rules,
  };
}

/** The US pack with default options (no New York emergency list: advisory only). */
export const usPack: RulePack = createUsPack();

export { SCHEDULES, FEDERAL_WINDOW, type CallingSchedule, type Week, type Window } from './hours.js';
export { DNC_LISTS, REGISTRY_MAX_AGE_DAYS } from './dnc.js';
export { EBR_PURCHASE_MONTHS, EBR_INQUIRY_MONTHS } from './relationship.js';
export { STATE_MAX_CALLS, STATE_WINDOW_MS } from './frequency.js';
export type { Emergency } from './emergency.js';
export * as citations from './citations.js';
