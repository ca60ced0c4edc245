// Invariants of the Swiss pack: an allowed SMS or automated call carries its let. o basis; a live
// call a fresh plain directory entry, or the customer or consent exception.
import { packProperties } from '../intl/properties.js';
import { fc } from '@fast-check/vitest';

packProperties({
  prefix: 'ch',
  jurisdiction: 'CH',
  numbers: ['+41446681800', '+41791234567', '+41223456789'],
  offset: '+01:00',
  lists: ['ch-directory'],
  maxAgeDays: 30,
  utcHours: [0, 24],
  optIn: (a) => a.channel === 'sms' || a.prerecorded === true,
  extra: fc.constant({ callerId: '+41223456789' }),
});
