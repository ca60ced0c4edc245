/** One valid French history event (arbitrary). */
import fc from 'fast-check';
import type { ContactEvent } from '../core/types.js';
import { advertiser } from './advertiser.js';
import { channel } from './channel.js';
import { instant } from './instant.js';

/** One valid history event of any kind, dated within the instant range. */
export function event(opts: { at?: fc.Arbitrary<string> } = {}): fc.Arbitrary<ContactEvent> {
  const at = opts.at ?? instant();
  return fc.oneof(
    { weight: 6, arbitrary: fc.record({ type: fc.constant('attempt' as const), at, advertiser: advertiser(), channel: channel(), outcome: fc.constantFrom('answered', 'no-answer', 'busy', 'voicemail', 'failed') as fc.Arbitrary<'answered'> }) },
    { weight: 2, arbitrary: fc.record({ type: fc.constant('refusal' as const), at, advertiser: advertiser() }) },
    { weight: 1, arbitrary: fc.record({ type: fc.constant('objection' as const), at, advertiser: advertiser() }) },
    { weight: 2, arbitrary: fc.record({ type: fc.constant('consent' as const), at, advertiser: advertiser(), covers: fc.subarray(['prospecting', 'outside-hours'] as const, { minLength: 1 }).map((c) => [...c]) }) },
    { weight: 1, arbitrary: fc.record({ type: fc.constant('consent-withdrawn' as const), at, advertiser: advertiser() }) },
    { weight: 1, arbitrary: fc.record({ type: fc.constant('opposition-check' as const), at, list: fc.constant('bloctel'), listed: fc.boolean() }) },
    { weight: 1, arbitrary: fc.record({ type: fc.constant('customer' as const), at, advertiser: advertiser() }) },
    { weight: 1, arbitrary: fc.record({ type: fc.constant('contract' as const), id: fc.constantFrom('c1', 'c2'), advertiser: advertiser(), start: at }) },
  );
}
