// Consumer preferences (preference events → consumer.*) and advertiser policy (options.policy → policy.*).
import { reachCounter } from '../support.js';
import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { evaluate, type ContactEvent, type ContactLimits } from 'callgate';
import { attempt, history, instant } from 'callgate/testing';
import { codes, decide } from '../support.js';

const pref = (limits: ContactLimits & { advertiser?: string }, at = '2026-01-05T12:00:00+01:00'): ContactEvent => ({ type: 'preference', at, ...limits });
const sms = (at: string, advertiser = 'acme'): ContactEvent => ({ type: 'attempt', at, advertiser, channel: 'sms' });
const call = (at: string, advertiser = 'acme'): ContactEvent => ({ type: 'attempt', at, advertiser, channel: 'voice' });

describe('contact budgets (consumer.budget-exceeded)', () => {
  // "At most 1 call and 4 SMS a year."
  const yearly = pref({ budgets: [{ count: 1, per: 'P1Y', channels: ['voice'] }, { count: 4, per: 'P1Y', channels: ['sms'] }] });

  it('allows the n-th contact and denies the n+1-th', () => {
    const three = ['2026-02-02', '2026-03-02', '2026-04-01'].map((d) => sms(`${d}T11:00:00+01:00`));
    expect(decide('2026-11-24T11:00:00+01:00', [yearly, ...three], { channel: 'sms' }).allowed).toBe(true);
    const four = [...three, sms('2026-05-04T11:00:00+02:00')];
    const d = decide('2026-11-24T11:00:00+01:00', [yearly, ...four], { channel: 'sms' });
    expect(codes(d)).toEqual(['consumer.budget-exceeded']);
    expect(d.reasons[0]!.facts).toMatchObject({ contacts: 4, budget: 4, per: 'P1Y' });
    expect(d.reasons[0]!.citations).toEqual([]); // a preference, not the law: no sanction cited
  });

  it('is released when the period slides past the oldest counted contact', () => {
    const history = [yearly, call('2026-02-02T11:00:00+01:00')];
    const d = decide('2026-11-24T11:00:00+01:00', history);
    expect(codes(d)).toEqual(['consumer.budget-exceeded']);
    expect(d.nextAllowedAt).toBe('2027-02-02T11:00:00+01:00');
    expect(decide('2027-02-02T11:00:00+01:00', history).allowed).toBe(true);
    expect(decide('2027-02-02T10:59:59+01:00', history).allowed).toBe(false);
  });

  it('counts only the advertiser named in the preference, or everyone when it names none', () => {
    const own = pref({ advertiser: 'acme', budgets: [{ count: 1, per: 'P30D' }] });
    const all = pref({ budgets: [{ count: 1, per: 'P30D' }] });
    const other = call('2026-11-20T11:00:00+01:00', 'globex');
    expect(decide('2026-11-24T11:00:00+01:00', [own, other]).allowed).toBe(true);
    expect(codes(decide('2026-11-24T11:00:00+01:00', [all, other]))).toEqual(['consumer.budget-exceeded']);
    // A preference for another advertiser does not apply to acme.
    expect(decide('2026-11-24T11:00:00+01:00', [pref({ advertiser: 'globex', budgets: [{ count: 0, per: 'P1Y' }] })]).allowed).toBe(true);
  });

  it('the latest preference replaces earlier ones', () => {
    const strict = pref({ budgets: [{ count: 0, per: 'P1Y' }] }, '2026-01-05T12:00:00+01:00');
    const relaxed = pref({ budgets: [{ count: 5, per: 'P1Y' }] }, '2026-06-01T12:00:00+02:00');
    expect(decide('2026-11-24T11:00:00+01:00', [strict, relaxed]).allowed).toBe(true);
    const d = decide('2026-11-24T11:00:00+01:00', [relaxed, { ...strict, at: '2026-07-01T12:00:00+02:00' } as ContactEvent]);
    expect(codes(d)).toEqual(['consumer.budget-exceeded']);
    expect(d.nextAllowedAt).toBeNull(); // a budget of 0 never releases
  });
});

describe('quiet times (consumer.quiet-time)', () => {
  it('denies inside an excluded slot, until it ends ("never before 18:00" as an excluded 00:00–18:00)', () => {
    const history = [pref({ excluded: [{ from: '00:00', to: '18:00', channels: ['voice'] }] })];
    const d = decide('2026-11-24T11:00:00+01:00', history);
    expect(codes(d)).toEqual(['consumer.quiet-time']);
    expect(d.nextAllowedAt).toBe('2026-11-24T18:00:00+01:00');
    expect(decide('2026-11-24T17:59:59+01:00', history).allowed).toBe(false);
    expect(decide('2026-11-24T18:00:00+01:00', history).allowed).toBe(true);
    // SMS are not covered by this slot.
    expect(decide('2026-11-24T11:00:00+01:00', history, { channel: 'sms' }).allowed).toBe(true);
  });

  it('with preferred slots, denies outside them until the next one opens', () => {
    const history = [pref({ preferred: [{ from: '18:30', to: '19:30', days: [2, 4] }] })];
    const d = decide('2026-11-25T11:00:00+01:00', history); // Wednesday
    expect(codes(d)).toEqual(['consumer.quiet-time']);
    expect(d.nextAllowedAt).toBe('2026-11-26T18:30:00+01:00'); // Thursday
    expect(decide('2026-11-26T19:29:59+01:00', history).allowed).toBe(true);
  });

  it('never lifts a legal block: a preferred Sunday slot is still a weekend (D.223-9)', () => {
    const history = [pref({ preferred: [{ from: '10:00', to: '12:00', days: [7] }] })];
    const d = decide('2026-11-29T11:00:00+01:00', history);
    expect(codes(d)).toEqual(['fr.hours.weekend']);
    // Legal windows and the preference never meet: no date can be computed.
    expect(d.nextAllowedAt).toBeNull();
  });

  it('refuses a malformed preference with the field at fault', () => {
    const d = evaluate({ to: '+33612345678', at: '2026-11-24T11:00:00+01:00', channel: 'voice', advertiser: 'acme' }, [
      { type: 'preference', at: '2026-01-01T00:00:00Z', excluded: [{ from: '19:00', to: '08:00' }] },
    ]);
    expect(d.reasons.map((r) => [r.code, r.facts.field])).toEqual([['input.invalid-event', 'history[0].excluded[0].to']]);
  });
});

describe('advertiser policy (policy.*)', () => {
  const policy = { budgets: [{ count: 2, per: 'P30D', channels: ['voice' as const] }], excluded: [{ from: '12:00', to: '13:00' }] };

  it('a company cap stricter than the law denies the 3rd call in 30 days', () => {
    const two = [call('2026-11-16T11:00:00+01:00'), call('2026-11-18T11:00:00+01:00')];
    const d = decide('2026-11-24T11:00:00+01:00', two, {}, { policy });
    expect(codes(d)).toEqual(['policy.budget-exceeded']);
    expect(d.nextAllowedAt).toBe('2026-12-16T11:00:00+01:00');
  });

  it('company quiet hours', () => {
    expect(codes(decide('2026-11-24T12:30:00+01:00', [], {}, { policy }))).toEqual(['policy.quiet-time']);
    expect(decide('2026-11-24T12:30:00+01:00', []).allowed).toBe(true);
  });

  it('a malformed policy is a programming error naming the option', () => {
    expect(() => decide('2026-11-24T11:00:00+01:00', [], {}, { policy: { budgets: [{ count: 1, per: 'yearly' }] } })).toThrow(/options.policy.budgets\[0\].per/);
  });
});

describe('limits only restrict', () => {
  const scenario = fc.tuple(attempt({ at: instant({ from: '2026-09-01', to: '2026-12-31' }) }), history({ at: instant({ from: '2026-06-01', to: '2026-12-31' }) }));
  const limits = fc.record({
    budgets: fc.array(fc.record({ count: fc.integer({ min: 0, max: 3 }), per: fc.constantFrom('P7D', 'P30D', 'P1Y') }), { maxLength: 2 }),
    excluded: fc.array(fc.constantFrom({ from: '00:00', to: '12:00' }, { from: '18:00', to: '24:00' }, { from: '11:00', to: '11:30', days: [1, 3] }), { maxLength: 2 }),
    preferred: fc.array(fc.constantFrom({ from: '10:00', to: '11:00' }, { from: '14:00', to: '19:00', days: [1, 2, 3] }), { maxLength: 1 }),
  });

  const reach = reachCounter('limits never make an unlawful call allowed', 0.3);
  test.prop([scenario, limits], { numRuns: 200 })('a preference or a policy never makes an unlawful call allowed', ([a, h], l) => {
    reach.run();
    const lawful = evaluate(a, h).allowed;
    const withPreference = evaluate(a, [...h, { type: 'preference', at: '2026-01-01T00:00:00Z', ...l }]).allowed;
    const withPolicy = evaluate(a, h, { policy: l }).allowed;
    if (!lawful) {
      reach.reached();
      expect(withPreference).toBe(false);
      expect(withPolicy).toBe(false);
    }
  });
});
