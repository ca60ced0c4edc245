// Invariants of evaluate (API.md §1, §3), checked over generated attempts and histories.
import { fc, test } from '@fast-check/vitest';
import { DateTime } from 'luxon';
import { describe, expect } from 'vitest';
import { evaluate, type Attempt, type ContactEvent } from 'callgate';
import { OPENING_WINDOWS } from 'callgate/fr';
import { attempt, history, instant } from 'callgate/testing';

const RUNS = { numRuns: 300 };
// Histories dated in the weeks before 2026-11 instants, so that caps and cooldowns really fire.
const recent = instant({ from: '2026-09-01', to: '2026-12-31' });
const scenario = fc.tuple(attempt({ at: recent }), history({ at: recent, maxLength: 14 }));

describe('evaluate invariants', () => {
  test.prop([fc.anything(), fc.anything()], { numRuns: 500 })('never throws, whatever the input', (a, h) => {
    const d = evaluate(a as Attempt, h as ContactEvent[]);
    expect(typeof d.allowed).toBe('boolean');
  });

  test.prop([fc.record({ to: fc.string(), at: fc.oneof(fc.string(), fc.date()), channel: fc.string(), advertiser: fc.string() }), fc.array(fc.object())], RUNS)(
    'never allows malformed input: every reason is input.* and there is no retry date',
    (a, h) => {
      const d = evaluate(a as unknown as Attempt, h as ContactEvent[]);
      if (!d.allowed && d.reasons.some((r) => r.code.startsWith('input.'))) {
        expect(d.reasons.every((r) => r.code.startsWith('input.'))).toBe(true);
        expect(d.nextAllowedAt).toBeNull();
      }
    },
  );

  test.prop([scenario], RUNS)('allowed ⇔ no reasons, and the verdict agrees', ([a, h]) => {
    const d = evaluate(a, h);
    expect(d.allowed).toBe(d.reasons.length === 0);
    expect(d.verdict).toBe(d.allowed ? 'allow' : 'deny');
    expect(d.nextAllowedAt === undefined).toBe(d.allowed);
  });

  test.prop([scenario], RUNS)(
    'an allowed prospecting voice call without outside-hours consent is inside a window on a working day (D.223-9)',
    ([a, h]) => {
      const d = evaluate(a, h);
      if (!d.allowed || a.channel !== 'voice' || d.exemptions.some((e) => e.code === 'fr.exemption.consent')) return;
      const local = DateTime.fromISO(d.recipient!.localTime, { setZone: true });
      if (local.toISODate()! < '2023-03-01') return;
      const hour = local.hour + local.minute / 60 + local.second / 3600;
      expect(local.weekday).toBeLessThanOrEqual(5);
      expect(OPENING_WINDOWS.some((w) => hour >= w.from && hour < w.to)).toBe(true);
    },
  );

  test.prop([scenario], RUNS)('nextAllowedAt, when a date, is ≥ at and is itself allowed', ([a, h]) => {
    const d = evaluate(a, h);
    if (typeof d.nextAllowedAt !== 'string') return;
    expect(Date.parse(d.nextAllowedAt)).toBeGreaterThanOrEqual(Date.parse(a.at as string));
    expect(evaluate({ ...a, at: d.nextAllowedAt }, h).allowed).toBe(true);
  });

  test.prop([scenario, fc.array(fc.oneof(
    fc.record({ type: fc.constant('attempt' as const), at: recent, advertiser: fc.constantFrom('acme', 'globex'), channel: fc.constant('voice' as const) }),
    fc.record({ type: fc.constant('refusal' as const), at: recent, advertiser: fc.constantFrom('acme', 'globex') }),
  ), { minLength: 1, maxLength: 6 })], RUNS)('adding attempts or refusals never turns a deny into an allow', ([a, h], more) => {
    if (evaluate(a, h).allowed) return;
    expect(evaluate(a, [...h, ...more]).allowed).toBe(false);
  });

  test.prop([scenario.chain(([a, h]) => fc.tuple(fc.constant(a), fc.constant(h), fc.shuffledSubarray(h, { minLength: h.length })))], RUNS)(
    'the decision does not depend on the order of the history',
    ([a, h, shuffled]) => {
      expect(evaluate(a, shuffled)).toEqual(evaluate(a, h));
    },
  );
});
