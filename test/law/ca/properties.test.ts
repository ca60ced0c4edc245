// Invariants of the Canadian pack: an allowed SMS carries its CASL basis (consent, implied
// consent, exemption); an allowed prerecorded solicitation its ADAD consent; a live call a fresh
// negative DNCL scrub or a s. 41.7 exemption.
import { packProperties } from '../intl/properties.js';

packProperties({
  prefix: 'ca',
  jurisdiction: 'CA',
  numbers: ['+14165550123', '+14185550123', '+17095550123', '+13065550123', '+16045550123', '+15145550123'],
  offset: '-05:00',
  lists: ['ca-dncl'],
  maxAgeDays: 31,
  nightUtcHours: [6, 11],
  utcHours: [18, 21],
  optIn: (a) => a.channel === 'sms' || a.prerecorded === true,
});
