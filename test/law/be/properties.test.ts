// Invariants of the Belgian pack: an allowed SMS or automated call carries its consent or customer
// basis; a live call a fresh negative "Ne m'appelez plus" check or a consent given after listing.
import { packProperties } from '../intl/properties.js';

packProperties({
  prefix: 'be',
  jurisdiction: 'BE',
  numbers: ['+3222345678', '+32471123456', '+3293456789'],
  offset: '+01:00',
  lists: ['be-dncm'],
  maxAgeDays: 5,
  utcHours: [0, 24],
  optIn: (a) => a.channel === 'sms' || a.prerecorded === true,
});
