// nextAllowedAt, checked minute by minute (docs/contract.md §3): on random French and US cases
// denied for reasons with an end, every minute from the attempt up to nextAllowedAt is denied, and
// nextAllowedAt itself is allowed. The scheduler jumps over closed hours with the rules' hints
// (RuleOutcome.opensAt); this says the jumps never skip an open minute.
import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { evaluate, type Attempt, type ContactEvent } from 'callgate';
import { reachCounter } from '../support.js';

const MINUTE = 60_000;
const DAY = 86_400_000;
const iso = (t: number) => new Date(t).toISOString();
/** Longest span checked minute by minute (a long weekend and a holiday: about 4 days). */
const MAX_SPAN = 5 * DAY;

const advertiser = fc.constantFrom('acme', 'globex');
/** Attempts and refusals of either advertiser in the weeks before (caps and cooldowns fire), and sometimes one after. */
const events = (at: number) =>
  fc.array(
    fc.oneof(
      fc.record({ type: fc.constant('attempt' as const), at: fc.integer({ min: at - 40 * DAY, max: at }).map(iso), advertiser, channel: fc.constant('voice' as const) }),
      fc.record({ type: fc.constant('refusal' as const), at: fc.integer({ min: at - 70 * DAY, max: at }).map(iso), advertiser }),
      fc.record({ type: fc.constant('attempt' as const), at: fc.integer({ min: at, max: at + 2 * DAY }).map(iso), advertiser, channel: fc.constant('voice' as const) }),
    ),
    { maxLength: 8 },
  );

/** French and US recipients, a lawful basis each (consent, a fresh registry scrub), attempts any minute of 2026–2027. */
const scenario = fc
  .tuple(
    fc.integer({ min: Date.parse('2026-09-01T00:00:00Z') / MINUTE, max: Date.parse('2027-12-20T00:00:00Z') / MINUTE }).map((m) => m * MINUTE),
    fc.constantFrom('+33612345678', '+590690301234', '+12125550123', '+18085550123', '+13055550123'),
  )
  .chain(([at, to]) =>
    events(at).map((generated): { attempt: Attempt; history: ContactEvent[] } => ({
      attempt: { to, at: iso(at), channel: 'voice', advertiser: 'acme', callerId: '+33162123456' },
      history: [
        { type: 'consent', at: iso(at - 40 * DAY), advertiser: 'acme', channels: ['voice'] },
        { type: 'opposition-check', at: iso(at - 2 * DAY), list: 'bloctel', listed: false },
        { type: 'opposition-check', at: iso(at - 2 * DAY), list: 'us-national-dnc', listed: false },
        { type: 'opposition-check', at: iso(at - 2 * DAY), list: 'us-fl-dnc', listed: false },
        ...generated,
      ],
    })),
  );

describe('nextAllowedAt minute by minute', () => {
  const reach = reachCounter('nextAllowedAt checked minute by minute', 0.3);
  test.prop([scenario], { numRuns: 100 })('every minute before nextAllowedAt is denied; nextAllowedAt is allowed', ({ attempt, history }) => {
    reach.run();
    const d = evaluate(attempt, history);
    if (d.allowed || typeof d.nextAllowedAt !== 'string') return;
    const from = Date.parse(attempt.at as string);
    const next = Date.parse(d.nextAllowedAt);
    expect(next).toBeGreaterThan(from);
    if (next - from > MAX_SPAN) return;
    reach.reached();
    expect(evaluate({ ...attempt, at: d.nextAllowedAt }, history).allowed).toBe(true);
    expect(evaluate({ ...attempt, at: iso(next - 1) }, history).allowed, `${iso(next - 1)}`).toBe(false);
    for (let t = from; t < next; t += MINUTE) {
      const at = evaluate({ ...attempt, at: iso(t) }, history);
      if (at.allowed) expect.fail(`${iso(t)} is allowed, before nextAllowedAt ${d.nextAllowedAt} (attempt ${attempt.at as string})`);
    }
  });
});
