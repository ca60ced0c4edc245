// Invariants of evaluate (docs/contract.md §1, §3), checked over generated attempts and histories.
// Each property counts how often it reaches its assertion and fails below a floor (reachCounter).
import { fc, test } from '@fast-check/vitest';
import { DateTime } from 'luxon';
import { describe, expect } from 'vitest';
import { defaultCalendar, evaluate, type Attempt, type ContactEvent } from 'callgate';
import { OPENING_WINDOWS } from 'callgate/fr';
import { advertiser, attempt, frenchNumber, history, instant, invalidNumber } from 'callgate/testing';
import { reachCounter } from '../support.js';

const RUNS = { numRuns: 300 };
// Histories dated in the weeks before 2026-11 instants, so that caps and cooldowns really fire.
const recent = instant({ from: '2026-09-01', to: '2026-12-31' });
const scenario = fc.tuple(attempt({ at: recent }), history({ at: recent, maxLength: 14 }));
const NPV = '+33162123456';

/**
 * A prospecting voice call with a lawful basis of the opt-in era (a consent to prospecting, not to
 * outside-hours calls) and a verified caller ID, plus attempts and refusals of any advertiser: only
 * D.223-9 (hours, cap, cooldown) can block it, so it is denied mostly for reasons with an end.
 */
const timedScenario = fc.tuple(frenchNumber('FR'), recent, advertiser()).chain(([to, at, adv]) =>
  fc.tuple(
    fc.constant<Attempt>({ to, at, channel: 'voice', advertiser: adv, callerId: NPV }),
    fc.array(fc.oneof(
      fc.record({ type: fc.constant('attempt' as const), at: recent, advertiser: advertiser(), channel: fc.constant('voice' as const) }),
      fc.record({ type: fc.constant('refusal' as const), at: recent, advertiser: advertiser() }),
    ), { maxLength: 6 }).map((events): ContactEvent[] => [
      { type: 'consent', at: '2026-08-20T09:00:00Z', advertiser: adv, channels: ['voice'] },
      ...events,
    ]),
  ));

describe('evaluate invariants', () => {
  test.prop([fc.anything(), fc.anything()], { numRuns: 500 })('never throws, whatever the input', (a, h) => {
    const d = evaluate(a as Attempt, h as ContactEvent[]);
    expect(typeof d.allowed).toBe('boolean');
  });

  // One field of an otherwise lawful call made malformed: the decision must be a deny made only of
  // input.* reasons, whatever the rest — every case is malformed by construction.
  const malformed = fc.oneof(
    invalidNumber().map((to) => ({ to })),
    fc.constantFrom('2026-11-24 10:30', '2026-11-24T10:30:00', '24/11/2026 10:30', '', '0026-11-24T10:30:00Z').map((at) => ({ at })),
    fc.string().filter((c) => c !== 'voice' && c !== 'sms').map((channel) => ({ channel })),
    fc.constantFrom('', '   ', 42, null, 'acme\ud800').map((advertiser) => ({ advertiser })),
  );
  test.prop([scenario, malformed], RUNS)('never allows malformed input: every reason is input.* and there is no retry date', ([a, h], bad) => {
    const d = evaluate({ ...a, ...bad } as Attempt, h);
    expect(d.allowed).toBe(false);
    expect(d.reasons.length).toBeGreaterThan(0);
    expect(d.reasons.every((r) => r.code.startsWith('input.'))).toBe(true);
    expect(d.nextAllowedAt).toBeNull();
  });

  test.prop([scenario], RUNS)('allowed ⇔ no reasons, and the verdict agrees', ([a, h]) => {
    const d = evaluate(a, h);
    expect(d.allowed).toBe(d.reasons.length === 0);
    expect(d.verdict).toBe(d.allowed ? 'allow' : 'deny');
    expect(d.nextAllowedAt === undefined).toBe(d.allowed);
  });

  // With a consent to prospecting only (never to outside-hours calls) and no attempt or refusal in
  // the history, a metropolitan voice call is allowed exactly when its local time is in a window of a
  // working day that is not a public holiday: every run asserts both directions.
  const calendar = defaultCalendar();
  test.prop([frenchNumber('FR'), recent, advertiser()], RUNS)(
    'a voice call with a consent to prospecting (not outside-hours) is allowed exactly inside the windows of a working day (D.223-9)',
    (to, at, adv) => {
      const consent: ContactEvent = { type: 'consent', at: '2026-08-20T09:00:00Z', advertiser: adv, channels: ['voice'], covers: ['prospecting'] };
      const d = evaluate({ to, at, channel: 'voice', advertiser: adv, callerId: NPV }, [consent]);
      const local = DateTime.fromISO(at, { zone: 'Europe/Paris' });
      const hour = local.hour + local.minute / 60 + local.second / 3600;
      const open = local.weekday <= 5
        && calendar.holiday(local.toISODate()!, 'FR') === null
        && OPENING_WINDOWS.some((w) => hour >= w.from && hour < w.to);
      expect(d.allowed, `${at}: ${d.reasons.map((r) => r.code).join(', ')}`).toBe(open);
    },
  );

  const nextReach = reachCounter('nextAllowedAt is allowed', 0.5);
  test.prop([timedScenario], RUNS)('nextAllowedAt, when a date, is ≥ at and is itself allowed', ([a, h]) => {
    nextReach.run();
    const d = evaluate(a, h);
    if (typeof d.nextAllowedAt !== 'string') return;
    nextReach.reached();
    expect(Date.parse(d.nextAllowedAt)).toBeGreaterThanOrEqual(Date.parse(a.at as string));
    expect(evaluate({ ...a, at: d.nextAllowedAt }, h).allowed).toBe(true);
  });

  const monotone = reachCounter('adding attempts or refusals never turns a deny into an allow', 0.5);
  test.prop([timedScenario, fc.array(fc.oneof(
    fc.record({ type: fc.constant('attempt' as const), at: recent, advertiser: advertiser(), channel: fc.constant('voice' as const) }),
    fc.record({ type: fc.constant('refusal' as const), at: recent, advertiser: advertiser() }),
  ), { minLength: 1, maxLength: 6 })], RUNS)('adding attempts or refusals never turns a deny into an allow', ([a, h], more) => {
    monotone.run();
    if (evaluate(a, h).allowed) return;
    monotone.reached();
    expect(evaluate(a, [...h, ...more]).allowed).toBe(false);
  });

  test.prop([scenario.chain(([a, h]) => fc.tuple(fc.constant(a), fc.constant(h), fc.shuffledSubarray(h, { minLength: h.length })))], RUNS)(
    'the decision does not depend on the order of the history',
    ([a, h, shuffled]) => {
      expect(evaluate(a, shuffled)).toEqual(evaluate(a, h));
    },
  );
});
