import { describe, expect, it } from 'vitest';
import { dePack } from 'callgate/de';
import { advisoryCodes, caller, codes, consent, customer, contract, exemptionCodes, objection } from '../eu-support.js';

const { call, check } = caller(dePack, '+4930123456', '+4930987654');
// Wednesday 2 December 2026, 10:30 Berlin.
const AT = '2026-12-02T10:30:00+01:00';

describe('Germany: consumer opt-in (UWG § 7 Abs. 2 Nr. 1; Nr. 2 until 2022-05-27)', () => {
  it('denies a promotional call to a consumer without prior express consent, open-ended (§ 7 Abs. 2 Nr. 1, § 20 sanction)', () => {
    const d = check(call(AT));
    expect(codes(d)).toEqual(['de.consent.missing']);
    expect(d.nextAllowedAt).toBeNull();
    const cites = d.reasons[0]!.citations;
    expect(cites.some((c) => c.article === '§ 7 Abs. 2 Nr. 1')).toBe(true);
    expect(cites.some((c) => c.role === 'sanction' && c.article?.startsWith('§ 20 Abs. 1 Nr. 1'))).toBe(true);
  });

  it('allows it with a documented consent of this advertiser, and reports the consent as the legal basis (§ 7 Abs. 2 Nr. 1)', () => {
    const d = check(call(AT), [consent('2026-11-01T12:00:00+01:00')]);
    expect(d.allowed).toBe(true);
    expect(exemptionCodes(d)).toEqual(['de.exemption.consent']);
  });

  it('does not take a customer relationship or a contract as consent for calls (§ 7 Abs. 3 covers electronic mail only)', () => {
    expect(codes(check(call(AT), [customer('2026-11-01T12:00:00+01:00'), contract('2026-01-01T00:00:00+01:00')]))).toEqual(['de.consent.missing']);
  });

  it('does not count a consent given to another advertiser; a withdrawn one is an objection, reported alone (§ 7 Abs. 2 Nr. 1; § 7 Abs. 1 Satz 2)', () => {
    expect(codes(check(call(AT), [consent('2026-11-01T12:00:00+01:00', { advertiser: 'other' })]))).toEqual(['de.consent.missing']);
    expect(codes(check(call(AT), [consent('2026-11-01T12:00:00+01:00'), { type: 'consent-withdrawn', at: '2026-11-20T12:00:00+01:00', advertiser: 'acme' }]))).toEqual(['de.objection']);
  });

  it('a consent given one second after the call does not count (prior consent, § 7 Abs. 2 Nr. 1)', () => {
    expect(codes(check(call(AT), [consent('2026-12-02T10:30:01+01:00')]))).toEqual(['de.consent.missing']);
    expect(check(call(AT), [consent('2026-12-02T10:30:00+01:00')]).allowed).toBe(true);
  });

  it('exempts a business (presumed consent) with an advisory that the host must have concrete grounds (§ 7 Abs. 2 Nr. 1)', () => {
    const d = check(call(AT, { recipient: { kind: 'business' } }));
    expect(d.allowed).toBe(true);
    expect(exemptionCodes(d)).toEqual(['de.exemption.business']);
    expect(advisoryCodes(d)).toEqual(['de.business.presumed-consent']);
  });

  it('exempts a non-commercial call (§ 7 UWG governs advertising only)', () => {
    const d = check(call(AT, { purpose: 'non-commercial' }));
    expect(d.allowed).toBe(true);
    expect(exemptionCodes(d)).toEqual(['de.exemption.not-prospecting']);
  });

  it('applies the old numbering (§ 7 Abs. 2 Nr. 2) on 2022-05-27 and Nr. 1 on 2022-05-28', () => {
    const before = check(call('2022-05-27T10:00:00+02:00'));
    const after = check(call('2022-05-28T10:00:00+02:00'));
    expect(codes(before)).toEqual(['de.consent.missing']);
    expect(before.reasons[0]!.citations[0]!.article).toBe('§ 7 Abs. 2 Nr. 2 (version until 2022-05-27)');
    expect(after.reasons[0]!.citations[0]!.article).toBe('§ 7 Abs. 2 Nr. 1');
  });

  it('has no calling hours: a consented call on a Sunday night is allowed (no hours in German law)', () => {
    expect(check(call('2026-12-06T23:30:00+01:00'), [consent('2026-11-01T12:00:00+01:00')]).allowed).toBe(true);
  });
});

describe('Germany: documentation of consent (UWG § 7a, since 2021-10-01)', () => {
  it('denies a call relying on a consent without proof from 2021-10-01, and not on 2021-09-30 (§ 7a, § 20 Abs. 1 Nr. 2)', () => {
    const noProof = { type: 'consent', at: '2021-01-01T12:00:00+01:00', advertiser: 'acme' } as const;
    const d = check(call('2021-10-01T10:00:00+02:00'), [noProof]);
    expect(codes(d)).toEqual(['de.consent.undocumented']);
    expect(d.reasons[0]!.citations.some((c) => c.role === 'sanction' && c.article?.includes('50 000'))).toBe(true);
    expect(d.reasons[0]!.facts).toMatchObject({ keepProofUntil: '2026-10-01T10:00:00+02:00' });
    expect(check(call('2021-09-30T10:00:00+02:00'), [noProof]).allowed).toBe(true);
  });
});

describe('Germany: objection (UWG § 7 Abs. 1 Satz 2, GDPR art. 21)', () => {
  it('denies any commercial contact after an objection, even with an earlier consent, and reports it alone', () => {
    const d = check(call(AT), [consent('2026-10-01T12:00:00+02:00'), objection('2026-11-01T12:00:00+01:00')]);
    expect(codes(d)).toEqual(['de.objection']);
  });
});
