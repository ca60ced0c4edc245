/** A prospecting attempt to a French number (arbitrary). */
import fc from 'fast-check';
import type { Attempt, Channel } from '../core/types.js';
import { advertiser } from './advertiser.js';
import { frenchNumber } from './french-number.js';
import { instant } from './instant.js';

/**
 * A prospecting attempt to a French number (voice mostly), presenting a number most of the time
 * (a verified multi-purpose number, or a mobile; absent = masked, C. consom. L.221-17).
 */
export function attempt(opts: { at?: fc.Arbitrary<string>; to?: fc.Arbitrary<string> } = {}): fc.Arbitrary<Attempt> {
  return fc.record({
    to: opts.to ?? frenchNumber(),
    at: opts.at ?? instant(),
    channel: fc.constantFrom<Channel>('voice', 'voice', 'voice', 'sms'),
    advertiser: advertiser(),
    callerId: fc.constantFrom('+33162123456', '+33948123456', '+33612000000'),
  }, { requiredKeys: ['to', 'at', 'channel', 'advertiser'] });
}
