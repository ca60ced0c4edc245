import { describe, expect, it } from 'vitest';
import { call, check, codes, consent, scrub, sms } from './helpers.js';

const FIRST_DAY = '2026-08-11T11:00:00+02:00';
const objection = (at: string, channels?: Array<'voice' | 'sms'>) =>
  channels === undefined ? { type: 'objection' as const, at, advertiser: 'acme' } : { type: 'objection' as const, at, advertiser: 'acme', channels };

describe('objection (RGPD art. 21(3); loi 78-17 art. 38 before 2018-05-25; L.223-1 2026: revocable consent)', () => {
  it('blocks permanently whatever the earlier consent, and adds no fr.consent.missing (docs/contract.md §3)', () => {
    const d = check(call(FIRST_DAY), [consent('2026-07-01T12:00:00+02:00'), objection('2026-08-01T12:00:00+02:00')]);
    expect(codes(d)).toEqual(['fr.objection']);
    expect(d.reasons[0]!.until).toBeNull();
    expect(d.nextAllowedAt).toBeNull();
    expect(d.reasons[0]!.citations.map((c) => c.article)).toEqual(expect.arrayContaining(['art. 21', 'L.223-1']));
  });

  it('is re-opened by a later consent of the recipient (RGPD art. 7, 21)', () => {
    const history = [objection('2026-08-01T12:00:00+02:00'), consent('2026-08-05T12:00:00+02:00')];
    expect(check(call(FIRST_DAY), history).allowed).toBe(true);
  });

  it('covers only the channels it names; all by default (RGPD art. 21)', () => {
    const voiceOnly = [consent('2026-07-01T12:00:00+02:00'), objection('2026-08-01T12:00:00+02:00', ['voice'])];
    expect(codes(check(call(FIRST_DAY), voiceOnly))).toEqual(['fr.objection']);
    expect(check(sms(FIRST_DAY), voiceOnly).allowed).toBe(true);
    const all = [consent('2026-07-01T12:00:00+02:00'), objection('2026-08-01T12:00:00+02:00')];
    expect(codes(check(sms(FIRST_DAY), all))).toEqual(['fr.objection']);
  });

  it('binds only the advertiser objected to (RGPD art. 21)', () => {
    const theirs = { type: 'objection' as const, at: '2026-08-01T12:00:00+02:00', advertiser: 'other' };
    expect(check(call(FIRST_DAY), [consent('2026-07-01T12:00:00+02:00'), theirs]).allowed).toBe(true);
  });

  it('also blocks a contract call and a call to a business; not a non-commercial call (RGPD art. 21)', () => {
    const contract = { type: 'contract' as const, id: 'C-1', advertiser: 'acme', start: '2026-01-05T10:00:00+01:00' };
    expect(codes(check(call(FIRST_DAY, { contractId: 'C-1' }), [contract, objection('2026-08-01T12:00:00+02:00')]))).toEqual(['fr.objection']);
    expect(codes(check(call(FIRST_DAY, { recipient: { kind: 'business' } }), [objection('2026-08-01T12:00:00+02:00')]))).toEqual(['fr.objection']);
    expect(check(call(FIRST_DAY, { purpose: 'non-commercial' }), [objection('2026-08-01T12:00:00+02:00')]).allowed).toBe(true);
  });

  it('applies in the Bloctel era beside the listing, citing the law of the day (RGPD art. 21; loi 78-17 art. 38)', () => {
    const d2025 = check(call('2025-03-11T11:00:00+01:00'), [scrub('2025-03-01T09:00:00+01:00'), objection('2025-01-01T12:00:00+01:00')]);
    expect(codes(d2025)).toEqual(['fr.objection']);
    expect(d2025.reasons[0]!.citations[0]!.article).toBe('art. 21');
    const d2017 = check(call('2017-03-14T11:00:00+01:00'), [scrub('2017-03-01T09:00:00+01:00'), objection('2017-01-01T12:00:00+01:00')]);
    expect(d2017.reasons[0]!.citations[0]!.instrument).toBe('Loi n° 78-17 du 6 janvier 1978');
  });

  it('a refusal during a call is not an objection: cooldown only (D.223-9 al. 4; docs/contract.md §3)', () => {
    const d = check(call(FIRST_DAY), [consent('2026-07-01T12:00:00+02:00'), { type: 'refusal', at: '2026-08-01T12:00:00+02:00', advertiser: 'acme' }]);
    expect(codes(d)).toEqual(['fr.refusal.cooldown']);
  });
});
