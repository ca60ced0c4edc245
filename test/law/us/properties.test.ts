// Invariants of evaluate (docs/contract.md §1, §3) over US numbers, histories and attempts: the same
// properties as the French pack's, plus the federal window (47 CFR 64.1200(c)(1)).
import { fc, test } from '@fast-check/vitest';
import { DateTime } from 'luxon';
import { parsePhoneNumberFromString } from 'libphonenumber-js/max';
import { describe, expect } from 'vitest';
import { evaluate, type Attempt, type ContactEvent } from 'callgate';
import { instant, usAttempt, usHistory, usNumber, US_WINDOW_EDGES } from 'callgate/testing';
import { reachCounter } from '../../support.js';

const RUNS = { numRuns: 200 };
const FLOOR = 0.5;
// Histories dated in the weeks before the attempts, so that caps, scrubs and relationships really fire.
const recent = instant({ from: '2026-09-01', to: '2026-12-31', zone: 'America/New_York', edges: US_WINDOW_EDGES });
/**
 * What a compliant host usually holds, dated before the attempt: registry scrubs (mostly fresh,
 * mostly not listed) and often a written consent — so that a good share of attempts is allowed
 * or gets a retry date, and the properties have something to bite on.
 */
function baseline(a: Attempt): fc.Arbitrary<ContactEvent[]> {
  const before = (maxDays: number) => fc.integer({ min: 60, max: maxDays * 86_400 }).map((s) => new Date(Date.parse(a.at as string) - s * 1000).toISOString());
  const check = (list: string) => fc.record({ type: fc.constant('opposition-check' as const), at: before(40), list: fc.constant(list), listed: fc.integer({ min: 0, max: 4 }).map((n) => n === 0) });
  return fc.tuple(
    fc.option(check('us-national-dnc'), { freq: 6 }),
    fc.option(check('us-fl-dnc'), { freq: 6 }),
    fc.option(check('us-tx-nocall'), { freq: 6 }),
    fc.option(fc.record({ type: fc.constant('consent' as const), at: before(90), advertiser: fc.constant(a.advertiser), written: fc.constant(true) }), { freq: 3 }),
  ).map((events) => events.filter((e): e is NonNullable<typeof e> => e !== null) as ContactEvent[]);
}
/**
 * A host that did its homework: every registry scrubbed a day before and not listed, a written
 * consent of the advertiser, no other history. Only the hours (federal and state) and the state
 * caps can then deny, so most cases are allowed or get a retry date.
 */
function clean(a: Attempt): ContactEvent[] {
  const dayBefore = new Date(Date.parse(a.at as string) - 86_400_000).toISOString();
  return [
    ...['us-national-dnc', 'us-fl-dnc', 'us-tx-nocall'].map((list): ContactEvent => ({ type: 'opposition-check', at: dayBefore, list, listed: false })),
    { type: 'consent', at: '2026-06-01T12:00:00Z', advertiser: a.advertiser, written: true },
  ];
}
/** Instants of autumn 2026 between two Eastern wall-clock hours (the end hour may pass midnight). */
const easternBetween = (fromHour: number, hours: number) =>
  fc.tuple(fc.integer({ min: 0, max: 120 }), fc.integer({ min: 0, max: hours * 3600 - 1 })).map(([d, s]) =>
    DateTime.fromISO('2026-09-01', { zone: 'America/New_York' }).plus({ days: d, hours: fromHour, seconds: s }).toISO({ suppressMilliseconds: true })!);
/** 13:00–16:59 Eastern: 08:00 or later in Hawaii, before 21:00 everywhere: mostly allowed. */
const cleanDaytime = usAttempt({ at: easternBetween(13, 4) }).map((a): [Attempt, ContactEvent[]] => [a, clean(a)]);
/** 21:00–06:59 Eastern: denied by the hours somewhere, with a retry date. */
const cleanNight = usAttempt({ at: easternBetween(21, 10) }).map((a): [Attempt, ContactEvent[]] => [a, clean(a)]);
const scenario = usAttempt({ at: recent }).chain((a) =>
  fc.tuple(fc.constant(a), fc.tuple(usHistory({ at: recent, maxLength: 10 }), baseline(a)).map(([h, b]) => [...b, ...h])),
);

describe('evaluate invariants over US numbers', () => {
  const hoursReach = reachCounter('US: allowed calls are within 08:00–21:00', FLOOR);
  const nextReach = reachCounter('US: nextAllowedAt is allowed', FLOOR);
  const monotoneReach = reachCounter('US: more history never allows', FLOOR);
  const stateReach = reachCounter('US: knowing the state never allows', FLOOR);
  test.prop([usNumber()], { numRuns: 300 })('the US number arbitrary yields valid numbers', (n) => {
    expect(parsePhoneNumberFromString(n)?.isValid()).toBe(true);
  });

  test.prop([fc.record({ to: usNumber(), at: fc.anything(), channel: fc.anything(), advertiser: fc.anything() }), fc.anything()], RUNS)(
    'never throws, whatever the rest of the input',
    (a, h) => {
      const d = evaluate(a as unknown as Attempt, h as ContactEvent[]);
      expect(typeof d.allowed).toBe('boolean');
    },
  );

  test.prop([scenario], RUNS)('allowed ⇔ no reasons, and the verdict agrees', ([a, h]) => {
    const d = evaluate(a, h);
    expect(d.allowed).toBe(d.reasons.length === 0);
    expect(d.verdict).toBe(d.allowed ? 'allow' : 'deny');
    expect(d.nextAllowedAt === undefined).toBe(d.allowed);
    for (const r of d.reasons) expect(r.code.startsWith('us.') && r.citations.length > 0, r.code).toBe(true);
  });

  test.prop([cleanDaytime], RUNS)(
    'an allowed marketing call without outside-hours consent is within 08:00–21:00 in every candidate zone (64.1200(c)(1))',
    ([a, h]) => {
      hoursReach.run();
      const d = evaluate(a, h);
      if (!d.allowed || d.exemptions.some((e) => e.code === 'us.exemption.outside-hours-consent')) return;
      hoursReach.reached();
      for (const zone of d.recipient!.timeZones ?? [d.recipient!.timeZone]) {
        const local = DateTime.fromISO(d.recipient!.localTime).setZone(zone);
        const hour = local.hour + local.minute / 60 + local.second / 3600;
        expect(hour, zone).toBeGreaterThanOrEqual(8);
        expect(hour, zone).toBeLessThan(21);
      }
    },
  );

  test.prop([fc.oneof(scenario, cleanNight)], RUNS)('nextAllowedAt, when a date, is ≥ at and is itself allowed', ([a, h]) => {
    nextReach.run();
    const d = evaluate(a, h);
    if (typeof d.nextAllowedAt !== 'string') return;
    nextReach.reached();
    expect(Date.parse(d.nextAllowedAt)).toBeGreaterThanOrEqual(Date.parse(a.at as string));
    expect(evaluate({ ...a, at: d.nextAllowedAt }, h).allowed).toBe(true);
  });

  test.prop([scenario, fc.array(fc.oneof(
    fc.record({ type: fc.constant('attempt' as const), at: recent, advertiser: fc.constantFrom('acme', 'globex'), channel: fc.constantFrom('voice' as const, 'sms' as const) }),
    fc.record({ type: fc.constant('objection' as const), at: recent, advertiser: fc.constantFrom('acme', 'globex') }),
    fc.record({ type: fc.constant('consent-withdrawn' as const), at: recent, advertiser: fc.constantFrom('acme', 'globex') }),
  ), { minLength: 1, maxLength: 6 })], RUNS)('adding attempts, objections or revocations never turns a deny into an allow', ([a, h], more) => {
    monotoneReach.run();
    if (evaluate(a, h).allowed) return;
    monotoneReach.reached();
    expect(evaluate(a, [...h, ...more]).allowed).toBe(false);
  });

  test.prop([scenario, fc.constantFrom('US-NY', 'US-FL', 'US-TX', 'US-OK', 'US-MD')], RUNS)(
    'knowing the holder’s state never turns a deny into an allow (its rules and zones add up)',
    ([a, h], region) => {
      const { recipient: _, ...bare } = a;
      stateReach.run();
      if (evaluate(bare, h).allowed) return;
      stateReach.reached();
      expect(evaluate({ ...bare, recipient: { region } }, h).allowed).toBe(false);
    },
  );

  test.prop([scenario.chain(([a, h]) => fc.tuple(fc.constant(a), fc.constant(h), fc.shuffledSubarray(h, { minLength: h.length })))], RUNS)(
    'the decision does not depend on the order of the history',
    ([a, h, shuffled]) => {
      expect(evaluate(a, shuffled)).toEqual(evaluate(a, h));
    },
  );
});
