// Invariants of the Dutch pack: every allowed telemarketing contact to a natural person rests on a
// consent or the customer exception (Telecommunicatiewet art. 11.7).
import { packProperties } from '../intl/properties.js';

packProperties({
  prefix: 'nl',
  jurisdiction: 'NL',
  numbers: ['+31201234567', '+31612345678'],
  offset: '+01:00',
  // The Netherlands have no opposition list since 2021-07-01: the checks name one the pack ignores.
  lists: ['nl-none'],
  maxAgeDays: 30,
  utcHours: [0, 24],
  optIn: () => true,
});
