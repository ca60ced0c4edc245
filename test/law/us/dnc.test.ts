// Do-Not-Call: national registry with the 31-day scrub safe harbor (47 CFR 64.1200(c)(2),
// 16 CFR 310.4(b)(3)), the established-business-relationship exemption (64.1200(f)(5)), and the
// company-specific list (64.1200(d)(3), 310.4(b)(1)(iii)(A)).
import { describe, expect, it } from 'vitest';
import type { ContactEvent } from 'callgate';
import { US, codes, exemptions, scrub, usDecide } from './support.js';

const AT = '2026-11-24T12:00:00-05:00';
const listed = (at = '2026-11-20T12:00:00-05:00'): ContactEvent => scrub(at, true);
const purchase = (at: string): ContactEvent => ({ type: 'customer', at, advertiser: 'acme', kind: 'purchase' });
const inquiry = (at: string): ContactEvent => ({ type: 'customer', at, advertiser: 'acme', kind: 'inquiry' });

describe('National Do-Not-Call registry: 31-day scrub (64.1200(c)(2)(i)(D), 310.4(b)(3)(iv))', () => {
  it('allows with a not-listed scrub 31 days old and denies with one 32 days old', () => {
    expect(usDecide(US.ohio, AT, [scrub('2026-10-24T09:00:00-04:00')]).allowed).toBe(true);
    const stale = usDecide(US.ohio, AT, [scrub('2026-10-23T09:00:00-04:00')]);
    expect(codes(stale)).toEqual(['us.dnc.unchecked']);
    expect(stale.reasons[0]!.facts).toMatchObject({ daysOld: 32, maxAgeDays: 31 });
    expect(stale.nextAllowedAt).toBeNull();
  });

  it('denies a number never scrubbed (us.dnc.unchecked)', () => {
    expect(codes(usDecide(US.ohio, AT, []))).toEqual(['us.dnc.unchecked']);
  });

  it('denies a listed number without exemption, with no retry date (64.1200(c)(2))', () => {
    const d = usDecide(US.ohio, AT, [listed()]);
    expect(codes(d)).toEqual(['us.dnc.listed']);
    expect(d.nextAllowedAt).toBeNull();
    expect(d.reasons[0]!.citations.map((c) => c.article)).toEqual(expect.arrayContaining(['§ 64.1200(c)(2)', '§ 310.4(b)(1)(iii)(B), (b)(3)']));
  });

  it('a later not-listed scrub supersedes an earlier listed one', () => {
    expect(usDecide(US.ohio, AT, [listed('2026-11-01T12:00:00Z'), scrub('2026-11-20T12:00:00Z')]).allowed).toBe(true);
  });

  it('is lifted by a signed written agreement, not by an oral consent (64.1200(c)(2)(ii))', () => {
    const oral = usDecide(US.ohio, AT, [listed(), { type: 'consent', at: '2026-11-01T12:00:00Z', advertiser: 'acme' }]);
    expect(codes(oral)).toEqual(['us.dnc.listed']);
    const written = usDecide(US.ohio, AT, [listed(), { type: 'consent', at: '2026-11-01T12:00:00Z', advertiser: 'acme', written: true, proof: 'form-42' }]);
    expect(written.allowed).toBe(true);
    expect(written.exemptions.find((e) => e.code === 'us.exemption.consent')!.facts).toMatchObject({ written: true, proof: 'form-42' });
  });

  it('is per advertiser: another seller’s customer relationship does not help', () => {
    const d = usDecide(US.ohio, AT, [listed(), { type: 'customer', at: '2026-10-01T12:00:00Z', advertiser: 'globex', kind: 'purchase' }]);
    expect(codes(d)).toEqual(['us.dnc.listed']);
  });
});

describe('established business relationship (64.1200(f)(5))', () => {
  // Purchase on 15 January 2025: 18 months run to 14 July 2026 inclusive.
  it('a purchase covers calls for 18 months: allowed the day before the anniversary, denied on it and the day after', () => {
    const h = (at: string) => [purchase('2025-01-15T15:00:00-05:00'), listed(new Date(Date.parse(at) - 86_400_000).toISOString())];
    const before = usDecide(US.ohio, '2026-07-14T12:00:00-04:00', h('2026-07-14T12:00:00-04:00'));
    expect(before.allowed).toBe(true);
    expect(exemptions(before)).toContain('us.exemption.ebr');
    expect(before.exemptions[0]!.facts).toMatchObject({ basis: 'purchase', endsAt: '2026-07-15T00:00:00-04:00' });
    expect(codes(usDecide(US.ohio, '2026-07-15T12:00:00-04:00', h('2026-07-15T12:00:00-04:00')))).toEqual(['us.dnc.listed']);
    expect(codes(usDecide(US.ohio, '2026-07-16T12:00:00-04:00', h('2026-07-16T12:00:00-04:00')))).toEqual(['us.dnc.listed']);
  });

  it('an inquiry covers calls for 3 months: allowed the day before, denied on the anniversary and the day after', () => {
    const h = [inquiry('2026-08-20T10:00:00-04:00'), listed('2026-11-18T12:00:00-05:00')];
    expect(usDecide(US.ohio, '2026-11-19T12:00:00-05:00', h).allowed).toBe(true);
    expect(codes(usDecide(US.ohio, '2026-11-20T12:00:00-05:00', h))).toEqual(['us.dnc.listed']);
    expect(codes(usDecide(US.ohio, '2026-11-21T12:00:00-05:00', h))).toEqual(['us.dnc.listed']);
  });

  it('a customer event without a kind counts as an inquiry (the shorter period)', () => {
    const h: ContactEvent[] = [{ type: 'customer', at: '2026-06-01T12:00:00Z', advertiser: 'acme' }, listed()];
    expect(codes(usDecide(US.ohio, AT, h))).toEqual(['us.dnc.listed']);
  });

  it('a running contract is a relationship; an ended one counts 18 months from its end', () => {
    const running: ContactEvent = { type: 'contract', id: 'k1', advertiser: 'acme', start: '2020-01-01T00:00:00Z' };
    expect(usDecide(US.ohio, AT, [running, listed()]).allowed).toBe(true);
    const ended: ContactEvent = { ...running, end: '2025-05-10T00:00:00Z' } as ContactEvent;
    expect(codes(usDecide(US.ohio, AT, [ended, listed()]))).toEqual(['us.dnc.listed']);
  });

  it('is ended by a do-not-call request to the seller, even after a later purchase (64.1200(f)(5)(i))', () => {
    const h: ContactEvent[] = [
      purchase('2026-09-01T12:00:00Z'),
      { type: 'objection', at: '2026-10-01T12:00:00Z', advertiser: 'acme' },
      purchase('2026-10-15T12:00:00Z'),
      listed(),
    ];
    expect(codes(usDecide(US.ohio, AT, h))).toEqual(['us.dnc.listed', 'us.dnc.company']);
  });
});

describe('company-specific do-not-call list (64.1200(d)(3), 310.4(b)(1)(iii)(A))', () => {
  const objection: ContactEvent = { type: 'objection', at: '2026-11-24T11:00:00-05:00', advertiser: 'acme' };

  it('honours a request at once: a call one second later is denied (10 business days is a ceiling, not a grace period)', () => {
    const d = usDecide(US.ohio, '2026-11-24T11:00:01-05:00', [scrub('2026-11-20T12:00:00Z'), objection]);
    expect(codes(d)).toEqual(['us.dnc.company']);
    expect(d.nextAllowedAt).toBeNull();
    expect(usDecide(US.ohio, '2026-11-24T10:59:59-05:00', [scrub('2026-11-20T12:00:00Z'), objection]).allowed).toBe(true);
  });

  it('a STOP to a text (consent withdrawn on sms) stops voice calls too (64.1200(a)(10), conservative revoke-all)', () => {
    const stop: ContactEvent = { type: 'consent-withdrawn', at: '2026-11-02T12:00:00Z', advertiser: 'acme', channels: ['sms'] };
    expect(codes(usDecide(US.ohio, AT, [scrub('2026-11-20T12:00:00Z'), stop]))).toEqual(['us.dnc.company']);
  });

  it('binds only the seller asked, and never expires; a later consent of the consumer lifts it', () => {
    const old: ContactEvent = { type: 'objection', at: '2019-01-01T12:00:00Z', advertiser: 'acme' };
    expect(codes(usDecide(US.ohio, AT, [scrub('2026-11-20T12:00:00Z'), old]))).toEqual(['us.dnc.company']);
    expect(usDecide(US.ohio, AT, [scrub('2026-11-20T12:00:00Z'), old], { advertiser: 'globex' }).allowed).toBe(true);
    const again: ContactEvent = { type: 'consent', at: '2026-11-10T12:00:00Z', advertiser: 'acme' };
    expect(usDecide(US.ohio, AT, [scrub('2026-11-20T12:00:00Z'), old, again]).allowed).toBe(true);
  });
});
