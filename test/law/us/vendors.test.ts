// Facts from data vendors (issue 16): a carrier's line type, the FCC Reassigned Numbers Database's
// answer, a litigator flag. Each is an event; the law (or the host's policy) applies to it.
import { evaluate, type ContactEvent } from 'callgate';
import { describe, expect, it } from 'vitest';
import { codes, fresh, US, usDecide } from './support.js';

const at = '2026-11-24T12:00:00-05:00';
const consent = (when: string, written = true): ContactEvent => ({ type: 'consent', at: when, advertiser: 'acme', written });

describe('line-type (47 CFR 64.1200(a)(1)(iii) protects wireless numbers, (a)(3) residential lines from prerecorded calls)', () => {
  it('an autodialed live call to a landline needs no consent under the wireless rule; a prerecorded one still does', () => {
    const landline: ContactEvent = { type: 'line-type', at: '2026-11-01T00:00:00Z', lineType: 'landline', source: 'carrier-lookup' };
    expect(codes(usDecide(US.ohio, at, fresh(at), { automated: true }))).toContain('us.consent.missing'); // no lookup: maybe wireless
    expect(codes(usDecide(US.ohio, at, [...fresh(at), landline], { automated: true }))).not.toContain('us.consent.missing');
    expect(codes(usDecide(US.ohio, at, [...fresh(at), landline], { automated: true, prerecorded: true }))).toContain('us.consent.missing');
  });

  it('reads VoIP as wireless, and the latest lookup wins', () => {
    const voip: ContactEvent = { type: 'line-type', at: '2026-11-10T00:00:00Z', lineType: 'voip' };
    const older: ContactEvent = { type: 'line-type', at: '2026-10-01T00:00:00Z', lineType: 'landline' };
    expect(codes(usDecide(US.ohio, at, [...fresh(at), older, voip], { automated: true }))).toContain('us.consent.missing');
  });
});

describe('reassigned-check (FCC Reassigned Numbers Database; safe harbor 47 CFR 64.1200(m))', () => {
  it("voids the consents given up to a 'yes' (the number changed hands), citing (m); a later consent counts", () => {
    const yes: ContactEvent = { type: 'reassigned-check', at: '2026-11-20T00:00:00Z', since: '2026-06-01T00:00:00Z', result: 'yes' };
    const d = usDecide(US.ohio, at, [...fresh(at), consent('2026-06-01T10:00:00Z'), yes], { automated: true });
    const missing = d.reasons.find((r) => r.code === 'us.consent.missing')!;
    expect(missing.facts.reassignedCheckedAt).toBeDefined();
    expect(missing.citations.map((c) => c.article)).toContain('§ 64.1200(m)');
    expect(codes(usDecide(US.ohio, at, [...fresh(at), consent('2026-06-01T10:00:00Z'), yes, consent('2026-11-22T10:00:00Z')], { automated: true }))).not.toContain('us.consent.missing');
  });

  it("leaves the consent standing on 'no' and 'no-data'", () => {
    for (const result of ['no', 'no-data'] as const) {
      const check: ContactEvent = { type: 'reassigned-check', at: '2026-11-20T00:00:00Z', since: '2026-06-01T00:00:00Z', result };
      expect(codes(usDecide(US.ohio, at, [...fresh(at), consent('2026-06-01T10:00:00Z'), check], { automated: true })), result).not.toContain('us.consent.missing');
    }
  });

  it('refuses a malformed answer, naming the field', () => {
    const d = usDecide(US.ohio, at, [{ type: 'reassigned-check', at: '2026-11-20T00:00:00Z', since: '2026-06-01T00:00:00Z', result: 'maybe' } as never]);
    expect(d.reasons.map((r) => [r.code, r.facts.field])).toEqual([['input.invalid-event', 'history[0].result']]);
  });
});

describe('litigator (a policy of the host, not law: policy.litigator)', () => {
  it("blocks this advertiser's calls, or every advertiser's without one, with no end", () => {
    const flagged: ContactEvent = { type: 'litigator', at: '2026-10-12T00:00:00Z', source: 'vendor-x' };
    const d = usDecide(US.ohio, at, [...fresh(at), flagged]);
    expect(codes(d)).toEqual(['policy.litigator']);
    expect(d.nextAllowedAt).toBeNull();
    expect(codes(usDecide(US.ohio, at, [...fresh(at), { type: 'litigator', at: '2026-10-12T00:00:00Z', advertiser: 'other' }]))).toEqual([]);
    // Not a US rule: it applies to every pack's numbers.
    const fr = evaluate({ to: '+33612345678', at: '2026-11-24T10:30:00+01:00', channel: 'voice', advertiser: 'acme', callerId: '+33162123456' }, [{ type: 'consent', at: '2026-10-01T10:00:00+02:00', advertiser: 'acme' }, flagged]);
    expect(fr.reasons.map((r) => r.code)).toEqual(['policy.litigator']);
  });
});

describe('the events are read alike, plain objects or not', () => {
  it('gives the same decision for a plain event and the same event as a class instance (the reader’s fast path knows every field)', () => {
    class Event { constructor(o: object) { Object.assign(this, o); } }
    const events: ContactEvent[] = [
      { type: 'line-type', at: '2026-11-01T00:00:00Z', lineType: 'landline', source: 'carrier' },
      { type: 'reassigned-check', at: '2026-11-20T00:00:00Z', since: '2026-06-01T00:00:00Z', result: 'yes', source: 'fcc-rnd' },
      { type: 'litigator', at: '2026-10-12T00:00:00Z', advertiser: 'acme', source: 'vendor-x' },
    ];
    for (const e of events) {
      const plain = usDecide(US.ohio, at, [...fresh(at), consent('2026-06-01T10:00:00Z'), e], { automated: true });
      const instance = usDecide(US.ohio, at, [...fresh(at), consent('2026-06-01T10:00:00Z'), new Event(e) as unknown as ContactEvent], { automated: true });
      expect(instance, e.type).toEqual(plain);
      expect(codes(plain).some((c) => c.startsWith('input.')), e.type).toBe(false);
    }
  });
});

describe('Texas S.B. 140 (from 2025-09-01): texts are telephone solicitations', () => {
  it('gives texts the Texas hours under the 2025 row, citing S.B. 140; the older row before', () => {
    const after = usDecide(US.dallas, '2025-09-02T21:30:00-05:00', fresh('2025-09-02T21:30:00-05:00'), { channel: 'sms' });
    const tx = after.reasons.find((r) => r.code === 'us.tx.hours')!;
    expect(tx.citations.map((c) => c.instrument)).toContain('Texas S.B. 140, 89th Legislature (2025)');
    const before = usDecide(US.dallas, '2025-08-26T21:30:00-05:00', fresh('2025-08-26T21:30:00-05:00'), { channel: 'sms' });
    const old = before.reasons.find((r) => r.code === 'us.tx.hours')!;
    expect(old.citations.map((c) => c.instrument)).not.toContain('Texas S.B. 140, 89th Legislature (2025)');
  });
});

// Maine, 10 M.R.S. § 1499-B(6) as amended by L.D. 2234 (from 2024-07-16): the Reassigned Numbers
// Database before every telephone sales call (issue 16 item 4).
describe('Maine: the reassigned numbers database before a telephone sales call (§ 1499-B(6))', () => {
  const portland = '+12075550100'; // 207, Maine, Eastern
  const rnd = (at: string, result: 'yes' | 'no' | 'no-data' = 'no'): ContactEvent => ({ type: 'reassigned-check', at, since: '2026-01-01T00:00:00Z', result });
  const at = '2026-11-24T11:00:00-05:00';

  it('denies a call with no query, or a query older than 31 days or without data; allows one with a query of the last 31 days', () => {
    const none = usDecide(portland, at);
    expect(codes(none)).toEqual(['us.me.reassigned-unchecked']);
    expect(none.reasons[0]!.citations.map((c) => c.article)).toContain('§ 1499-B(6)');
    expect(usDecide(portland, at, [...fresh(at), rnd('2026-10-24T10:00:00-04:00')]).allowed).toBe(true); // 31 days
    expect(codes(usDecide(portland, at, [...fresh(at), rnd('2026-10-23T10:00:00-04:00')]))).toEqual(['us.me.reassigned-unchecked']); // 32
    expect(codes(usDecide(portland, at, [...fresh(at), rnd('2026-11-20T10:00:00-05:00', 'no-data')]))).toEqual(['us.me.reassigned-unchecked']);
  });

  it('was not the law before 2024-07-16, and does not reach a customer of the last 18 months (established business relationship)', () => {
    expect(usDecide(portland, '2024-07-15T11:00:00-04:00').allowed).toBe(true);
    expect(codes(usDecide(portland, '2024-07-16T11:00:00-04:00'))).toEqual(['us.me.reassigned-unchecked']);
    const customer: ContactEvent = { type: 'customer', at: '2026-03-01T12:00:00-05:00', advertiser: 'acme', kind: 'purchase' };
    const d = usDecide(portland, at, [...fresh(at), customer]);
    expect(d.allowed).toBe(true);
    expect(d.exemptions.map((e) => e.facts.lifts)).toContain('us.me.reassigned-unchecked');
  });

  it('does not apply to a number outside Maine', () => {
    expect(usDecide(US.ohio, at).allowed).toBe(true);
  });
});
