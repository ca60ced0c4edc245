import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { createGate, memoryStore, type ContactEvent, type Decision, type HistoryStore } from 'callgate';
import { call, freshNumber, historyStoreContract, iso, LAWFUL_AT, lawfulBasis } from './contract.js';

describe('memoryStore: the HistoryStore contract', () => {
  const shared = memoryStore();
  historyStoreContract({ store: () => shared });
});

/** A store that forgets the per-key lock: what every host-written store must not be. */
function unlockedStore(inner: HistoryStore): HistoryStore {
  return {
    load: (key, since) => inner.load(key, since),
    transaction: async (key, fn) => {
      const pending: Parameters<Parameters<HistoryStore['transaction']>[1]>[0] = {
        load: (since) => inner.load(key, since),
        append: (events) => inner.transaction(key, (tx) => tx.append(events)),
      };
      return fn(pending);
    },
  };
}

describe('why the per-key lock exists', () => {
  it('without it, concurrent reserves place more than 4 calls in 30 days (D.223-9 al. 3)', async () => {
    const gate = createGate({ store: unlockedStore(memoryStore()) });
    const to = freshNumber();
    await gate.record(to, lawfulBasis());
    const decisions = await Promise.all(Array.from({ length: 10 }, () => gate.reserve(call(to))));
    expect(decisions.filter((d) => d.allowed).length).toBeGreaterThan(4);
  });
});

// Random interleavings: every operation is launched at once, and fast-check's scheduler decides
// the order in which each store step (load, append) completes. Whatever the order, the outcome
// must be that of running the operations one after the other in the order they took the lock.
interface Op {
  kind: 'reserve' | 'refusal';
  advertiser: string;
  day: number;
  minute: number;
}

/** Weekdays of the week of 23 November 2026, 10:00 + minute, Paris: always inside the hours. */
const instant = (day: number, minute: number) => iso(Date.parse('2026-11-23T10:00:00+01:00') + day * 86_400_000 + minute * 60_000);

const opArb: fc.Arbitrary<Op> = fc.record({
  kind: fc.constantFrom('reserve', 'reserve', 'reserve', 'reserve', 'refusal'),
  advertiser: fc.constantFrom('acme', 'beta'),
  day: fc.integer({ min: 0, max: 4 }),
  minute: fc.integer({ min: 0, max: 170 }),
});

type Outcome = { allowed: boolean; codes: string[] } | { recorded: number };

async function run(op: Op, gate: ReturnType<typeof createGate>, to: string): Promise<Outcome> {
  const at = instant(op.day, op.minute);
  if (op.kind === 'refusal') return { recorded: await gate.record(to, { type: 'refusal', at, advertiser: op.advertiser }) };
  const d: Decision = await gate.reserve(call(to, at, op.advertiser));
  return { allowed: d.allowed, codes: d.reasons.map((r) => r.code).sort() };
}

describe('reserve under random interleavings (memoryStore)', () => {
  test.prop([fc.scheduler(), fc.array(opArb, { minLength: 2, maxLength: 14 })], { numRuns: 120 })(
    'concurrent operations behave as if run one at a time, in lock order',
    async (s, ops) => {
      const to = '+33612345678';
      const basis: ContactEvent[] = [...lawfulBasis('acme'), ...lawfulBasis('beta')];
      const inner = memoryStore();
      await createGate({ store: inner }).record(to, basis);
      const lockOrder: number[] = [];
      // Each operation gets its own Gate over the shared store, so that the wrapper knows whose
      // transaction takes the lock; every store step is delayed by the scheduler.
      const storeFor = (id: number): HistoryStore => ({
        load: (key, since) => s.schedule(inner.load(key, since), `load#${id}`),
        transaction: (key, fn) =>
          inner.transaction(key, (tx) => {
            lockOrder.push(id);
            return fn({
              load: (since) => s.schedule(tx.load(since), `tx.load#${id}`),
              append: (events) => s.schedule(tx.append(events), `tx.append#${id}`),
            });
          }),
      });
      const concurrent = ops.map((op, id) =>
        s.schedule(Promise.resolve(), `start#${id}`).then(() => run(op, createGate({ store: storeFor(id) }), to)));
      const outcomes = await s.waitFor(Promise.all(concurrent));

      // Replay: one at a time, in the order the concurrent run took the lock.
      expect([...lockOrder].sort((a, b) => a - b)).toEqual(ops.map((_, id) => id));
      const replayStore = memoryStore();
      const replay = createGate({ store: replayStore });
      await replay.record(to, basis);
      for (const id of lockOrder) expect(await run(ops[id]!, replay, to)).toEqual(outcomes[id]);
      const contents = async (store: HistoryStore) => (await store.load(to, new Date(0))).map((e) => JSON.stringify(e.event)).sort();
      expect(await contents(replayStore)).toEqual(await contents(inner));

      // And the law holds whatever happened: at most 4 attempts per advertiser in the window.
      const stored = await inner.load(to, new Date(0));
      for (const advertiser of ['acme', 'beta']) {
        expect(stored.filter((e) => e.event.type === 'attempt' && e.event.advertiser === advertiser).length).toBeLessThanOrEqual(4);
      }
    },
  );
});

describe('memoryStore isolation', () => {
  it('copies events in and out, so a caller cannot alter a stored history', async () => {
    const store = memoryStore();
    const gate = createGate({ store });
    const to = freshNumber();
    await gate.record(to, { type: 'objection', at: LAWFUL_AT, advertiser: 'acme', channels: ['voice'] });
    const [first] = await store.load(to, new Date(0));
    (first!.event as { advertiser: string }).advertiser = 'mallory';
    first!.at.setTime(0);
    const [again] = await store.load(to, new Date(0));
    expect(again!.event).toMatchObject({ advertiser: 'acme' });
    expect(again!.at.toISOString()).toBe(new Date(LAWFUL_AT).toISOString());
  });
});
