import { describe, expect, it } from 'vitest';
import { dePack } from 'callgate/de';
import { caller, codes, consent, customer, exemptionCodes } from '../eu-support.js';

const { call, check } = caller(dePack, '+4915123456789', '+4930987654');
const AT = '2026-12-02T10:30:00+01:00';

describe('Germany: automatic calling machines and SMS (UWG § 7 Abs. 2 Nr. 2, Abs. 3)', () => {
  it('denies a prerecorded call without consent, also to a business ("Adressat", § 7 Abs. 2 Nr. 2)', () => {
    expect(codes(check(call(AT, { prerecorded: true })))).toEqual(['de.prerecorded.consent-missing']);
    expect(codes(check(call(AT, { prerecorded: true, recipient: { kind: 'business' } })))).toEqual(['de.prerecorded.consent-missing']);
    // A consent to live calls is not enough: it must cover automated calls (conservative reading).
    expect(codes(check(call(AT, { prerecorded: true }), [consent('2026-11-01T12:00:00+01:00')]))).toEqual(['de.prerecorded.consent-missing']);
    expect(check(call(AT, { prerecorded: true }), [consent('2026-11-01T12:00:00+01:00', { covers: ['prospecting', 'prerecorded'] })]).allowed).toBe(true);
  });

  it('treats a predictive dialer with a live agent as a telephone call, not a calling machine (§ 7 Abs. 2 Nr. 1)', () => {
    expect(codes(check(call(AT, { automated: true })))).toEqual(['de.consent.missing']);
  });

  it('denies an SMS without consent, allows it to an existing customer (§ 7 Abs. 3) or with consent (§ 7 Abs. 2 Nr. 2)', () => {
    const sms = call(AT, { channel: 'sms' });
    expect(codes(check(sms))).toEqual(['de.sms.consent-missing']);
    const asCustomer = check(sms, [customer('2020-01-01T12:00:00+01:00')]);
    expect(asCustomer.allowed).toBe(true);
    expect(exemptionCodes(asCustomer)).toEqual(['de.exemption.customer']);
    expect(exemptionCodes(check(sms, [consent('2026-11-01T12:00:00+01:00', { channels: ['sms'] })]))).toEqual(['de.exemption.consent']);
  });

  it('a voice-only consent does not cover SMS (§ 7 Abs. 2 Nr. 2)', () => {
    expect(codes(check(call(AT, { channel: 'sms' }), [consent('2026-11-01T12:00:00+01:00', { channels: ['voice'] })]))).toEqual(['de.sms.consent-missing']);
  });
});

describe('Germany: caller ID (TKG 2004 § 102 Abs. 2 → TTDSG § 15 Abs. 2 → TDDDG § 15 Abs. 2; TKG § 120 Abs. 2)', () => {
  const consented = [consent('2009-01-01T12:00:00+01:00')];

  it('denies a withheld number on an advertising call, citing the text of each date (§ 102 TKG, § 15 TTDSG, § 15 TDDDG)', () => {
    const on = (at: string) => check(call(at, { callerId: undefined }), consented);
    expect(codes(on('2021-11-30T10:00:00+01:00'))).toEqual(['de.caller-id.withheld']);
    expect(on('2021-11-30T10:00:00+01:00').reasons[0]!.citations[0]!.instrument).toMatch(/TKG/);
    expect(on('2021-12-01T10:00:00+01:00').reasons[0]!.citations[0]!.instrument).toMatch(/TTDSG/);
    expect(on('2024-05-13T10:00:00+02:00').reasons[0]!.citations[0]!.instrument).toMatch(/TTDSG/);
    const tdddg = on('2024-05-14T10:00:00+02:00').reasons[0]!;
    expect(tdddg.citations[0]!.instrument).toMatch(/TDDDG/);
    expect(tdddg.citations.some((c) => c.role === 'sanction' && c.article?.startsWith('§ 28'))).toBe(true);
  });

  it('denies a withheld number to a business too (any advertising call, § 15 Abs. 2 TDDDG)', () => {
    expect(codes(check(call(AT, { callerId: undefined, recipient: { kind: 'business' } })))).toEqual(['de.caller-id.withheld']);
  });

  it('denies presenting 0900, 0137, 118xy, 110 or 112, from 2021-12-01 (TKG § 120 Abs. 2)', () => {
    for (const callerId of ['+499001234567', '01371234567', '+4911833', '110', '112']) {
      expect(codes(check(call(AT, { callerId }), consented)), callerId).toEqual(['de.caller-id.not-allowed']);
    }
    expect(check(call('2021-11-30T10:00:00+01:00', { callerId: '+499001234567' }), consented).allowed).toBe(true);
    expect(check(call(AT, { callerId: '+4930987654' }), consented).allowed).toBe(true);
  });
});
