// One property suite for every international pack: evaluate never throws, deny ⇔ reasons, an
// allowed prospecting contact to a consumer carries its legal basis — an exemption of the pack
// where the regime is opt-in (SMS, prerecorded calls…), a fresh negative scrub or an exemption
// where it is opt-out — and `nextAllowedAt`, when given, is allowed.
import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { evaluate, type Attempt, type ContactEvent } from 'callgate';
import { reachCounter } from '../../support.js';

export interface PackScenario {
  /** Pack id, the prefix of its codes (`ca`). */
  prefix: string;
  /** The decision's jurisdiction (`CA`, `GB`). */
  jurisdiction: string;
  numbers: readonly string[];
  /** Offset used to write instants (`-05:00`). */
  offset: string;
  /** Opposition lists the pack reads, and how many days a check is relied on. */
  lists: readonly string[];
  maxAgeDays: number;
  /** True when the pack needs a legal basis (consent, customer…) for this attempt to a consumer. */
  optIn(a: Attempt): boolean;
  /** UTC hours `[from, to)` the attempts fall in: daytime in every zone of the pack, so that many are allowed. */
  utcHours: readonly [number, number];
  /**
   * UTC hours `[from, to)` when the pack's own calling hours are closed in every zone, for the
   * property of `nextAllowedAt` (which needs blocks that end). Absent for packs whose text sets no
   * hours: their blocks (lists, consent, objection) have no end to compute, so the property has
   * nothing to check there.
   */
  nightUtcHours?: readonly [number, number];
  /** Extra attempt fields (sector, callerId…). */
  extra?: fc.Arbitrary<Partial<Attempt>>;
}

const DAY = 86_400_000;

export function packProperties(s: PackScenario): void {
  const between = ([h0, h1]: readonly [number, number]) => fc.tuple(fc.integer({ min: 0, max: 290 }), fc.integer({ min: h0 * 3600, max: h1 * 3600 - 1 }))
    .map(([d, sec]) => new Date(Date.parse('2026-03-01T00:00:00Z') + d * DAY + sec * 1000).toISOString());
  const attemptAt = (at: fc.Arbitrary<string>) => fc.record({
    to: fc.constantFrom(...s.numbers),
    at,
    channel: fc.constantFrom('voice' as const, 'voice' as const, 'sms' as const),
    prerecorded: fc.boolean(),
    purpose: fc.constantFrom(...Array<'prospecting'>(8).fill('prospecting'), 'contract' as const, 'non-commercial' as const),
    extra: s.extra ?? fc.constant({}),
  }).map(({ extra, ...a }): Attempt => ({ ...a, advertiser: 'acme', callerId: '+33144556677', ...extra }));
  const history = (a: Attempt): fc.Arbitrary<ContactEvent[]> => {
    const before = (days: number) => fc.integer({ min: 60_000, max: days * DAY }).map((d) => new Date(Date.parse(a.at as string) - d).toISOString());
    const check = fc.record({ type: fc.constant('opposition-check' as const), at: before(s.maxAgeDays + 10), list: fc.constantFrom(...s.lists), listed: fc.integer({ min: 0, max: 3 }).map((n) => n === 0) });
    const event: fc.Arbitrary<ContactEvent> = fc.oneof(
      // A documented consent (UWG § 7a asks for a proof; other packs ignore it), and below an undocumented one.
      { arbitrary: fc.record({ type: fc.constant('consent' as const), at: before(400), advertiser: fc.constant('acme'), proof: fc.constant('form-1') }), weight: 2 },
      fc.record({ type: fc.constant('consent' as const), at: before(400), advertiser: fc.constantFrom('acme', 'other'), channels: fc.constantFrom(['voice' as const], ['sms' as const], undefined), covers: fc.constantFrom(['prospecting' as const], ['prospecting' as const, 'prerecorded' as const], undefined) }).map((e) => JSON.parse(JSON.stringify(e)) as ContactEvent),
      fc.record({ type: fc.constant('customer' as const), at: before(900), advertiser: fc.constant('acme'), kind: fc.constantFrom('purchase' as const, 'inquiry' as const) }),
      fc.record({ type: fc.constant('objection' as const), at: before(200), advertiser: fc.constant('acme') }),
    ) as fc.Arbitrary<ContactEvent>;
    // Most histories hold what a diligent host keeps — a documented consent of this advertiser and a
    // fresh negative check — so that most attempts are allowed and the property reaches its assertion.
    const diligent = fc.record({
      consent: fc.option(fc.record({ type: fc.constant('consent' as const), at: before(300), advertiser: fc.constant('acme'), proof: fc.constant('form-2'), covers: fc.constant(['prospecting' as const, 'prerecorded' as const]) }), { freq: 6 }),
      check: fc.option(fc.record({ type: fc.constant('opposition-check' as const), at: before(Math.max(1, s.maxAgeDays - 1)), list: fc.constantFrom(...s.lists), listed: fc.constant(false) }), { freq: 6 }),
    }).map(({ consent, check }) => [consent, check].filter((e): e is NonNullable<typeof e> => e !== null) as ContactEvent[]);
    return fc.tuple(diligent, fc.option(check, { freq: 5 }), fc.array(event, { maxLength: 3 })).map(([d, c, es]) => [...d, ...(c ? [c] : []), ...es]);
  };
  const scenarioAt = (hours: readonly [number, number]) => attemptAt(between(hours)).chain((a) => fc.tuple(fc.constant(a), history(a)));
  const scenario = scenarioAt(s.utcHours);

  describe(`${s.prefix} pack invariants`, () => {
    const reach = reachCounter(`${s.prefix}: allowed prospecting contacts carry their basis`, 0.4);
    test.prop([scenario], { numRuns: 300 })('deny ⇔ reasons; an allowed prospecting contact to a consumer carries its legal basis', ([a, h]) => {
      reach.run();
      const d = evaluate(a, h);
      expect(d.allowed).toBe(d.reasons.length === 0);
      expect(d.jurisdiction).toBe(s.jurisdiction);
      if (!d.allowed || a.purpose !== 'prospecting') return;
      const own = d.exemptions.filter((e) => e.code.startsWith(`${s.prefix}.exemption.`));
      if (s.optIn(a)) {
        expect(own.length, JSON.stringify([a, h, d.exemptions])).toBeGreaterThan(0);
      } else {
        const fresh = h.some((e) => e.type === 'opposition-check' && s.lists.includes(e.list) && !e.listed && Date.parse(a.at as string) - Date.parse(e.at as string) <= (s.maxAgeDays + 1) * DAY); // local dates: up to a day more elapsed
        expect(fresh || own.length > 0, JSON.stringify([a, h])).toBe(true);
      }
      reach.reached();
    });
    if (s.nightUtcHours !== undefined) {
      const nextReach = reachCounter(`${s.prefix}: nextAllowedAt is allowed`, 0.5);
      // Voice calls: the hours bind calls, not SMS.
      const night = scenarioAt(s.nightUtcHours).map(([a, h]): [Attempt, ContactEvent[]] => [{ ...a, channel: 'voice' }, h]);
      test.prop([night], { numRuns: 150 })('nextAllowedAt of a call at night, when given, is allowed', ([a, h]) => {
        nextReach.run();
        const d = evaluate(a, h);
        if (typeof d.nextAllowedAt !== 'string') return;
        nextReach.reached();
        expect(Date.parse(d.nextAllowedAt)).toBeGreaterThan(Date.parse(a.at as string));
        expect(evaluate({ ...a, at: d.nextAllowedAt }, h).allowed).toBe(true);
      });
    }
  });
}
