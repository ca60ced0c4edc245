// Invariants of the German pack: every allowed advertising contact to a consumer rests on a
// prior express consent (UWG § 7 Abs. 2 Nr. 1–2) or, for SMS, the customer exception (§ 7 Abs. 3).
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
});
