/**
 * The HistoryStore contract, run against every store (memory, PGlite, a real PostgreSQL server)
 * through the Gate. Each test uses its own phone numbers, so one store serves the whole suite.
 */
import { codes } from '../support.js';
import { expect, it } from 'vitest';
import { createGate, type Attempt, type ContactEvent, type Decision, type Gate, type GateOptions, type HistoryStore } from 'callgate';

/** A lawful instant: Tuesday 24 November 2026, 10:30 in Paris (D.223-9 al. 1: weekday, 10:00–13:00). */
export const LAWFUL_AT = '2026-11-24T10:30:00+01:00';
const LAWFUL_MS = Date.parse(LAWFUL_AT);
const DAY = 86_400_000;
export const iso = (ms: number) => new Date(ms).toISOString();

let serial = 0;
/** A fresh valid French mobile number for each test (same numbers across stores: each store is separate). */
export function freshNumber(): string {
  serial += 1;
  return `+336123${String(serial).padStart(5, '0')}`;
}

/** The number presented: a verified multi-purpose number (Arcep décision n° 2022-1583), fit for any caller. */
export const CALLER_ID = '+33162123456';

/** A voice prospecting call by `acme` to a consumer, presenting {@link CALLER_ID}. */
export function call(to: string, at: string = LAWFUL_AT, advertiser = 'acme'): Attempt {
  return { to, at, channel: 'voice', advertiser, callerId: CALLER_ID };
}

/**
 * What makes a call lawful whatever the era, besides hours, caps and cooldowns: a prior consent
 * (required from 2026-08-11, C. consom. L.223-1 as amended by loi n° 2025-594) and a recent,
 * negative Bloctel check (required before then). Recorded for every number a test calls.
 */
export function lawfulBasis(advertiser = 'acme'): ContactEvent[] {
  return [
    { type: 'consent', at: '2026-09-01T09:00:00Z', advertiser, channels: ['voice'], proof: 'signed form #1' },
    { type: 'opposition-check', at: iso(LAWFUL_MS - 4 * DAY), list: 'bloctel', listed: false },
  ];
}

const attemptsOf = async (store: HistoryStore, key: string) =>
  (await store.load(key, new Date(0))).filter((e) => e.event.type === 'attempt');

export interface ContractTarget {
  store: () => HistoryStore;
  /** Adds a real CHECK constraint refusing attempts by advertiser 'poison' (SQL stores only). */
  poison?: () => Promise<void>;
  options?: Omit<GateOptions, 'store'>;
}

/** Registers the contract tests in the current `describe`. */
export function historyStoreContract(target: ContractTarget): void {
  const gate = (): Gate => createGate({ ...target.options, store: target.store() });

  it('50 concurrent reserves for one number allow exactly 4 calls (D.223-9 al. 3)', async () => {
    const g = gate();
    const to = freshNumber();
    await g.record(to, lawfulBasis());
    const decisions = await Promise.all(Array.from({ length: 50 }, () => g.reserve(call(to))));
    const allowed = decisions.filter((d) => d.allowed);
    const denied = decisions.filter((d) => !d.allowed);
    expect(allowed).toHaveLength(4);
    expect(denied).toHaveLength(46);
    for (const d of denied) expect(codes(d)).toEqual(['fr.frequency.limit']);
    expect(await attemptsOf(g.store, to)).toHaveLength(4);
  });

  it('a reserve that starts after a refusal is recorded is denied (D.223-9 al. 4)', async () => {
    const g = gate();
    const to = freshNumber();
    await g.record(to, lawfulBasis());
    let refused = false;
    const refusal = g.record(to, { type: 'refusal', at: iso(LAWFUL_MS - 60_000), advertiser: 'acme' }).then(() => (refused = true));
    const runs: Array<Promise<{ after: boolean; d: Decision }>> = [];
    for (let i = 0; i < 24; i++) {
      const after = refused;
      runs.push(g.reserve(call(to)).then((d) => ({ after, d })));
      await new Promise((r) => setImmediate(r));
    }
    await refusal;
    for (let i = 0; i < 6; i++) runs.push(g.reserve(call(to)).then((d) => ({ after: true, d })));
    const results = await Promise.all(runs);
    const allowed = results.filter((r) => r.d.allowed);
    expect(allowed.length).toBeLessThanOrEqual(4);
    for (const r of allowed) expect(r.after).toBe(false);
    for (const r of results.filter((x) => x.after)) expect(codes(r.d)).toContain('fr.refusal.cooldown');
    expect(await attemptsOf(g.store, to)).toHaveLength(allowed.length);
  });

  it('reserves for different numbers do not block each other', async () => {
    const g = gate();
    const numbers = Array.from({ length: 5 }, freshNumber);
    for (const to of numbers) await g.record(to, lawfulBasis());
    const decisions = await Promise.all(numbers.flatMap((to) => Array.from({ length: 5 }, () => g.reserve(call(to)))));
    expect(decisions.filter((d) => d.allowed)).toHaveLength(5 * 4);
    for (const to of numbers) expect(await attemptsOf(g.store, to)).toHaveLength(4);
  });

  it('check writes nothing; reserve writes only when allowed', async () => {
    const g = gate();
    const to = freshNumber();
    await g.record(to, lawfulBasis());
    for (let i = 0; i < 6; i++) expect((await g.check(call(to))).allowed).toBe(true);
    expect(await attemptsOf(g.store, to)).toHaveLength(0);
    const sunday = await g.reserve(call(to, '2026-11-22T11:00:00+01:00'));
    expect(codes(sunday)).toEqual(['fr.hours.weekend']);
    expect(await attemptsOf(g.store, to)).toHaveLength(0);
    expect((await g.reserve(call(to))).allowed).toBe(true);
    const stored = await attemptsOf(g.store, to);
    expect(stored.map((e) => e.event)).toEqual([{ type: 'attempt', at: iso(LAWFUL_MS), advertiser: 'acme', channel: 'voice' }]);
  });

  it('a transaction that throws after appending leaves nothing behind', async () => {
    const store = target.store();
    const g = createGate({ ...target.options, store });
    const to = freshNumber();
    await g.record(to, lawfulBasis());
    const attempt = { at: new Date(LAWFUL_MS), event: { type: 'attempt', at: iso(LAWFUL_MS), advertiser: 'acme', channel: 'voice' } as ContactEvent };
    await expect(store.transaction(to, async (tx) => {
      await tx.append([attempt, attempt]);
      expect(await tx.load(new Date(0))).toHaveLength(4); // the transaction sees its own writes
      throw new Error('host failure mid-way');
    })).rejects.toThrow('host failure mid-way');
    expect(await attemptsOf(store, to)).toHaveLength(0);
    const decisions = await Promise.all(Array.from({ length: 6 }, () => g.reserve(call(to))));
    expect(decisions.filter((d) => d.allowed)).toHaveLength(4);
  });

  if (target.poison) {
    it('a constraint error in the middle of a transaction rolls back all of it', async () => {
      await target.poison!();
      const store = target.store();
      const g = createGate({ ...target.options, store });
      const to = freshNumber();
      await g.record(to, lawfulBasis());
      await g.record(to, lawfulBasis('poison'));
      const attempt = (advertiser: string) => ({ at: new Date(LAWFUL_MS - 9 * DAY), event: { type: 'attempt', at: iso(LAWFUL_MS - 9 * DAY), advertiser, channel: 'voice' } as ContactEvent });
      const good = attempt('acme');
      const bad = attempt('poison');
      await expect(store.transaction(to, async (tx) => {
        await tx.append([good]);
        await tx.append([bad]); // violates the CHECK constraint: the first append must go too
      })).rejects.toThrow(/check constraint/i);
      expect(await attemptsOf(store, to)).toHaveLength(0);
      await expect(g.reserve(call(to, LAWFUL_AT, 'poison'))).rejects.toThrow(/check constraint/i);
      expect(await attemptsOf(store, to)).toHaveLength(0);
      // The lock was released and the history is intact: the next reserves see it and count right.
      const decisions = await Promise.all(Array.from({ length: 6 }, () => g.reserve(call(to))));
      expect(decisions.filter((d) => d.allowed)).toHaveLength(4);
    });
  }

  it('record refuses an invalid event, names the field, and writes nothing of the batch', async () => {
    const g = gate();
    const to = freshNumber();
    const valid: ContactEvent = { type: 'objection', at: '2026-11-01T10:00:00Z', advertiser: 'acme' };
    const invalid = { type: 'refusal', at: '2026-11-02 10:00', advertiser: 'acme' } as unknown as ContactEvent;
    await expect(g.record(to, [valid, invalid])).rejects.toMatchObject({
      name: 'GateError',
      code: 'gate.invalid-event',
      problems: [{ field: 'events[1].at', problem: expect.stringMatching(/no offset/) }],
    });
    await expect(g.record(to, { type: 'attempt', at: LAWFUL_AT, advertiser: 'acme', channel: 'fax' } as unknown as ContactEvent))
      .rejects.toMatchObject({ code: 'gate.invalid-event', problems: [{ field: 'event.channel' }] });
    await expect(g.record('not a number', valid)).rejects.toMatchObject({ code: 'gate.invalid-number' });
    expect(await g.store.load(to, new Date(0))).toEqual([]);
  });

  it('stores every event type as given, instants in UTC, and nothing the rules do not read', async () => {
    const g = gate();
    const to = freshNumber();
    const events: ContactEvent[] = [
      { type: 'attempt', at: '2026-11-20T10:15:00+01:00', advertiser: 'acme', channel: 'voice', outcome: 'voicemail', agentNote: `called ${to}` } as ContactEvent,
      { type: 'refusal', at: new Date('2026-11-20T10:16:00+01:00'), advertiser: 'acme' },
      { type: 'objection', at: '2026-11-21T12:00:00+01:00', advertiser: 'beta', channels: ['sms'] },
      { type: 'consent', at: '2025-03-01T12:00:00Z', advertiser: 'acme', covers: ['prospecting', 'outside-hours'], expiresAt: '2027-03-01T12:00:00Z', proof: 'web form 42' },
      { type: 'consent-withdrawn', at: '2026-01-01T08:00:00Z', advertiser: 'gamma', channels: ['voice'] },
      { type: 'contract', id: 'C-9', advertiser: 'acme', start: '2024-05-01T00:00:00+02:00', end: '2027-05-01T00:00:00+02:00', subject: 'électricité' },
      { type: 'opposition-check', at: '2026-11-01T00:00:00Z', list: 'bloctel', listed: true },
      { type: 'customer', at: '2023-02-02T10:00:00Z', advertiser: 'acme' },
    ];
    expect(await g.record(to, events)).toBe(events.length);
    const stored = await g.store.load(to, new Date(0));
    const byType = new Map(stored.map((e) => [e.event.type, e.event]));
    expect(byType.get('attempt')).toEqual({ type: 'attempt', at: '2026-11-20T09:15:00.000Z', advertiser: 'acme', channel: 'voice', outcome: 'voicemail' });
    expect(byType.get('objection')).toEqual({ type: 'objection', at: '2026-11-21T11:00:00.000Z', advertiser: 'beta', channels: ['sms'] });
    expect(byType.get('consent')).toEqual({
      type: 'consent', at: '2025-03-01T12:00:00.000Z', advertiser: 'acme',
      covers: ['prospecting', 'outside-hours'], expiresAt: '2027-03-01T12:00:00.000Z', proof: 'web form 42',
    });
    expect(byType.get('contract')).toEqual({ type: 'contract', id: 'C-9', advertiser: 'acme', start: '2024-04-30T22:00:00.000Z', end: '2027-04-30T22:00:00.000Z', subject: 'électricité' });
    expect(byType.get('opposition-check')).toEqual({ type: 'opposition-check', at: '2026-11-01T00:00:00.000Z', list: 'bloctel', listed: true });
    expect(byType.get('refusal')).toEqual({ type: 'refusal', at: '2026-11-20T09:16:00.000Z', advertiser: 'acme' });
    expect(JSON.stringify(stored)).not.toContain(to); // the stray note with the number was not kept
    expect(byType.size).toBe(8);
    // A host's retry adds nothing; an outcome on a known attempt is not a new attempt.
    expect(await g.record(to, events)).toBe(0);
    expect(await g.record(to, { type: 'attempt', at: '2026-11-20T10:15:00+01:00', advertiser: 'acme', channel: 'voice', outcome: 'answered' })).toBe(0);
    expect(await g.store.load(to, new Date(0))).toHaveLength(8);
  });

  it('what is stored is what is compared: names with a BOM or in another Unicode form still count toward the cap (issue 18)', async () => {
    const g = gate();
    const to = freshNumber();
    // 'Société' typed composed and decomposed, and 'acme' behind a byte-order mark, are one advertiser each.
    const composed = 'Soci\u00e9t\u00e9';
    const decomposed = 'Socie\u0301te\u0301';
    await g.record(to, [...lawfulBasis(composed), ...lawfulBasis('acme')]);
    const names = [composed, decomposed, `\ufeff${composed}`];
    const decisions = await Promise.all(Array.from({ length: 10 }, (_, i) => g.reserve({ ...call(to), advertiser: names[i % 3]! })));
    expect(decisions.filter((d) => d.allowed)).toHaveLength(4);
    const bom = await Promise.all(Array.from({ length: 10 }, () => g.reserve({ ...call(to), advertiser: '\ufeffacme' })));
    expect(bom.filter((d) => d.allowed)).toHaveLength(4);
    const stored = (await g.store.load(to, new Date(0))).filter((e) => e.event.type === 'attempt');
    expect(new Set(stored.map((e) => (e.event as { advertiser: string }).advertiser))).toEqual(new Set([composed, 'acme']));
  });

  it('refuses text a store cannot give back as it was: lone surrogates and NUL, naming the field (issue 18)', async () => {
    const g = gate();
    const to = freshNumber();
    await g.record(to, lawfulBasis());
    const lone = await Promise.all(Array.from({ length: 3 }, () => g.reserve({ ...call(to), advertiser: 'acme\ud800' })));
    for (const d of lone) {
      expect(d.allowed).toBe(false);
      expect(d.reasons[0]).toMatchObject({ code: 'input.invalid-attempt', facts: { field: 'attempt.advertiser' } });
      expect(d.reasons[0]!.message).toMatch(/surrogate/);
    }
    await expect(g.record(to, { type: 'refusal', at: LAWFUL_AT, advertiser: 'acme\u0000' })).rejects.toThrow(/event\.advertiser: contains a NUL/);
    await expect(g.record(to, { type: 'consent', at: LAWFUL_AT, advertiser: 'acme', proof: '\udc00' } as ContactEvent)).rejects.toThrow(/event\.proof/);
    expect(await attemptsOf(g.store, to)).toHaveLength(0);
  });

  it('an array with holes is an invalid event, never stored and never read as "no channel" (issue 18)', async () => {
    const g = gate();
    const to = freshNumber();
    // eslint-disable-next-line no-sparse-arrays
    const holes = [new Array(1), [, 'voice'], ['voice', ,]] as unknown as ContactEvent['type'][];
    for (const channels of holes) {
      await expect(g.record(to, { type: 'objection', at: LAWFUL_AT, advertiser: 'acme', channels } as unknown as ContactEvent)).rejects.toThrow(/event\.channels/);
      await expect(g.record(to, { type: 'consent', at: LAWFUL_AT, advertiser: 'acme', covers: channels } as unknown as ContactEvent)).rejects.toThrow(/event\.covers/);
    }
    expect(await g.store.load(to, new Date(0))).toHaveLength(0);
  });

  it('keeps only the fields the rules read, at every depth: no free text nested in a preference (issue 18)', async () => {
    const g = gate();
    const to = freshNumber();
    const secret = `call back on ${to}`;
    const preference = {
      type: 'preference', at: '2026-11-01T10:00:00Z', advertiser: 'acme', note: secret,
      budgets: [{ count: 2, per: 'P30D', note: secret }],
      excluded: [{ from: '12:00', to: '14:00', days: [1, 2], channels: ['voice'], note: secret }],
    } as unknown as ContactEvent;
    expect(await g.record(to, preference)).toBe(1);
    const [stored] = await g.store.load(to, new Date(0));
    expect(JSON.stringify(stored!.event)).not.toContain(to);
    expect(stored!.event).toEqual({
      type: 'preference', at: '2026-11-01T10:00:00.000Z', advertiser: 'acme',
      budgets: [{ count: 2, per: 'P30D', channels: ['voice', 'sms'] }],
      excluded: [{ from: '12:00', to: '14:00', days: [1, 2], channels: ['voice'] }],
      preferred: [],
    });
  });

  it('stores any text safely: quotes, backslashes, semicolons and non-Latin script', async () => {
    const g = gate();
    const to = freshNumber();
    const nasty = `O'Brien \\ '); DROP TABLE x; -- $1 \u00e9\u4e2d "q"`;
    const events: ContactEvent[] = [
      { type: 'consent', at: '2026-09-01T09:00:00Z', advertiser: nasty, proof: `${nasty}\\n\\'` },
      { type: 'contract', id: nasty, advertiser: 'acme', start: '2026-01-01T00:00:00Z', subject: nasty },
      { type: 'opposition-check', at: '2026-11-01T00:00:00Z', list: nasty, listed: false },
    ];
    expect(await g.record(to, events)).toBe(3);
    const stored = (await g.store.load(to, new Date(0))).map((e) => e.event);
    expect(stored).toEqual(expect.arrayContaining([
      expect.objectContaining({ type: 'consent', advertiser: nasty, proof: `${nasty}\\n\\'` }),
      expect.objectContaining({ type: 'contract', id: nasty, subject: nasty }),
      expect.objectContaining({ type: 'opposition-check', list: nasty }),
    ]));
    const k = `${to}'\\;`;
    await g.store.transaction(k, async (tx) => tx.append([{ at: new Date(LAWFUL_MS), event: { type: 'customer', at: iso(LAWFUL_MS), advertiser: nasty } }]));
    expect((await g.store.load(k, new Date(0))).map((e) => e.event)).toEqual([{ type: 'customer', at: iso(LAWFUL_MS), advertiser: nasty }]);
  });

  it('loads attempts and refusals since the date, and every other event whatever its age', async () => {
    const store = target.store();
    const g = createGate({ ...target.options, store });
    const to = freshNumber();
    const old = '2020-01-06T10:00:00Z';
    await g.record(to, [
      { type: 'attempt', at: old, advertiser: 'acme', channel: 'voice' },
      { type: 'refusal', at: old, advertiser: 'acme' },
      { type: 'attempt', at: '2026-11-23T10:00:00Z', advertiser: 'acme', channel: 'voice' },
      { type: 'consent', at: old, advertiser: 'acme' },
      { type: 'objection', at: old, advertiser: 'beta' },
      { type: 'consent-withdrawn', at: old, advertiser: 'gamma' },
      { type: 'contract', id: 'K', advertiser: 'acme', start: old },
      { type: 'customer', at: old, advertiser: 'acme' },
      { type: 'opposition-check', at: old, list: 'bloctel', listed: false },
    ]);
    const since = new Date('2026-01-01T00:00:00Z');
    const types = (await store.load(to, since)).map((e) => e.event.type).sort();
    expect(types).toEqual(['attempt', 'consent', 'consent-withdrawn', 'contract', 'customer', 'objection', 'opposition-check']);
    const exact = await store.load(to, new Date('2026-11-23T10:00:00Z'));
    expect(exact.filter((e) => e.event.type === 'attempt')).toHaveLength(1); // `since` is inclusive
  });

  it('prune keeps every event of a recipient who set a contact budget of their own', async () => {
    const store = target.store();
    const g = createGate({ ...target.options, store });
    const to = freshNumber();
    const longAgo = iso(LAWFUL_MS - 200 * DAY);
    await g.record(to, { type: 'attempt', at: longAgo, advertiser: 'acme', channel: 'voice' });
    // A consumer's budget ("at most 2 calls a year"): an event type of the preferences rules.
    const preference = { type: 'preference', at: longAgo, budgets: [{ count: 2, per: 'P1Y' }] } as unknown as ContactEvent;
    await store.transaction(to, (tx) => tx.append([{ at: new Date(longAgo), event: preference }]));
    await g.prune(LAWFUL_AT);
    expect((await store.load(to, new Date(0))).map((e) => e.event.type).sort()).toEqual(['attempt', 'preference']);
  });

  it('prune keeps consents, withdrawals, objections, contracts, customers and the latest check of each list', async () => {
    const store = target.store();
    const g = createGate({ ...target.options, store });
    const to = freshNumber();
    const other = freshNumber();
    const old = (days: number) => iso(LAWFUL_MS - days * DAY);
    await g.prune(LAWFUL_AT); // the store is shared by the suite: clear earlier tests' old events first
    await g.record(to, [
      { type: 'attempt', at: old(200), advertiser: 'acme', channel: 'voice' },
      { type: 'attempt', at: old(63), advertiser: 'acme', channel: 'voice' },
      { type: 'attempt', at: old(61), advertiser: 'acme', channel: 'voice' },
      { type: 'refusal', at: old(100), advertiser: 'acme' },
      { type: 'refusal', at: old(10), advertiser: 'acme' },
      { type: 'consent', at: old(900), advertiser: 'acme' },
      { type: 'consent-withdrawn', at: old(800), advertiser: 'beta' },
      { type: 'objection', at: old(700), advertiser: 'gamma' },
      { type: 'contract', id: 'K', advertiser: 'acme', start: old(600) },
      { type: 'customer', at: old(500), advertiser: 'acme' },
      { type: 'opposition-check', at: old(300), list: 'bloctel', listed: true },
      { type: 'opposition-check', at: old(200), list: 'bloctel', listed: false },
      { type: 'opposition-check', at: old(250), list: 'other-list', listed: false },
    ]);
    await g.record(other, { type: 'attempt', at: old(400), advertiser: 'acme', channel: 'voice' });
        const deleted = await g.prune(LAWFUL_AT); // forget what no decision from LAWFUL_AT on can need
    expect(deleted).toBe(5); // attempts of 200 and 63 days, the refusal of 100 days, the older bloctel check, other's attempt
    const kept = (await store.load(to, new Date(0))).map((e) => `${e.event.type}@${Math.round((LAWFUL_MS - e.at.getTime()) / DAY)}`).sort();
    expect(kept).toEqual([
      'attempt@61', 'consent-withdrawn@800', 'consent@900', 'contract@600', 'customer@500', 'objection@700',
      'opposition-check@200', 'opposition-check@250', 'refusal@10',
    ]);
    expect(await store.load(other, new Date(0))).toEqual([]);
  });
}
