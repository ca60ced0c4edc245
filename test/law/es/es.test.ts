import { describe, expect, it } from 'vitest';
import { esPack } from 'callgate/es';
import { caller, check, codes, consent, contract, customer, exemptionCodes } from '../eu-support.js';

const MADRID = '+34912345678';
const TENERIFE = '+34922123456';
const MOBILE = '+34612345678';
const { call, check: decide } = caller(esPack, MADRID, '+34911234567');
const consented = [consent('2026-06-01T12:00:00+02:00')];
const robinson = (at: string, listed = false) => check('es-robinson', at, listed);

describe('Spain: calling hours (TRLGDCU art. 96.2), recipient\'s zone', () => {
  it('blocks 08:59:59 until 09:00 and allows 09:00:00 on a weekday (art. 96.2)', () => {
    const early = decide(call('2026-12-02T08:59:59+01:00'), consented);
    expect(codes(early)).toEqual(['es.hours.outside-window']);
    expect(early.nextAllowedAt).toBe('2026-12-02T09:00:00+01:00');
    expect(decide(call('2026-12-02T09:00:00+01:00'), consented).allowed).toBe(true);
  });

  it('allows 20:59:59 and blocks 21:00 until the next day 09:00 (art. 96.2, half-open window)', () => {
    expect(decide(call('2026-12-02T20:59:59+01:00'), consented).allowed).toBe(true);
    const late = decide(call('2026-12-02T21:00:00+01:00'), consented);
    expect(codes(late)).toEqual(['es.hours.outside-window']);
    expect(late.nextAllowedAt).toBe('2026-12-03T09:00:00+01:00');
  });

  it('blocks weekends until Monday 09:00, and 8 December (Inmaculada Concepción) until the 9th (art. 96.2: "ni festivos o fines de semana")', () => {
    const saturday = decide(call('2026-12-05T11:00:00+01:00'), consented);
    expect(codes(saturday)).toEqual(['es.hours.weekend']);
    // Monday 7 December, then the holiday on Tuesday 8: the next opening is Monday 09:00.
    expect(saturday.nextAllowedAt).toBe('2026-12-07T09:00:00+01:00');
    const holiday = decide(call('2026-12-08T11:00:00+01:00'), consented);
    expect(codes(holiday)).toEqual(['es.hours.public-holiday']);
    expect(holiday.nextAllowedAt).toBe('2026-12-09T09:00:00+01:00');
  });

  it('crosses the spring DST change on the wall clock: Friday 21:00 waits until Monday 09:00 +02:00 (art. 96.2)', () => {
    const consented = [consent('2026-01-05T12:00:00+01:00')];
    const friday = decide(call('2026-03-27T21:00:00+01:00'), consented);
    expect(friday.nextAllowedAt).toBe('2026-03-30T09:00:00+02:00');
    expect(codes(decide(call('2026-03-30T08:59:59+02:00'), consented))).toEqual(['es.hours.outside-window']);
    expect(decide(call('2026-03-30T09:00:00+02:00'), consented).allowed).toBe(true);
    // The Canary Islands change too: 09:00 there is +01:00 in summer.
    expect(decide(call('2026-03-30T09:00:00+01:00', { to: TENERIFE }), consented).allowed).toBe(true);
    expect(codes(decide(call('2026-03-30T08:59:59+01:00', { to: TENERIFE }), consented))).toEqual(['es.hours.outside-window']);
  });

  it('no consent lifts the hours ("en ningún caso", art. 96.2)', () => {
    expect(codes(decide(call('2026-12-02T21:30:00+01:00'), [consent('2026-06-01T12:00:00+02:00', { covers: ['prospecting', 'outside-hours'] })]))).toEqual(['es.hours.outside-window']);
  });

  it('reads a Canary number on Atlantic/Canary: 09:00 there is 10:00 in Madrid (art. 96.2)', () => {
    const at = (iso: string) => decide(call(iso, { to: TENERIFE }), consented);
    expect(codes(at('2026-12-02T08:59:59+00:00'))).toEqual(['es.hours.outside-window']);
    const d = at('2026-12-02T09:00:00+00:00');
    expect(d.allowed).toBe(true);
    expect(d.recipient).toMatchObject({ timeZone: 'Atlantic/Canary', region: 'ES-CN' });
    expect(at('2026-12-02T20:59:59+00:00').allowed).toBe(true);
  });

  it('a mobile without a known region must be inside the window in both zones: 10:00–21:00 Madrid time (art. 96.2)', () => {
    const at = (iso: string, region?: string) => decide(call(iso, region ? { to: MOBILE, recipient: { region } } : { to: MOBILE }), consented);
    const nine = at('2026-12-02T09:30:00+01:00');
    expect(codes(nine)).toEqual(['es.hours.outside-window']);
    expect(nine.recipient?.timeZones).toEqual(['Europe/Madrid', 'Atlantic/Canary']);
    expect(nine.nextAllowedAt).toBe('2026-12-02T10:00:00+01:00');
    expect(at('2026-12-02T10:00:00+01:00').allowed).toBe(true);
    expect(at('2026-12-02T09:30:00+01:00', 'ES-MD').allowed).toBe(true);
    expect(codes(at('2026-12-02T09:30:00+01:00', 'ES-CN'))).toEqual(['es.hours.outside-window']);
  });

  it('exempts calls to businesses from the consumer hours, not from the consent rule (art. 96.2; art. 66.1.b)', () => {
    const d = decide(call('2026-12-05T11:00:00+01:00', { recipient: { kind: 'business' } }), consented);
    expect(d.allowed).toBe(true);
    expect(exemptionCodes(d)).toContain('es.exemption.business');
    expect(codes(decide(call('2026-12-05T11:00:00+01:00', { recipient: { kind: 'business' } }), [robinson('2026-12-01T00:00:00+01:00')]))).toEqual(['es.consent.missing']);
  });
});

describe('Spain: opt-in for commercial calls (Ley 11/2022 art. 66.1.b, from 2023-06-29)', () => {
  const unlisted = [robinson('2023-06-20T00:00:00+02:00')];
  it('applies from 2023-06-29, not on 2023-06-28 (art. 66.1.b and final provision)', () => {
    expect(decide(call('2023-06-28T11:00:00+02:00'), unlisted).allowed).toBe(true);
    const d = decide(call('2023-06-29T11:00:00+02:00'), unlisted);
    expect(codes(d)).toEqual(['es.consent.missing']);
    expect(d.reasons[0]!.citations.some((c) => c.article?.startsWith('art. 66.1.b'))).toBe(true);
    expect(d.nextAllowedAt).toBeNull();
  });

  it('allows a consented call and reports the consent (art. 66.1.b)', () => {
    const d = decide(call('2026-12-02T11:00:00+01:00'), consented);
    expect(d.allowed).toBe(true);
    expect(exemptionCodes(d)).toContain('es.exemption.consent');
  });

  it('customer basis: a contract ended 364 days ago counts, 366 days ago does not (Circular 1/2023: last year)', () => {
    const fresh = [robinson('2026-11-20T00:00:00+01:00')];
    const recent = decide(call('2026-12-02T11:00:00+01:00'), [contract('2024-01-01T00:00:00+01:00', '2025-12-03T00:00:00+01:00'), ...fresh]);
    expect(recent.allowed).toBe(true);
    expect(exemptionCodes(recent)).toContain('es.exemption.customer');
    expect(codes(decide(call('2026-12-02T11:00:00+01:00'), [contract('2024-01-01T00:00:00+01:00', '2025-12-01T00:00:00+01:00'), ...fresh]))).toEqual(['es.consent.missing']);
    expect(decide(call('2026-12-02T11:00:00+01:00'), [customer('2026-01-10T12:00:00+01:00'), ...fresh]).allowed).toBe(true);
  });

  it('a consent two years old must be renewed from 2025-12-28 (Ley 10/2025): one second before, still valid', () => {
    const old = [consent('2024-12-02T11:00:00+01:00')];
    expect(decide(call('2026-12-02T10:59:59+01:00'), old).allowed).toBe(true);
    const d = decide(call('2026-12-02T11:00:00+01:00'), old);
    expect(codes(d)).toEqual(['es.consent.expired', 'es.robinson.unchecked']);
    expect(d.reasons[0]!.facts).toMatchObject({ renewBy: '2026-12-02T11:00:00+01:00' });
    // Before Ley 10/2025, the same age did not matter.
    expect(decide(call('2025-12-26T11:00:00+01:00'), [consent('2023-12-01T11:00:00+01:00')]).allowed).toBe(true);
  });
});

describe('Spain: Lista Robinson (LOPDGDD art. 23.4)', () => {
  const customerCall = (at: string, ...history: ReturnType<typeof robinson>[]) => decide(call(at), [customer('2026-10-01T12:00:00+02:00'), ...history]);

  it('a customer call needs a Robinson check less than 30 days old: 29 days 23:59 fresh, 30 days stale (art. 23.4)', () => {
    expect(customerCall('2026-12-02T11:00:00+01:00', robinson('2026-11-02T11:01:00+01:00')).allowed).toBe(true);
    const stale = customerCall('2026-12-02T11:00:00+01:00', robinson('2026-11-02T11:00:00+01:00'));
    expect(codes(stale)).toEqual(['es.robinson.unchecked']);
    expect(codes(customerCall('2026-12-02T11:00:00+01:00'))).toEqual(['es.robinson.unchecked']);
  });

  it('denies a listed number, even to a customer (art. 23.4)', () => {
    const d = customerCall('2026-12-02T11:00:00+01:00', robinson('2026-11-25T11:00:00+01:00', true));
    expect(codes(d)).toEqual(['es.robinson.listed']);
    expect(d.reasons[0]!.citations.some((c) => c.role === 'sanction')).toBe(true);
  });

  it('needs no consultation when the person consented to this advertiser (art. 23.4 last sentence)', () => {
    expect(decide(call('2026-12-02T11:00:00+01:00'), [robinson('2026-11-25T11:00:00+01:00', true), ...consented]).allowed).toBe(true);
  });

  it('applies to SMS too (direct marketing by any means, art. 23.4)', () => {
    const sms = call('2026-12-05T22:00:00+01:00', { channel: 'sms' });
    expect(codes(decide(sms, [customer('2026-10-01T12:00:00+02:00')]))).toEqual(['es.robinson.unchecked']);
  });
});

describe('Spain: automated calls, SMS and caller ID (LGTel art. 66.1.a, LSSI art. 21, Orden TDF/149/2025)', () => {
  it('denies a prerecorded call without consent, to businesses too (art. 66.1.a; TRLGDCU art. 96.3)', () => {
    expect(codes(decide(call('2026-12-02T11:00:00+01:00', { prerecorded: true, recipient: { kind: 'business' } })))).toContain('es.prerecorded.consent-missing');
    expect(codes(decide(call('2026-12-02T11:00:00+01:00', { prerecorded: true }), consented))).toEqual(['es.prerecorded.consent-missing']);
    expect(decide(call('2026-12-02T11:00:00+01:00', { prerecorded: true }), [consent('2026-06-01T12:00:00+02:00', { covers: ['prospecting', 'prerecorded'] })]).allowed).toBe(true);
  });

  it('denies an SMS without consent or customer relationship; a customer is the art. 21.2 exception', () => {
    const sms = call('2026-12-02T11:00:00+01:00', { channel: 'sms' });
    expect(codes(decide(sms, [robinson('2026-11-25T11:00:00+01:00')]))).toEqual(['es.sms.consent-missing']);
    const d = decide(sms, [customer('2025-01-01T12:00:00+01:00'), robinson('2026-11-25T11:00:00+01:00')]);
    expect(d.allowed).toBe(true);
    expect(exemptionCodes(d)).toContain('es.exemption.customer');
  });

  it('denies a Spanish mobile caller ID from 2025-06-07, not on 2025-06-06 (Orden TDF/149/2025 art. 9)', () => {
    const consented = [consent('2025-01-01T12:00:00+01:00')];
    expect(decide(call('2025-06-06T11:00:00+02:00', { callerId: '+34600111222' }), consented).allowed).toBe(true);
    expect(codes(decide(call('2025-06-09T11:00:00+02:00', { callerId: '+34600111222' }), consented))).toEqual(['es.caller-id.mobile']);
    expect(codes(decide(call('2025-06-09T11:00:00+02:00', { callerId: '711223344' }), consented))).toEqual(['es.caller-id.mobile']);
    expect(codes(decide(call('2025-06-09T11:00:00+02:00', { callerId: undefined }), consented))).toEqual(['es.caller-id.withheld']);
  });

  it('an objection blocks alone, consent or not (GDPR art. 21)', () => {
    expect(codes(decide(call('2026-12-02T11:00:00+01:00'), [...consented, { type: 'objection', at: '2026-11-01T12:00:00+01:00', advertiser: 'acme' }]))).toEqual(['es.objection']);
  });
});
