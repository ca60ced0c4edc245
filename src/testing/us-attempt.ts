/** A US marketing attempt (arbitrary). */
import fc from 'fast-check';
import type { Attempt, Channel } from '../core/types.js';
import { advertiser } from './advertiser.js';
import { instant } from './instant.js';
import { usNumber } from './us-number.js';

/** Local hours at which US calling windows open or close (federal 8–21, states 8–20, 9–21, noon…). */
export const US_WINDOW_EDGES = [8, 9, 10, 12, 17, 18, 20, 21] as const;

/** A US marketing attempt: voice or text, sometimes automated or prerecorded, sometimes with the recipient's state. */
export function usAttempt(opts: { at?: fc.Arbitrary<string>; to?: fc.Arbitrary<string> } = {}): fc.Arbitrary<Attempt> {
  return fc.record(
    {
      to: opts.to ?? usNumber(),
      at: opts.at ?? instant({ zone: 'America/New_York', edges: US_WINDOW_EDGES }),
      channel: fc.constantFrom<Channel>('voice', 'voice', 'sms'),
      advertiser: advertiser(),
      automated: fc.boolean(),
      prerecorded: fc.boolean(),
      recipient: fc.record({ region: fc.constantFrom('US-NY', 'US-FL', 'US-TX', 'US-CA') }),
    },
    { requiredKeys: ['to', 'at', 'channel', 'advertiser'] },
  );
}
