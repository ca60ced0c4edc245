import { codes } from '../support.js';
import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import {
  createGate, evaluate, GateError, memoryStore, recipientKey, DEFAULT_LOOKBACK_DAYS,
  type ContactEvent, type HistoryStore,
} from 'callgate';
import { budgetDays } from '../../src/store/events.js';
import { call, freshNumber, iso, LAWFUL_AT, lawfulBasis } from './contract.js';

const LAWFUL_MS = Date.parse(LAWFUL_AT);
const DAY = 86_400_000;

describe('the Gate never reads the clock on its own', () => {
  it('refuses an attempt without `at` when it has no clock, and writes nothing', async () => {
    const gate = createGate();
    const to = freshNumber();
    await expect(gate.reserve({ ...call(to), at: undefined })).rejects.toMatchObject({ code: 'gate.no-clock', problems: [{ field: 'attempt.at' }] });
    await expect(gate.check({ ...call(to), at: undefined })).rejects.toBeInstanceOf(GateError);
    await expect(gate.prune()).rejects.toMatchObject({ code: 'gate.no-clock' });
    expect(await gate.store.load(to, new Date(0))).toEqual([]);
  });

  it('uses the injected clock only when `at` is missing', async () => {
    let reads = 0;
    const gate = createGate({ clock: () => (reads++, new Date(LAWFUL_AT)) });
    const to = freshNumber();
    await gate.record(to, lawfulBasis());
    expect((await gate.reserve({ ...call(to), at: undefined })).allowed).toBe(true);
    expect(reads).toBe(1);
    expect((await gate.reserve(call(to, '2026-11-24T11:00:00+01:00'))).allowed).toBe(true);
    expect(reads).toBe(1);
    const stored = await gate.store.load(to, new Date(0));
    expect(stored.filter((e) => e.event.type === 'attempt').map((e) => e.at.toISOString()).sort())
      .toEqual(['2026-11-24T09:30:00.000Z', '2026-11-24T10:00:00.000Z']);
  });
});

describe('decisions on bad input fail closed, like evaluate', () => {
  it('denies an invalid number or time with input.* and writes nothing', async () => {
    const store = memoryStore();
    const gate = createGate({ store });
    expect(codes(await gate.reserve(call('12')))).toEqual(['input.invalid-number']);
    expect(codes(await gate.check(call('+33612345678', '2026-11-24 10:30')))).toEqual(['input.invalid-time']);
    expect(codes(await gate.reserve({ ...call('+33612345678'), advertiser: '' }))).toEqual(['input.invalid-attempt']);
    expect(await store.load('+33612345678', new Date(0))).toEqual([]);
  });

  it('passes evaluate options through (locale)', async () => {
    const gate = createGate({ locale: 'fr' });
    const d = await gate.check(call('+33612345678', '2026-11-22T11:00:00+01:00'));
    expect(d.reasons.find((r) => r.code === 'fr.hours.weekend')?.message).toMatch(/interdits le dimanche/);
  });

  it('refuses a look-back shorter than the rules need', () => {
    expect(() => createGate({ lookbackDays: 30 })).toThrow(/lookbackDays must be a number ≥ 62/);
    expect(DEFAULT_LOOKBACK_DAYS).toBe(62);
  });
});

describe('events recorded with a later instant still restrict a reservation', () => {
  it('denies a call back-dated before 4 recorded attempts (D.223-9 al. 3)', async () => {
    const gate = createGate();
    const to = freshNumber();
    await gate.record(to, lawfulBasis());
    for (let i = 0; i < 4; i++) expect((await gate.reserve(call(to, iso(LAWFUL_MS + 60_000 * (i + 1))))).allowed).toBe(true);
    // A worker whose clock is a few minutes late: evaluate alone would count none of the four.
    expect(evaluate(call(to, LAWFUL_AT), (await gate.store.load(to, new Date(0))).map((e) => e.event)).allowed).toBe(true);
    expect(codes(await gate.reserve(call(to)))).toEqual(['fr.frequency.limit']);
  });

  it('denies a call back-dated before a recorded refusal (D.223-9 al. 4)', async () => {
    const gate = createGate();
    const to = freshNumber();
    await gate.record(to, [...lawfulBasis(), { type: 'refusal', at: iso(LAWFUL_MS + 60_000), advertiser: 'acme' }]);
    expect(codes(await gate.reserve(call(to)))).toEqual(['fr.refusal.cooldown']);
  });

  it('does not let a consent recorded later allow an earlier call', async () => {
    const gate = createGate();
    const to = freshNumber();
    const sunday = call(to, '2026-11-22T11:00:00+01:00');
    await gate.record(to, { type: 'consent', at: '2026-11-22T12:00:00+01:00', advertiser: 'acme', covers: ['outside-hours'] });
    expect(codes(await gate.check(sunday))).toContain('fr.hours.weekend');
  });
});

describe('record', () => {
  it('accepts a single event or a batch, and an empty batch writes nothing', async () => {
    const gate = createGate();
    const to = freshNumber();
    expect(await gate.record(to, [])).toBe(0);
    expect(await gate.record(to, { type: 'customer', at: LAWFUL_AT, advertiser: 'acme' })).toBe(1);
    expect(await gate.record(to.replace('+33', '0'), { type: 'customer', at: LAWFUL_AT, advertiser: 'acme' })).toBe(0); // same number, national form
  });
});

describe('prune', () => {
  it('needs a store that implements retention', async () => {
    const { load, transaction } = memoryStore();
    const store: HistoryStore = { load, transaction };
    await expect(createGate({ store }).prune(LAWFUL_AT)).rejects.toMatchObject({ code: 'gate.no-prune' });
    await expect(createGate().prune('yesterday')).rejects.toMatchObject({ code: 'gate.invalid-time', problems: [{ field: 'asOf' }] });
  });
});

describe('recipientKey: pseudonymised histories', () => {
  const secret = 'a secret of at least sixteen bytes';

  it('gives one key per number whatever its spelling, and another key under another secret', () => {
    const k = recipientKey('+33612345678', secret);
    expect(k).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(recipientKey('06 12 34 56 78', secret)).toBe(k);
    expect(recipientKey('+33612345678', Buffer.from(secret))).toBe(k);
    expect(recipientKey('+33612345678', `${secret}!`)).not.toBe(k);
    expect(recipientKey('+33612345679', secret)).not.toBe(k);
  });

  it('refuses an invalid number and a short secret', () => {
    expect(() => recipientKey('12', secret)).toThrow(/not a valid phone number/);
    expect(() => recipientKey('+33612345678', 'short')).toThrow(/at least 16 bytes/);
  });

  it('keeps no raw number in the store when the Gate is given it as its key', async () => {
    const store = memoryStore();
    const gate = createGate({ store, key: (e164) => recipientKey(e164, secret) });
    const to = freshNumber();
    await gate.record(to, lawfulBasis());
    expect((await gate.reserve(call(to))).allowed).toBe(true);
    expect(await store.load(to, new Date(0))).toEqual([]);
    const stored = await store.load(recipientKey(to, secret), new Date(0));
    expect(stored.map((e) => e.event.type).sort()).toEqual(['attempt', 'consent', 'opposition-check']);
    expect(JSON.stringify(stored)).not.toContain(to.slice(3));
  });
});

describe('contact budgets extend the look-back', () => {
  it('reads the longest budget period, rounded up for any calendar', () => {
    expect(budgetDays({ budgets: [{ count: 2, per: 'P1Y' }, { count: 1, per: 'P30D' }] })).toBe(367);
    expect(budgetDays({ budgets: [{ count: 1, per: 'P1M' }] })).toBe(32);
    expect(budgetDays({ budgets: [{ count: 1, per: 'nonsense' }] })).toBe(0);
    expect(budgetDays({ type: 'attempt' })).toBe(0);
    expect(budgetDays(undefined)).toBe(0);
  });

  /** A memory store that notes the dates it is asked to load from. */
  function observed(): { store: HistoryStore; since: number[] } {
    const inner = memoryStore();
    const since: number[] = [];
    return {
      since,
      store: {
        load: (key, from) => (since.push(from.getTime()), inner.load(key, from)),
        transaction: (key, fn) => inner.transaction(key, (tx) => fn({ load: (from) => (since.push(from.getTime()), tx.load(from)), append: tx.append })),
      },
    };
  }

  it("loads further back for a recipient whose preference carries a longer budget", async () => {
    const { store, since } = observed();
    const gate = createGate({ store });
    const to = freshNumber();
    const preference = { type: 'preference', at: '2026-01-01T00:00:00Z', budgets: [{ count: 2, per: 'P1Y' }] } as unknown as ContactEvent;
    await store.transaction(to, (tx) => tx.append([{ at: new Date('2026-01-01T00:00:00Z'), event: preference }]));
    since.length = 0;
    await gate.check(call(to));
    expect(since.map((ms) => Math.round((LAWFUL_MS - ms) / DAY))).toEqual([62, 367]);
  });

  it("loads and prunes with the advertiser's policy budget for every recipient", async () => {
    const { store, since } = observed();
    const gate = createGate({ store, ...({ policy: { budgets: [{ count: 10, per: 'P6M' }] } } as object) });
    await gate.check(call(freshNumber()));
    expect(since.map((ms) => Math.round((LAWFUL_MS - ms) / DAY))).toEqual([187]);
  });
});

// The bounded look-back and prune must never change a decision: the Gate answers as evaluate does
// with the whole history. Events within 100 days before the attempt, so that both the cap window
// (30 days) and the cooldown (60 full days) are crossed at random.
const advertiser = fc.constantFrom('acme', 'beta');
const before = (maxDays: number) => fc.integer({ min: 0, max: maxDays * 24 * 60 }).map((m) => m * 60_000);
const eventArb = (at: number): fc.Arbitrary<ContactEvent> => fc.oneof(
  { weight: 5, arbitrary: fc.record({ ago: before(100), advertiser, channel: fc.constantFrom('voice', 'sms') as fc.Arbitrary<'voice' | 'sms'> })
    .map(({ ago, advertiser, channel }): ContactEvent => ({ type: 'attempt', at: iso(at - ago), advertiser, channel })) },
  { weight: 2, arbitrary: fc.record({ ago: before(100), advertiser }).map(({ ago, advertiser }): ContactEvent => ({ type: 'refusal', at: iso(at - ago), advertiser })) },
  { weight: 1, arbitrary: fc.record({ ago: before(400), advertiser }).map(({ ago, advertiser }): ContactEvent => ({ type: 'objection', at: iso(at - ago), advertiser })) },
  { weight: 1, arbitrary: fc.record({ ago: before(400), advertiser }).map(({ ago, advertiser }): ContactEvent => ({ type: 'consent', at: iso(at - ago), advertiser, covers: ['prospecting', 'outside-hours'] })) },
);
const scenario = fc
  .integer({ min: 0, max: 60 * 24 * 60 })
  .map((m) => Date.parse('2026-11-02T00:00:00Z') + m * 60_000)
  .chain((at) => fc.record({
    at: fc.constant(at),
    advertiser,
    history: fc.uniqueArray(eventArb(at), { maxLength: 14, selector: (e) => JSON.stringify(e) }),
    pruneDaysBefore: fc.integer({ min: 0, max: 20 }),
  }));

describe('the bounded look-back', () => {
  test.prop([scenario], { numRuns: 150 })('check answers exactly as evaluate with the full history, before and after prune', async ({ at, advertiser, history, pruneDaysBefore }) => {
    const gate = createGate();
    const to = '+33612345678';
    await gate.record(to, history);
    const attempt = call(to, iso(at), advertiser);
    const expected = evaluate(attempt, history);
    expect(await gate.check(attempt)).toEqual(expected);
    await gate.prune(iso(at - pruneDaysBefore * DAY));
    expect(await gate.check(attempt)).toEqual(expected);
  });
});
