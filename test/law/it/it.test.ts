import { describe, expect, it } from 'vitest';
import { itPack } from 'callgate/it';
import { caller, check as scrub, codes, consent, contract, exemptionCodes } from '../eu-support.js';

const { call, check } = caller(itPack, '+390612345678', '+390687654321');
const rpo = (at: string, listed = false) => scrub('it-rpo', at, listed);
// A fresh negative check before each call of the week of 30 November 2026.
const free = [rpo('2026-11-30T08:00:00+01:00')];

describe('Italy: Registro pubblico delle opposizioni (DPR 26/2022 art. 7; Legge 5/2018)', () => {
  it('denies a call with no check, open-ended, citing the register and the sanction (DPR 26/2022; Codice privacy art. 166)', () => {
    const d = check(call('2026-12-02T10:30:00+01:00'));
    expect(codes(d)).toEqual(['it.rpo.unchecked']);
    expect(d.nextAllowedAt).toBeNull();
    expect(d.reasons[0]!.citations.some((c) => c.article === 'art. 7 c. 1')).toBe(true);
    expect(d.reasons[0]!.citations.some((c) => c.role === 'sanction' && c.article?.startsWith('art. 166'))).toBe(true);
  });

  it('relies on a check for 15 days: 14 days 23:59 fresh, 15 days stale (monthly and before each campaign; 15 days)', () => {
    expect(check(call('2026-12-02T10:30:00+01:00'), [rpo('2026-11-17T10:31:00+01:00')]).allowed).toBe(true);
    expect(codes(check(call('2026-12-02T10:30:00+01:00'), [rpo('2026-11-17T10:30:00+01:00')]))).toEqual(['it.rpo.unchecked']);
  });

  it('counts the 15 days on the wall clock across the autumn DST change: 15 days after 10:00 +02:00 is 10:00 +01:00', () => {
    const checked = [rpo('2026-10-20T10:00:00+02:00')];
    expect(check(call('2026-11-04T09:59:59+01:00'), checked).allowed).toBe(true);
    expect(codes(check(call('2026-11-04T10:00:00+01:00'), checked))).toEqual(['it.rpo.unchecked']);
  });

  it('denies a listed number; the latest check counts (art. 7)', () => {
    expect(codes(check(call('2026-12-02T10:30:00+01:00'), [rpo('2026-11-30T08:00:00+01:00', true)]))).toEqual(['it.rpo.listed']);
    expect(check(call('2026-12-02T10:30:00+01:00'), [rpo('2026-10-01T08:00:00+02:00', true), rpo('2026-11-30T08:00:00+01:00')]).allowed).toBe(true);
  });

  it('a contract in progress, or ended 29 days ago, survives the registration; 30 days after its end it does not (Legge 5/2018 art. 1 c. 5)', () => {
    const listed = [rpo('2026-11-30T08:00:00+01:00', true)];
    const running = check(call('2026-12-02T10:30:00+01:00'), [contract('2025-01-01T00:00:00+01:00'), ...listed]);
    expect(running.allowed).toBe(true);
    expect(exemptionCodes(running)).toContain('it.exemption.contract');
    expect(check(call('2026-12-02T10:30:00+01:00'), [contract('2025-01-01T00:00:00+01:00', '2026-11-03T10:31:00+01:00'), ...listed]).allowed).toBe(true);
    expect(codes(check(call('2026-12-02T10:30:00+01:00'), [contract('2025-01-01T00:00:00+01:00', '2026-11-02T10:30:00+01:00'), ...listed]))).toEqual(['it.rpo.listed']);
  });

  it('a consent given after the registration stands; one given before is revoked by it (Legge 5/2018)', () => {
    const after = check(call('2026-12-02T10:30:00+01:00'), [rpo('2026-10-01T08:00:00+02:00', true), consent('2026-10-15T12:00:00+02:00')]);
    expect(after.allowed).toBe(true);
    expect(exemptionCodes(after)).toContain('it.exemption.consent');
    expect(codes(check(call('2026-12-02T10:30:00+01:00'), [consent('2026-09-15T12:00:00+02:00'), rpo('2026-11-30T08:00:00+01:00', true)]))).toEqual(['it.rpo.listed']);
  });

  it('applies to businesses too (the register is open to legal persons)', () => {
    expect(codes(check(call('2026-12-02T10:30:00+01:00', { recipient: { kind: 'business' } })))).toEqual(['it.rpo.unchecked']);
  });
});

describe('Italy: calling hours of the code of conduct (Garante provv. 148/2024, from 2024-09-28)', () => {
  it('weekdays 09:00–20:00: 08:59:59 waits until 09:00, 19:59:59 passes, 20:00 waits until the next morning', () => {
    const early = check(call('2026-12-02T08:59:59+01:00'), free);
    expect(codes(early)).toEqual(['it.hours.outside-window']);
    expect(early.nextAllowedAt).toBe('2026-12-02T09:00:00+01:00');
    expect(check(call('2026-12-02T09:00:00+01:00'), free).allowed).toBe(true);
    expect(check(call('2026-12-02T19:59:59+01:00'), free).allowed).toBe(true);
    expect(check(call('2026-12-02T20:00:00+01:00'), free).nextAllowedAt).toBe('2026-12-03T09:00:00+01:00');
  });

  it('Saturdays 10:00–19:00; Sunday closed; Saturday 19:00 waits until Monday 09:00', () => {
    expect(codes(check(call('2026-12-05T09:59:59+01:00'), free))).toEqual(['it.hours.outside-window']);
    expect(check(call('2026-12-05T10:00:00+01:00'), free).allowed).toBe(true);
    expect(check(call('2026-12-05T18:59:59+01:00'), free).allowed).toBe(true);
    expect(check(call('2026-12-05T19:00:00+01:00'), free).nextAllowedAt).toBe('2026-12-07T10:00:00+01:00');
    expect(codes(check(call('2026-12-06T11:00:00+01:00'), free))).toEqual(['it.hours.weekend']);
  });

  it('the day before a public holiday (prefestivo) uses 10:00–19:00; the holiday itself is closed (8 December)', () => {
    // Monday 7 December is the eve of the Immacolata (Tuesday 8): the Saturday window.
    expect(codes(check(call('2026-12-07T09:30:00+01:00'), free))).toEqual(['it.hours.outside-window']);
    expect(codes(check(call('2026-12-07T19:30:00+01:00'), free))).toEqual(['it.hours.outside-window']);
    expect(check(call('2026-12-07T18:59:59+01:00'), free).allowed).toBe(true);
    const holiday = check(call('2026-12-08T11:00:00+01:00'), [rpo('2026-12-07T08:00:00+01:00')]);
    expect(codes(holiday)).toEqual(['it.hours.public-holiday']);
    expect(holiday.nextAllowedAt).toBe('2026-12-09T09:00:00+01:00');
  });

  it('does not apply before 2024-09-28 (the code binds from then)', () => {
    expect(check(call('2024-09-27T21:00:00+02:00'), [rpo('2024-09-20T08:00:00+02:00')]).allowed).toBe(true);
    expect(codes(check(call('2024-09-28T21:00:00+02:00'), [rpo('2024-09-20T08:00:00+02:00')]))).toEqual(['it.hours.outside-window']);
  });
});

describe('Italy: automated calls, SMS, caller ID (Codice privacy art. 130; code of conduct)', () => {
  it('denies a prerecorded call and an SMS without consent; no customer exception for SMS (art. 130 c. 1–2)', () => {
    expect(codes(check(call('2026-12-02T10:30:00+01:00', { prerecorded: true }), free))).toEqual(['it.prerecorded.consent-missing']);
    expect(codes(check(call('2026-12-02T10:30:00+01:00', { channel: 'sms' }), [{ type: 'customer', at: '2026-01-01T12:00:00+01:00', advertiser: 'acme' }]))).toEqual(['it.sms.consent-missing']);
    expect(check(call('2026-12-06T22:00:00+01:00', { channel: 'sms' }), [consent('2026-01-01T12:00:00+01:00')]).allowed).toBe(true);
  });

  it('denies a withheld number (identifiable and callable numbers, code of conduct)', () => {
    expect(codes(check(call('2026-12-02T10:30:00+01:00', { callerId: undefined }), free))).toEqual(['it.caller-id.withheld']);
  });

  it('an objection blocks alone (GDPR art. 21)', () => {
    expect(codes(check(call('2026-12-02T10:30:00+01:00'), [{ type: 'objection', at: '2026-11-01T12:00:00+01:00', advertiser: 'acme' }]))).toEqual(['it.objection']);
  });
});
