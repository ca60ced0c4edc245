// Invariants of the Italian pack: an allowed SMS or prerecorded call rests on a consent (Codice
// privacy art. 130); an allowed live call on a fresh negative check of the Registro pubblico
// delle opposizioni or an exemption (contract, consent after registration).
import { fc } from '@fast-check/vitest';
import { packProperties } from '../intl/properties.js';

packProperties({
  prefix: 'it',
  jurisdiction: 'IT',
  numbers: ['+390612345678', '+393123456789'],
  offset: '+01:00',
  lists: ['it-rpo'],
  maxAgeDays: 15,
  nightUtcHours: [0, 6],
  utcHours: [9, 17],
  optIn: (a) => a.channel === 'sms' || a.prerecorded === true,
  // Most attempts are live prospecting calls, the ones the legal-basis assertion is about.
  extra: fc.oneof({ arbitrary: fc.constant({ purpose: 'prospecting' as const, prerecorded: false }), weight: 2 }, { arbitrary: fc.constant({}), weight: 1 }),
});
