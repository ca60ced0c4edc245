// Fail closed (docs/contract.md §1): whatever a host passes — holes, getters that throw, revoked
// proxies, years a store cannot keep, lone surrogates — `evaluate`, `plan` and the Gate answer
// `deny` with an `input.*` reason naming the field; they never throw on data and never allow it.
import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { createGate, evaluate, memoryStore, plan, recipientKey, type Attempt, type ContactEvent, type Decision } from 'callgate';
import { frPack } from 'callgate/fr';
import { codes } from '../support.js';

const AT = '2026-11-24T10:30:00+01:00';
const CONSENT: ContactEvent = { type: 'consent', at: '2026-09-01T09:00:00Z', advertiser: 'acme', channels: ['voice'], proof: 'form 1' };
/** A call that is lawful with {@link CONSENT}: weekday, 10:30, opt-in era, verified caller ID. */
const lawful = (): Attempt => ({ to: '+33612345678', at: AT, channel: 'voice', advertiser: 'acme', callerId: '+33162123456' });
const fields = (d: Decision) => d.reasons.map((r) => r.facts.field);

describe('arrays with holes are invalid, never "no channel" (issue 18 item 1)', () => {
  // eslint-disable-next-line no-sparse-arrays
  const sparse: unknown[] = [new Array(1), [, 'voice'], ['voice', ,], Object.assign(new Array(2), { 1: 'voice' })];

  it('an objection whose channels have a hole denies with input.invalid-event instead of allowing', () => {
    expect(evaluate(lawful(), [CONSENT]).allowed).toBe(true);
    for (const channels of sparse) {
      for (const type of ['objection', 'consent-withdrawn'] as const) {
        const d = evaluate(lawful(), [CONSENT, { type, at: '2026-10-01T09:00:00Z', advertiser: 'acme', channels } as unknown as ContactEvent]);
        expect(d.allowed).toBe(false);
        expect(codes(d)).toEqual(['input.invalid-event']);
        expect(fields(d)).toEqual(['history[1].channels']);
      }
      const covers = evaluate(lawful(), [{ ...CONSENT, covers: channels } as unknown as ContactEvent]);
      expect(fields(covers)).toEqual(['history[0].covers']);
    }
  });

  it('a history with a hole, and a preference whose days or channels have one, are invalid events', () => {
    // eslint-disable-next-line no-sparse-arrays
    expect(fields(evaluate(lawful(), [CONSENT, , CONSENT] as unknown as ContactEvent[]))).toEqual(['history[1]']);
    const pref = (slot: object) => ({ type: 'preference', at: '2026-10-01T09:00:00Z', excluded: [{ from: '12:00', to: '14:00', ...slot }] }) as unknown as ContactEvent;
    expect(fields(evaluate(lawful(), [CONSENT, pref({ days: [1, , 3] })]))).toEqual(['history[1].excluded[0].days']);
    expect(fields(evaluate(lawful(), [CONSENT, pref({ channels: [, 'voice'] })]))).toEqual(['history[1].excluded[0].channels']);
  });

  it('plan and the Gate refuse them too', async () => {
    const objection = { type: 'objection', at: '2026-10-01T09:00:00Z', advertiser: 'acme', channels: [, 'voice'] } as unknown as ContactEvent;
    const [entry] = plan([lawful()], [[CONSENT, objection]], { from: AT });
    expect(entry!.at).toBeNull();
    expect(entry!.reasons.map((r) => r.code)).toEqual(['input.invalid-event']);
    const gate = createGate();
    await expect(gate.record('+33612345678', objection)).rejects.toMatchObject({ code: 'gate.invalid-event' });
    expect(await gate.store.load('+33612345678', new Date(0))).toEqual([]);
  });
});

describe('evaluate never throws on data (issue 18 item 2)', () => {
  const throwing = (key: string) => Object.defineProperty({ ...lawful() }, key, { get() { throw new Error('boom'); }, enumerable: true });
  const revoked = () => {
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    return proxy;
  };

  it.each(['to', 'at', 'advertiser', 'channel', 'recipient'])('a getter that throws on attempt.%s is an input problem of that field', (key) => {
    const d = evaluate(throwing(key), [CONSENT]);
    expect(d.allowed).toBe(false);
    expect(fields(d)).toEqual([`attempt.${key}`]);
    expect(d.reasons[0]!.message).toMatch(/could not be read/);
  });

  it('a revoked Proxy as the attempt, the history, an event or a field; a history whose length throws', () => {
    expect(codes(evaluate(revoked() as Attempt, []))).toEqual(['input.invalid-attempt']);
    expect(fields(evaluate(lawful(), revoked() as ContactEvent[]))).toEqual(['history']);
    expect(fields(evaluate(lawful(), [CONSENT, revoked() as ContactEvent]))).toEqual(['history[1]']);
    expect(fields(evaluate({ ...lawful(), recipient: revoked() as never }, [CONSENT]))).toEqual(['attempt.recipient']);
    expect(fields(evaluate({ ...lawful(), at: revoked() as never }, [CONSENT]))).toEqual(['attempt.at']);
    const history = new Proxy([CONSENT], { get: (t, k) => (k === 'length' ? (() => { throw new Error('no length'); })() : Reflect.get(t, k)) });
    expect(fields(evaluate(lawful(), history))).toEqual(['history']);
    const event = Object.defineProperty({ type: 'refusal', advertiser: 'acme' }, 'at', { get() { throw new Error('x'); }, enumerable: true });
    expect(fields(evaluate(lawful(), [CONSENT, event as ContactEvent]))).toEqual(['history[1].at']);
  });

  it('reads each field once: a getter cannot pass the check and then answer something else', () => {
    let reads = 0;
    const attempt = Object.defineProperty({ ...lawful() }, 'advertiser', { get: () => (reads++ === 0 ? 'acme' : undefined), enumerable: true });
    expect(evaluate(attempt, [CONSENT]).allowed).toBe(true);
    expect(reads).toBe(1);
  });

  it('the Gate denies such attempts instead of rejecting', async () => {
    const gate = createGate();
    expect(codes(await gate.reserve(throwing('advertiser')))).toEqual(['input.invalid-attempt']);
    expect(codes(await gate.reserve(revoked() as Attempt))).toEqual(['input.invalid-attempt']);
    expect(codes(await gate.check(throwing('to')))).toEqual(['input.invalid-attempt']);
  });

  it('plan denies a null or unreadable template instead of throwing', () => {
    const entries = plan([null as unknown as Attempt, revoked() as Attempt, lawful()], [[], [], [CONSENT]], { from: AT });
    expect(entries.map((e) => e.reasons.map((r) => r.code))).toEqual([['input.invalid-attempt'], ['input.invalid-attempt'], []]);
    expect(entries.map((e) => e.to)).toEqual(['', '', '+33612345678']);
  });

  it('programming errors in options throw a TypeError naming the option (the contract allows only these)', () => {
    expect(() => evaluate(lawful(), [], null as never)).toThrow(/^options must be an object/);
    expect(() => evaluate(lawful(), [], { packs: [{}] as never })).toThrow(/options\.packs\[0\]\.id/);
    expect(() => evaluate(lawful(), [], { packs: [frPack, { ...frPack, rules: [null] }] as never })).toThrow(/options\.packs\[1\]\.rules\[0\]/);
    for (const horizon of [Number.NaN, Infinity, -1, 0, 'soon']) {
      expect(() => plan([lawful()], [[]], { from: AT, horizon: horizon as never })).toThrow(/options\.horizon/);
    }
  });
});

describe('supported years 1900–9999 (issue 18 item 3)', () => {
  it.each([
    ['0026-11-24T10:30:00+01:00', 'a two-digit year that Date.UTC would read as 1926'],
    ['0099-11-24T10:30:00Z', 'year 99'],
    ['1899-12-31T23:59:59Z', 'the last instant before 1900'],
  ])('refuses %s (%s) with input.invalid-time', (at) => {
    const d = evaluate({ ...lawful(), at }, [CONSENT]);
    expect(codes(d)).toEqual(['input.invalid-time']);
    expect(d.reasons[0]!.message).toMatch(/supported years 1900–9999/);
  });

  it('refuses Dates a store cannot round-trip, in the attempt and in events', async () => {
    for (const ms of [-8.64e15, 8.64e15, Date.UTC(10000, 0, 1)]) {
      expect(codes(evaluate({ ...lawful(), at: new Date(ms) }, [CONSENT]))).toEqual(['input.invalid-time']);
      expect(fields(evaluate(lawful(), [{ ...CONSENT, at: new Date(ms) }]))).toEqual(['history[0].at']);
      await expect(createGate().record('+33612345678', { ...CONSENT, at: new Date(ms) })).rejects.toThrow(/supported years/);
    }
  });

  it('accepts the edges 1900-01-01T00:00Z and 9999-12-31T23:59:59Z', () => {
    for (const at of ['1900-01-01T00:00:00Z', '9999-12-31T23:59:59Z']) {
      expect(evaluate({ ...lawful(), at }, []).reasons.every((r) => r.code !== 'input.invalid-time')).toBe(true);
    }
  });
});

describe('recipient keys and errors keep numbers private (issue 18 item 6)', () => {
  it('refuses trivially weak secrets', () => {
    expect(() => recipientKey('+33612345678', new Uint8Array(16))).toThrow(/trivially weak/);
    expect(() => recipientKey('+33612345678', 'aaaaaaaaaaaaaaaaaaaaaaaa')).toThrow(/trivially weak/);
    expect(() => recipientKey('+33612345678', 'abababababababababab')).toThrow(/trivially weak/);
    expect(() => recipientKey('+33612345678', 'short')).toThrow(/at least 16 bytes/);
    expect(recipientKey('+33612345678', 'a proper 32-byte secret, really!')).toMatch(/^[\w-]{43}$/);
  });

  it('does not quote the number in the errors of recipientKey and gate.record', async () => {
    const bad = '+3361234';
    expect(() => recipientKey(bad, 'a proper 32-byte secret, really!')).toThrow(/not a valid phone number/);
    try {
      recipientKey(bad, 'a proper 32-byte secret, really!');
    } catch (err) {
      expect(String(err)).not.toContain(bad);
    }
    const rejected = await createGate().record(bad, CONSENT).catch((err: unknown) => err);
    expect(rejected).toMatchObject({ code: 'gate.invalid-number' });
    expect(String(rejected)).not.toContain(bad);
  });
});

// ---------------------------------------------------------------------------------------------
// The fuzz property: one hostile value in one field of an otherwise lawful call (or of one of its
// events), through evaluate, plan and the Gate. Each case is invalid by construction, so each run
// reaches every assertion (no filter).

const lone = fc.constantFrom('\ud800', 'acme\udfff', '\udc00x');
/** Values that no field accepts: getters that throw are added by {@link corrupt}. */
const hostile = fc.oneof(
  lone,
  fc.constant(Number.NaN),
  fc.constant(Symbol('s')),
  fc.constantFrom(-8.64e15, 8.64e15, Date.UTC(-1, 0, 1), Date.UTC(10000, 0, 1)).map((ms) => new Date(ms)),
  fc.constant('getter'),
  fc.constant('revoked'),
  // eslint-disable-next-line no-sparse-arrays
  fc.constant([, 'voice']),
);
type Corruption = { key: string; value: unknown };

function corrupt(target: Record<string, unknown>, { key, value }: Corruption): Record<string, unknown> {
  const out = { ...target };
  if (value === 'getter') return Object.defineProperty(out, key, { get() { throw new Error('getter'); }, enumerable: true });
  if (value === 'revoked') {
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    out[key] = proxy;
  } else out[key] = value;
  return out;
}

const attemptKeys = fc.constantFrom('to', 'at', 'channel', 'advertiser', 'automated', 'prerecorded', 'callerId', 'contractId', 'sector', 'purpose', 'recipient');
const eventCases: Array<{ event: ContactEvent; keys: string[] }> = [
  { event: CONSENT, keys: ['at', 'advertiser', 'channels', 'covers', 'proof', 'written', 'expiresAt'] },
  { event: { type: 'objection', at: '2026-10-01T09:00:00Z', advertiser: 'globex', channels: ['sms'] }, keys: ['at', 'advertiser', 'channels'] },
  { event: { type: 'contract', id: 'C1', advertiser: 'globex', start: '2026-01-01T00:00:00Z' }, keys: ['id', 'advertiser', 'start', 'end', 'subject'] },
  { event: { type: 'opposition-check', at: '2026-11-20T09:00:00Z', list: 'bloctel', listed: false }, keys: ['at', 'list', 'listed'] },
  { event: { type: 'attempt', at: '2026-11-20T10:00:00Z', advertiser: 'globex', channel: 'voice' }, keys: ['at', 'advertiser', 'channel', 'outcome'] },
];
const eventCorruption = fc.nat(eventCases.length - 1).chain((i) =>
  fc.record({ i: fc.constant(i), key: fc.constantFrom(...eventCases[i]!.keys), value: hostile }));

function assertRefused(d: Decision, prefix: string): void {
  expect(d.allowed).toBe(false);
  expect(d.verdict).toBe('deny');
  expect(d.nextAllowedAt).toBeNull();
  expect(d.reasons.length).toBeGreaterThan(0);
  for (const r of d.reasons) {
    expect(r.code).toMatch(/^input\./);
    expect(String(r.facts.field)).toMatch(new RegExp(`^${prefix.replace(/[[\]]/g, '\\$&')}`));
  }
  expect(JSON.parse(JSON.stringify(d))).toEqual(d); // a decision is plain JSON
}

describe('fuzz: one hostile field, through evaluate, plan and the Gate (issue 18)', () => {
  let reached = 0;
  test.prop([fc.record({ key: attemptKeys, value: hostile })], { numRuns: 300 })('an attempt with a hostile field is refused, naming it', (c) => {
    const attempt = corrupt(lawful() as unknown as Record<string, unknown>, c) as unknown as Attempt;
    assertRefused(evaluate(attempt, [CONSENT]), 'attempt');
    const [entry] = plan([attempt], [[CONSENT]], { from: AT });
    expect(entry!.reasons.every((r) => r.code.startsWith('input.'))).toBe(true);
    reached++;
  });

  test.prop([eventCorruption], { numRuns: 300 })('an event with a hostile field is refused, naming it', ({ i, key, value }) => {
    const event = corrupt(eventCases[i]!.event as unknown as Record<string, unknown>, { key, value }) as unknown as ContactEvent;
    assertRefused(evaluate(lawful(), [CONSENT, event]), 'history[1]');
    reached++;
  });

  test.prop([fc.record({ key: attemptKeys, value: hostile }), eventCorruption], { numRuns: 60 })(
    'the Gate never rejects a reservation for bad data, never records it, and refuses such events whole',
    async (c, e) => {
      const gate = createGate({ store: memoryStore() });
      await gate.record('+33612345678', CONSENT);
      assertRefused(await gate.reserve(corrupt(lawful() as unknown as Record<string, unknown>, c) as unknown as Attempt), 'attempt');
      const event = corrupt(eventCases[e.i]!.event as unknown as Record<string, unknown>, e) as unknown as ContactEvent;
      await expect(gate.record('+33612345678', [event])).rejects.toMatchObject({ name: 'GateError', code: 'gate.invalid-event' });
      expect(await gate.store.load('+33612345678', new Date(0))).toHaveLength(1);
      reached++;
    },
  );

  it('every generated case reached its assertions', () => {
    expect(reached).toBe(660);
  });
});
