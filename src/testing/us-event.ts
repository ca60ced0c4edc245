/** One valid US history event (arbitrary). */
import fc from 'fast-check';
import type { ContactEvent } from '../core/types.js';
import { advertiser } from './advertiser.js';
import { channel } from './channel.js';
import { instant } from './instant.js';
import { US_WINDOW_EDGES } from './us-attempt.js';

/** One valid US history event: attempts, written or oral consents, revocations, DNC scrubs, customers. */
export function usEvent(opts: { at?: fc.Arbitrary<string> } = {}): fc.Arbitrary<ContactEvent> {
  const at = opts.at ?? instant({ zone: 'America/New_York', edges: US_WINDOW_EDGES });
  return fc.oneof(
    { weight: 6, arbitrary: fc.record({ type: fc.constant('attempt' as const), at, advertiser: advertiser(), channel: channel() }) },
    { weight: 1, arbitrary: fc.record({ type: fc.constant('objection' as const), at, advertiser: advertiser() }) },
    { weight: 3, arbitrary: fc.record({ type: fc.constant('consent' as const), at, advertiser: advertiser(), written: fc.boolean(), covers: fc.subarray(['prospecting', 'outside-hours'] as const, { minLength: 1 }).map((c) => [...c]) }) },
    { weight: 1, arbitrary: fc.record({ type: fc.constant('consent-withdrawn' as const), at, advertiser: advertiser() }) },
    { weight: 4, arbitrary: fc.record({ type: fc.constant('opposition-check' as const), at, list: fc.constantFrom('us-national-dnc', 'us-national-dnc', 'us-fl-dnc', 'us-tx-nocall'), listed: fc.boolean() }) },
    { weight: 2, arbitrary: fc.record({ type: fc.constant('customer' as const), at, advertiser: advertiser(), kind: fc.constantFrom('purchase' as const, 'inquiry' as const) }) },
  );
}
