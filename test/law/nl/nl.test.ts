import { describe, expect, it } from 'vitest';
import { nlPack } from 'callgate/nl';
import { caller, codes, consent, contract, customer, exemptionCodes } from '../eu-support.js';

const { call, check } = caller(nlPack, '+31201234567', '+31207654321');
const AT = '2026-12-02T10:30:00+01:00';

describe('Netherlands: opt-in for telemarketing (Telecommunicatiewet art. 11.7, from 2021-07-01)', () => {
  it('applies from 2021-07-01, not on 2021-06-30 (the Bel-me-niet era is not encoded)', () => {
    expect(check(call('2021-06-30T10:00:00+02:00')).allowed).toBe(true);
    const d = check(call('2021-07-01T10:00:00+02:00'));
    expect(codes(d)).toEqual(['nl.consent.missing']);
    expect(d.nextAllowedAt).toBeNull();
    expect(d.reasons[0]!.citations.some((c) => c.role === 'sanction' && c.article?.startsWith('art. 15.4'))).toBe(true);
  });

  it('allows a consented call and reports the consent as its basis (art. 11.7)', () => {
    const d = check(call(AT), [consent('2026-11-01T12:00:00+01:00')]);
    expect(d.allowed).toBe(true);
    expect(exemptionCodes(d)).toEqual(['nl.exemption.consent']);
  });

  it('customer exception: a purchase less than 3 years old counts; at the third anniversary it no longer does (Code Telemarketing)', () => {
    const bought = [customer('2023-12-02T12:00:00+01:00')];
    const d = check(call('2026-12-01T23:59:59+01:00'), bought);
    expect(d.allowed).toBe(true);
    expect(exemptionCodes(d)).toEqual(['nl.exemption.customer']);
    expect(codes(check(call('2026-12-02T00:00:00+01:00'), bought))).toEqual(['nl.consent.missing']);
  });

  it('a running contract counts; a contract ended 3 years and a day ago does not (Code Telemarketing)', () => {
    expect(check(call(AT), [contract('2020-01-01T00:00:00+01:00')]).allowed).toBe(true);
    expect(codes(check(call(AT), [contract('2020-01-01T00:00:00+01:00', '2023-12-01T00:00:00+01:00')]))).toEqual(['nl.consent.missing']);
  });

  it('protects sole traders: recipient.kind business is not exempt, only recipient.legalPerson true is (art. 11.7: natural persons)', () => {
    expect(codes(check(call(AT, { recipient: { kind: 'business' } })))).toEqual(['nl.consent.missing']);
    const company = check(call(AT, { recipient: { kind: 'business', legalPerson: true } }));
    expect(company.allowed).toBe(true);
    expect(exemptionCodes(company)).toEqual(['nl.exemption.business']);
  });

  it('has no statutory hours: a consented call on Sunday at 22:00 is allowed', () => {
    expect(check(call('2026-12-06T22:00:00+01:00'), [consent('2026-11-01T12:00:00+01:00')]).allowed).toBe(true);
  });

  it('an objection ends contact even with a customer relationship (recht van verzet; GDPR art. 21)', () => {
    expect(codes(check(call(AT), [customer('2026-06-01T12:00:00+02:00'), { type: 'objection', at: '2026-11-01T12:00:00+01:00', advertiser: 'acme' }]))).toEqual(['nl.objection']);
  });

  it('ignores any opposition-list check: there is no list since 2021-07-01', () => {
    expect(codes(check(call(AT), [{ type: 'opposition-check', at: '2026-11-01T12:00:00+01:00', list: 'bel-me-niet', listed: true }, consent('2026-11-01T12:00:00+01:00')]))).toEqual([]);
  });
});

describe('Netherlands: caller ID, automated calls and SMS (art. 11.7)', () => {
  const consented = [consent('2021-01-01T12:00:00+01:00')];
  it('denies a withheld number from 2021-07-01, not on 2021-06-30 (art. 11.7; Code Telemarketing)', () => {
    expect(check(call('2021-06-30T10:00:00+02:00', { callerId: undefined }), consented).allowed).toBe(true);
    expect(codes(check(call('2021-07-01T10:00:00+02:00', { callerId: undefined }), consented))).toEqual(['nl.caller-id.withheld']);
  });

  it('denies a prerecorded call without consent, also to a legal person (ePrivacy art. 13(1))', () => {
    expect(codes(check(call(AT, { prerecorded: true, recipient: { legalPerson: true } })))).toEqual(['nl.prerecorded.consent-missing']);
  });

  it('denies an SMS without consent; a customer (purchase) is the soft opt-in, an inquiry is not (ePrivacy art. 13(2))', () => {
    const sms = call(AT, { channel: 'sms' });
    expect(codes(check(sms))).toEqual(['nl.sms.consent-missing']);
    expect(exemptionCodes(check(sms, [customer('2019-01-01T12:00:00+01:00')]))).toEqual(['nl.exemption.customer']);
    expect(codes(check(sms, [{ type: 'customer', at: '2026-11-01T12:00:00+01:00', advertiser: 'acme', kind: 'inquiry' }]))).toEqual(['nl.sms.consent-missing']);
  });
});
