// Invariants of the Spanish pack: every allowed commercial call to a consumer rests on a consent
// or the customer basis (Ley 11/2022 art. 66.1.b), every SMS on a consent or the customer
// exception (LSSI art. 21), with the calling hours checked in both zones for mobiles.
import { fc } from '@fast-check/vitest';
import { packProperties } from '../intl/properties.js';

packProperties({
  prefix: 'es',
  jurisdiction: 'ES',
  numbers: ['+34912345678', '+34922123456', '+34612345678', '+34711223344'],
  offset: '+01:00',
  lists: ['es-robinson'],
  maxAgeDays: 30,
  // 10:00–21:00 Madrid is inside the window in both zones (winter 09–20 UTC, summer 08–19 UTC).
  nightUtcHours: [0, 6],
  utcHours: [9, 19],
  optIn: () => true,
  // Most attempts are live prospecting calls, the ones the legal-basis assertion is about.
  extra: fc.oneof({ arbitrary: fc.constant({ purpose: 'prospecting' as const, prerecorded: false }), weight: 2 }, { arbitrary: fc.constant({}), weight: 1 }),
});
