// Invariants of the German pack: every allowed advertising contact to a consumer rests on a
// prior express consent (UWG § 7 Abs. 2 Nr. 1–2) or, for SMS, the customer exception (§ 7 Abs. 3).
import { fc } from '@fast-check/vitest';
import { packProperties } from '../intl/properties.js';

packProperties({
  prefix: 'de',
  jurisdiction: 'DE',
  numbers: ['+4930123456', '+4915123456789', '+498912345678'],
  offset: '+01:00',
  // Germany has no opposition list: the scenario's checks name a list the pack ignores.
  lists: ['de-none'],
  maxAgeDays: 30,
  utcHours: [0, 24],
  optIn: () => true,
  // Most attempts are live prospecting calls, the ones the legal-basis assertion is about.
  extra: fc.oneof({ arbitrary: fc.constant({ purpose: 'prospecting' as const, prerecorded: false }), weight: 2 }, { arbitrary: fc.constant({}), weight: 1 }),
});
