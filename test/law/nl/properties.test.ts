// Invariants of the Dutch pack: every allowed telemarketing contact to a natural person rests on a
// consent or the customer exception (Telecommunicatiewet art. 11.7).
import { fc } from '@fast-check/vitest';
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
  // Most attempts are live prospecting calls, the ones the legal-basis assertion is about.
  extra: fc.oneof({ arbitrary: fc.constant({ purpose: 'prospecting' as const, prerecorded: false }), weight: 2 }, { arbitrary: fc.constant({}), weight: 1 }),
});
