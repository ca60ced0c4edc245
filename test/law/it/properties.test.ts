// Invariants of the Italian pack: an allowed SMS or prerecorded call rests on a consent (Codice
// privacy art. 130); an allowed live call on a fresh negative check of the Registro pubblico
// delle opposizioni or an exemption (contract, consent after registration).
import { packProperties } from '../intl/properties.js';

packProperties({
  prefix: 'it',
  jurisdiction: 'IT',
  numbers: ['+390612345678', '+393123456789'],
  offset: '+01:00',
  lists: ['it-rpo'],
  maxAgeDays: 15,
  utcHours: [9, 17],
  optIn: (a) => a.channel === 'sms' || a.prerecorded === true,
});
