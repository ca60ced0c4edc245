// The Swiss pack: LCD/UWG art. 3 al. 1 let. o, u (2012 and 2021 versions), v; art. 23.
import { describe, expect, it } from 'vitest';
import { evaluate, type ContactEvent } from 'callgate';
import { call, codes, exemptions, scrub } from '../intl/support.js';

const ZURICH = '+41446681800';
const MOBILE = '+41791234567';
const CH_CALLER = '+41223456789';
const t = '2026-11-24T12:00:00+01:00';
const dir = (at: string, entry: 'plain' | 'asterisk' | 'none', listed = entry !== 'plain') => scrub('ch-directory', at, listed, { entry });
const ch = (to: string, at: string, o = {}) => call(to, at, { callerId: CH_CALLER, ...o });
const CLEAN: ContactEvent[] = [dir('2026-11-20T12:00:00+01:00', 'plain')];

describe('Switzerland: directory asterisk (LCD art. 3 al. 1 let. u)', () => {
  it('allows a plain directory entry, at any hour (no statutory hours); Europe/Zurich', () => {
    expect(evaluate(ch(ZURICH, '2026-11-24T21:30:00+01:00'), CLEAN)).toMatchObject({ allowed: true, jurisdiction: 'CH', recipient: { timeZone: 'Europe/Zurich' } });
  });
  it('denies an asterisk entry, and since 2021 a number in no directory', () => {
    expect(codes(evaluate(ch(ZURICH, t), [dir('2026-11-20T12:00:00+01:00', 'asterisk')]))).toEqual(['ch.directory.asterisk']);
    expect(codes(evaluate(ch(MOBILE, t), [dir('2026-11-20T12:00:00+01:00', 'none')]))).toEqual(['ch.directory.unlisted']);
  });
  it('2012 version: a number in no directory was not protected until 2020-12-31; it is from 2021-01-01', () => {
    expect(evaluate(ch(MOBILE, '2020-12-31T12:00:00+01:00'), [dir('2020-12-30T12:00:00+01:00', 'none', false)]).allowed).toBe(true);
    expect(codes(evaluate(ch(MOBILE, '2021-01-04T12:00:00+01:00'), [dir('2021-01-02T12:00:00+01:00', 'none', false)]))).toEqual(['ch.directory.unlisted']);
    expect(codes(evaluate(ch(MOBILE, '2020-12-31T12:00:00+01:00'), [dir('2020-12-30T12:00:00+01:00', 'asterisk')]))).toEqual(['ch.directory.asterisk']);
  });
  it('relies on a lookup for 30 days (engine default): 30 fresh, 31 stale', () => {
    expect(evaluate(ch(ZURICH, t), [dir('2026-10-25T12:00:00+01:00', 'plain')]).allowed).toBe(true);
    expect(codes(evaluate(ch(ZURICH, t), [dir('2026-10-24T12:00:00+02:00', 'plain')]))).toEqual(['ch.directory.unchecked']);
  });
  it('customers (12 months) and consenting persons may be called despite the asterisk; an objection ends both', () => {
    const star = dir('2026-11-20T12:00:00+01:00', 'asterisk');
    expect(exemptions(evaluate(ch(ZURICH, t), [{ type: 'customer', at: '2025-11-25T12:00:00+01:00', advertiser: 'acme' }, star]))).toEqual(['ch.exemption.customer']);
    expect(codes(evaluate(ch(ZURICH, t), [{ type: 'customer', at: '2025-11-24T12:00:00+01:00', advertiser: 'acme' }, star]))).toEqual(['ch.directory.asterisk']);
    expect(exemptions(evaluate(ch(ZURICH, t), [{ type: 'consent', at: '2026-11-01T12:00:00Z', advertiser: 'acme' }, star]))).toEqual(['ch.exemption.consent']);
    const objected = evaluate(ch(ZURICH, t), [{ type: 'customer', at: '2026-06-01T12:00:00Z', advertiser: 'acme' }, { type: 'objection', at: '2026-07-01T12:00:00Z', advertiser: 'acme' }, star]);
    expect(codes(objected).sort()).toEqual(['ch.directory.asterisk', 'ch.objection']);
  });
  it('cites art. 23 (the penal sanction) beside a block', () => {
    expect(evaluate(ch(ZURICH, t), []).reasons[0]!.citations.some((c) => c.role === 'sanction' && c.article === 'art. 23 al. 1')).toBe(true);
  });
});

describe('Switzerland: caller number (let. v, from 2021) and mass advertising (let. o)', () => {
  it('denies a withheld or a foreign number from 2021-01-01; not before', () => {
    expect(codes(evaluate(ch(ZURICH, t, { callerId: undefined }), CLEAN))).toEqual(['ch.caller-id.withheld']);
    expect(codes(evaluate(call(ZURICH, t), CLEAN))).toEqual(['ch.caller-id.not-allowed']);
    expect(evaluate(call(ZURICH, '2020-12-31T12:00:00+01:00'), [dir('2020-12-30T12:00:00+01:00', 'plain')]).allowed).toBe(true);
  });
  it('a promotional SMS needs consent or a customer; an automated call a consent covering prerecorded calls', () => {
    const sms = ch(MOBILE, t, { channel: 'sms' });
    expect(codes(evaluate(sms, []))).toEqual(['ch.sms.consent-missing']);
    expect(exemptions(evaluate(sms, [{ type: 'customer', at: '2026-06-01T12:00:00Z', advertiser: 'acme' }]))).toEqual(['ch.exemption.mass-customer']);
    expect(codes(evaluate(ch(ZURICH, t, { prerecorded: true }), [...CLEAN, { type: 'customer', at: '2026-06-01T12:00:00Z', advertiser: 'acme' }]))).toEqual(['ch.prerecorded.consent-missing']);
    expect(evaluate(ch(ZURICH, t, { prerecorded: true }), [...CLEAN, { type: 'consent', at: '2026-06-01T12:00:00Z', advertiser: 'acme', covers: ['prerecorded'] }]).allowed).toBe(true);
  });
});
