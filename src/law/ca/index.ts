/**
 * The Canadian rule pack (with Quebec): the CRTC Unsolicited Telecommunications Rules for calls
 * (hours, National DNCL, internal list, caller ID, ADAD), CASL for text messages, and British
 * Columbia's Telemarketer Licensing Regulation (statutory holidays, one contact per 30 days). `+1` numbers
 * whose area code is Canadian come here (libphonenumber-js reports them as CA); the area code
 * gives the province(s) and every candidate zone (src/phone/nanp.ts).
 */
import type { RulePack } from '../../core/rule.js';
import { canadianAreaCodeOf, canadianZonesOfRegion } from '../../phone/nanp.js';
import { prerecordedConsent } from './adad.js';
import { britishColumbiaFrequency, britishColumbiaHours } from './bc.js';
import { smsConsent } from './casl.js';
import { ACT_72_01 } from './citations.js';
import { nationalDncl } from './dncl.js';
import { quebecProspectionNotice } from './quebec.js';
import { telemarketingScope } from './scope.js';
import { callerId, callingHours, dialerAbandonment, emergencyAndHealthLines, internalDoNotCall } from './telemarketing.js';

export const caPack: RulePack = {
  id: 'ca',
  jurisdiction: 'CA',
  // No Canadian rule closes public holidays; the calendar is there for hosts' own use.
  calendarCountry: 'CA',
  countries: ['CA'],
  locate: ({ e164, region }) => {
    const npa = canadianAreaCodeOf(e164);
    // Candidate zones: the area code's and, conservatively, every zone of the known address's province.
    const zones = new Set<string>(npa?.timeZones ?? []);
    if (region !== undefined) for (const z of canadianZonesOfRegion(region) ?? []) zones.add(z);
    const regions = [...(npa?.regions ?? [])];
    return regions.length === 1 ? { timeZones: [...zones], region: regions[0]!, regions } : { timeZones: [...zones], regions };
  },
  sanctions: [ACT_72_01],
  rules: [
    telemarketingScope, callingHours, nationalDncl, internalDoNotCall, callerId, emergencyAndHealthLines,
    prerecordedConsent, dialerAbandonment, smsConsent, quebecProspectionNotice, britishColumbiaHours, britishColumbiaFrequency,
  ],
};

export { WEEKDAY_WINDOW, WEEKEND_WINDOW } from './telemarketing.js';
export { DNCL_LIST, DNCL_MAX_AGE_DAYS, EBR_MONTHS } from './dncl.js';
export { CASL_MONTHS } from './casl.js';
export { BC_CONTACT_DAYS } from './bc.js';
export * as citations from './citations.js';
