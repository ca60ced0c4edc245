import { parsePhoneNumberFromString } from 'libphonenumber-js/max';
import { describe, expect, it } from 'vitest';
import { NPV_RANGES } from 'callgate/fr';
import { advisoryCodes, call, check, codes, consent, masked, sms } from './helpers.js';

const FIRST_DAY = '2026-08-11T11:00:00+02:00';
const consented = [consent('2026-07-01T12:00:00+02:00')];

describe('masked number (C. consom. L.221-17)', () => {
  it('denies a call to a consumer with no number presented', () => {
    const d = check(masked(call(FIRST_DAY)), consented);
    expect(codes(d)).toEqual(['fr.caller-id.withheld']);
    expect(d.reasons[0]!.citations[0]!.article).toBe('L.221-17');
    expect(codes(check(call(FIRST_DAY, { callerId: '  ' }), consented))).toEqual(['fr.caller-id.withheld']);
  });

  it('allows a manual call presenting a mobile: the numbering rule binds automated systems only', () => {
    expect(check(call(FIRST_DAY, { callerId: '+33612000000' }), consented).allowed).toBe(true);
  });

  it('does not apply to a business recipient', () => {
    expect(check(masked(call(FIRST_DAY, { recipient: { kind: 'business' } }))).allowed).toBe(true);
  });
});

describe('numbers of automated systems (Arcep décision n° 2022-1583, from 2023-01-01)', () => {
  it('uses valid French numbers in its tests and its NPV table (libphonenumber-js/max)', () => {
    for (const n of ['+33162123456', '+33948123456', '+590947512345', '+262947812345', '+590690301234']) {
      expect(parsePhoneNumberFromString(n)?.isValid()).toBe(true);
    }
    expect(Object.keys(NPV_RANGES)).toContain('metropolitan');
  });

  it('denies a dialer call presenting a mobile, a geographic or another 09 number, listing the allowed ranges', () => {
    for (const callerId of ['+33612000000', '+33175123456', '0937123456']) {
      const d = check(call(FIRST_DAY, { automated: true, callerId }), consented);
      expect(codes(d)).toEqual(['fr.caller-id.not-allowed']);
      expect(d.reasons[0]!.facts.allowed).toEqual(expect.arrayContaining(['0162', '0949', '09475', '09479']));
    }
  });

  it('allows a dialer call presenting an NPV number, metropolitan or overseas', () => {
    for (const callerId of ['+33162123456', '0948123456', '+590947512345', '+262947812345']) {
      expect(check(call(FIRST_DAY, { automated: true, callerId }), consented).allowed).toBe(true);
    }
  });

  it('applies from 2023-01-01, not on 2022-12-30, and to businesses and non-commercial calls alike (CE n° 489787)', () => {
    const scrubbed = [{ type: 'opposition-check' as const, at: '2022-12-20T09:00:00+01:00', list: 'bloctel', listed: false }];
    expect(check(call('2022-12-30T11:00:00+01:00', { automated: true, callerId: '+33612000000' }), scrubbed).allowed).toBe(true);
    expect(codes(check(call('2023-01-02T11:00:00+01:00', { automated: true, callerId: '+33612000000' }), scrubbed))).toEqual(['fr.caller-id.not-allowed']);
    expect(codes(check(call(FIRST_DAY, { automated: true, callerId: '+33612000000', purpose: 'non-commercial' })))).toEqual(['fr.caller-id.not-allowed']);
    expect(codes(check(call(FIRST_DAY, { automated: true, callerId: '+33612000000', recipient: { kind: 'business' } })))).toEqual(['fr.caller-id.not-allowed']);
  });

  it('gives both reasons for a withheld dialer call to a consumer (L.221-17; Arcep)', () => {
    expect(codes(check(masked(call(FIRST_DAY, { automated: true })), consented)).sort()).toEqual(['fr.caller-id.not-allowed', 'fr.caller-id.withheld']);
  });

  it('SMS platforms: NPV and short codes pass, a mobile does not, an alphanumeric sender is an advisory (gap)', () => {
    const smsConsent = [consent('2026-07-01T12:00:00+02:00', { channels: ['sms'] })];
    expect(check(sms(FIRST_DAY, { automated: true, callerId: '38123' }), smsConsent).allowed).toBe(true);
    expect(check(sms(FIRST_DAY, { automated: true, callerId: '+33162123456' }), smsConsent).allowed).toBe(true);
    expect(codes(check(sms(FIRST_DAY, { automated: true, callerId: '+33612000000' }), smsConsent))).toEqual(['fr.caller-id.not-allowed']);
    const alpha = check(sms(FIRST_DAY, { automated: true, callerId: 'ACME' }), smsConsent);
    expect(alpha.allowed).toBe(true);
    expect(advisoryCodes(alpha)).toEqual(['fr.caller-id.unverified-sender']);
    expect(codes(check(sms(FIRST_DAY, { automated: true, callerId: 'ACME' }), smsConsent, { advisories: 'block' }))).toEqual(['fr.caller-id.unverified-sender']);
  });
});
