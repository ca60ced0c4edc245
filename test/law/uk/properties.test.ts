// Invariants of the UK pack: an allowed marketing text or recorded call to an individual carries
// its PECR basis (consent, soft opt-in); a live call a fresh negative TPS screening or a reg. 21(4) consent.
import { packProperties } from '../intl/properties.js';

packProperties({
  prefix: 'uk',
  jurisdiction: 'GB',
  numbers: ['+442079460123', '+447400123456', '+441614960123'],
  offset: '+00:00',
  lists: ['uk-tps'],
  maxAgeDays: 28,
  utcHours: [9, 19],
  optIn: (a) => a.channel === 'sms' || a.prerecorded === true,
});
