// Fail closed: unusable input gives deny with input.* reasons naming the field; evaluate never throws.
import { describe, expect, it } from 'vitest';
import { evaluate, type Attempt, type ContactEvent } from 'callgate';
import { call, codes, d2239Pack } from '../support.js';

const at = '2026-11-24T11:00:00+01:00';
const fields = (d: ReturnType<typeof evaluate>) => d.reasons.map((r) => r.facts.field);

describe('input validation (fail closed)', () => {
  it('denies a number that does not parse, naming attempt.to', () => {
    for (const to of ['0612', 'hello', '+33012345678', '']) {
      const d = evaluate(call(at, { to }), []);
      expect(d.verdict).toBe('deny');
      expect(codes(d)).toEqual(['input.invalid-number']);
      expect(fields(d)).toEqual(['attempt.to']);
      expect(d.nextAllowedAt).toBeNull();
    }
  });

  it('reads national digits as French', () => {
    expect(evaluate(call(at, { to: '06 12 34 56 78' }), []).recipient!.e164).toBe('+33612345678');
  });

  it.each([
    ['0690 00 12 34', '+590690001234', 'GP'],
    ['0696 20 12 34', '+596696201234', 'MQ'],
    ['0694 20 12 34', '+594694201234', 'GF'],
    ['0692 12 34 56', '+262692123456', 'RE'],
    ['0639 01 23 45', '+262639012345', 'YT'],
  ])('reads the overseas national number %s as %s (%s)', (to, e164, country) => {
    expect(evaluate(call(at, { to }), []).recipient).toMatchObject({ e164, country });
  });

  it('denies a time without offset with an actionable message', () => {
    const d = evaluate(call('2026-03-02 10:00'), []);
    expect(codes(d)).toEqual(['input.invalid-time']);
    expect(d.reasons[0]!.message).toContain("attempt.at '2026-03-02 10:00' has no offset; pass an ISO string with 'Z' or '+01:00', or a Date");
  });

  it.each(['2026-02-30T10:00:00Z', '2026-11-24T25:00:00Z', 'tomorrow', '2026-11-24', '2026-11-24T10:00:00+25:00'])(
    'denies the impossible or partial time %s',
    (bad) => expect(codes(evaluate(call(bad), []))).toEqual(['input.invalid-time']),
  );

  it('accepts a Date, Z, fractional seconds and compact offsets', () => {
    const expected = evaluate(call('2026-11-24T10:00:00Z'), []).recipient!.localTime;
    for (const a of [new Date('2026-11-24T10:00:00Z'), '2026-11-24T10:00:00.000Z', '2026-11-24T11:00:00+0100', '2026-11-24T11:00+01:00']) {
      expect(evaluate(call(at, { at: a }), []).recipient!.localTime).toBe(expected);
    }
  });

  it('denies an invalid Date', () => {
    expect(codes(evaluate(call(at, { at: new Date('nope') }), []))).toEqual(['input.invalid-time']);
  });

  it('denies a number of a country without a rule pack', () => {
    const d = evaluate(call(at, { to: '+81312345678' }), []);
    expect(codes(d)).toEqual(['input.unsupported-country']);
    expect(d.reasons[0]!.message).toContain('JP');
  });

  it('denies a malformed event, naming its index and field', () => {
    const history = [
      { type: 'attempt', at, advertiser: 'acme', channel: 'voice' },
      { type: 'attempt', at: '2026-11-20 10:00', advertiser: 'acme', channel: 'voice' },
      { type: 'refusal', at },
      { type: 'telepathy', at, advertiser: 'acme' },
      { type: 'contract', id: 'c', advertiser: 'acme', start: '2026-11-02T00:00:00Z', end: '2026-01-01T00:00:00Z' },
    ] as unknown as ContactEvent[];
    const d = evaluate(call(at), history);
    expect(d.allowed).toBe(false);
    expect(codes(d)).toEqual(['input.invalid-event', 'input.invalid-event', 'input.invalid-event', 'input.invalid-event']);
    expect(fields(d)).toEqual(['history[1].at', 'history[2].advertiser', 'history[3].type', 'history[4].end']);
  });

  it('reports both attempt and history problems at once', () => {
    const d = evaluate({ to: 'x', at: 'y', channel: 'fax', advertiser: '' } as unknown as Attempt, [null] as unknown as ContactEvent[]);
    expect(fields(d)).toEqual(['attempt.to', 'attempt.at', 'attempt.channel', 'attempt.advertiser', 'history[0]']);
  });

  it('caps the list of bad events and says how many more there are', () => {
    const d = evaluate(call(at), Array.from({ length: 50 }, () => ({})) as ContactEvent[]);
    expect(d.reasons).toHaveLength(21);
    expect(d.reasons[20]!.facts.problem).toBe('30 more invalid events not listed');
  });

  it('denies an unknown time zone override with its own code, naming the field (issue 16)', () => {
    const d = evaluate(call(at, { recipient: { timeZone: 'Mars/Olympus' } }), []);
    expect(codes(d)).toEqual(['input.invalid-time-zone']);
    expect(fields(d)).toEqual(['attempt.recipient.timeZone']);
    const notAString = evaluate(call(at, { recipient: { timeZone: 42 as unknown as string } }), []);
    expect(codes(notAString)).toEqual(['input.invalid-time-zone']);
    expect(fields(notAString)).toEqual(['attempt.recipient.timeZone']);
  });

  it('never throws on non-object input', () => {
    for (const a of [null, undefined, 42, 'call', [], { to: {} }]) {
      expect(() => evaluate(a as unknown as Attempt, 'x' as unknown as ContactEvent[])).not.toThrow();
      expect(evaluate(a as unknown as Attempt, []).allowed).toBe(false);
    }
  });

  it('throws on a programming error in options, with a clear message', () => {
    expect(() => evaluate(call(at), [], { locale: 'de' as 'en' })).toThrow(/options.locale/);
    expect(() => evaluate(call(at), [], { holidays: 'all' as 'national' })).toThrow(/options.holidays/);
    expect(() => evaluate(call(at), [], { packs: [] })).toThrow(/options.packs/);
  });

  it('accepts a host calendar', () => {
    const calendar = { holiday: (date: string) => (date === '2026-11-24' ? { name: 'Company day' } : null) };
    const d = evaluate(call(at), [], { calendar, packs: [d2239Pack] });
    expect(codes(d)).toEqual(['fr.hours.public-holiday']);
    expect(d.reasons[0]!.facts).toMatchObject({ holiday: 'Company day' });
  });
});
