// The UK pack: PECR regs 19, 21, 21(A1), 21A, 21B, 22; Ofcom persistent-misuse policy.
import { describe, expect, it } from 'vitest';
import { evaluate, type ContactEvent } from 'callgate';
import { createUkPack } from 'callgate/uk';
import { advisories, call, codes, exemptions, scrub } from '../intl/support.js';

const LONDON = '+442079460123';
const MOBILE = '+447400123456';
const t = '2026-11-24T12:00:00Z';
const tps = (at: string, listed = false) => scrub('uk-tps', at, listed);
const CLEAN: ContactEvent[] = [tps('2026-11-20T12:00:00Z')];
const consent = (o: Partial<Extract<ContactEvent, { type: 'consent' }>> = {}): ContactEvent => ({ type: 'consent', at: '2026-10-01T12:00:00Z', advertiser: 'acme', ...o });

describe('UK: numbering', () => {
  it('places GB numbers in Europe/London; Jersey numbers stay unsupported (PECR does not extend there)', () => {
    const d = evaluate(call(LONDON, t), CLEAN);
    expect(d).toMatchObject({ allowed: true, jurisdiction: 'GB', recipient: { timeZone: 'Europe/London' } });
    expect(codes(evaluate(call('+441534123456', t), CLEAN))).toEqual(['input.unsupported-country']);
  });
});

describe('UK: TPS and CTPS (PECR reg. 21(1)(b), 21(3), 21(4))', () => {
  it('denies a TPS-listed number and a number never screened', () => {
    expect(codes(evaluate(call(LONDON, t), [tps('2026-11-20T12:00:00Z', true)]))).toEqual(['uk.tps.listed']);
    expect(codes(evaluate(call(LONDON, t), []))).toEqual(['uk.tps.unchecked']);
  });
  it('relies on a screening for 28 days: 28 days old fresh, 29 stale', () => {
    expect(evaluate(call(LONDON, t), [tps('2026-10-27T23:30:00Z')]).allowed).toBe(true);
    expect(codes(evaluate(call(LONDON, t), [tps('2026-10-26T12:00:00Z')]))).toEqual(['uk.tps.unchecked']);
  });
  it('a corporate subscriber is screened against the CTPS, not the TPS', () => {
    const business = { recipient: { kind: 'business' as const } };
    expect(codes(evaluate(call(LONDON, t, business), CLEAN))).toEqual(['uk.tps.unchecked']);
    expect(codes(evaluate(call(LONDON, t, business), [scrub('uk-ctps', '2026-11-20T12:00:00Z', true)]))).toEqual(['uk.tps.listed']);
  });
  it('reg. 21(4): a non-objection notified to this caller lifts the listing; an existing customer does not (ICO)', () => {
    const listed = [tps('2026-11-20T12:00:00Z', true)];
    expect(exemptions(evaluate(call(LONDON, t), [consent(), ...listed]))).toContain('uk.exemption.consent');
    expect(codes(evaluate(call(LONDON, t), [{ type: 'customer', at: '2026-10-01T12:00:00Z', advertiser: 'acme' }, ...listed]))).toEqual(['uk.tps.listed']);
    expect(codes(evaluate(call(LONDON, t), [consent({ advertiser: 'other' }), ...listed]))).toEqual(['uk.tps.listed']);
  });
  it('market research is not direct marketing', () => {
    expect(exemptions(evaluate(call(LONDON, t, { purpose: 'non-commercial' }), []))).toEqual(['uk.exemption.not-marketing']);
  });
});

describe('UK: objection, caller ID, claims, pensions (reg. 21(1)(a), 21(A1), 21A, 21B)', () => {
  it('honours an objection to this caller at once, on its channel', () => {
    const stop: ContactEvent = { type: 'objection', at: '2026-11-24T11:59:00Z', advertiser: 'acme', channels: ['voice'] };
    expect(codes(evaluate(call(LONDON, t), [...CLEAN, stop]))).toEqual(['uk.objection']);
    expect(evaluate(call(LONDON, t, { advertiser: 'other' }), [...CLEAN, stop]).allowed).toBe(true);
  });
  it('denies a withheld number on every marketing call', () => {
    expect(codes(evaluate(call(LONDON, t, { callerId: undefined }), CLEAN))).toEqual(['uk.caller-id.withheld']);
  });
  it('claims management needs consent from 2018-09-08, TPS or not; before, the TPS rule applied', () => {
    expect(codes(evaluate(call(LONDON, t, { sector: 'claims-management' }), CLEAN))).toEqual(['uk.claims.consent-missing']);
    expect(exemptions(evaluate(call(LONDON, t, { sector: 'claims-management' }), [consent()]))).toEqual(['uk.exemption.claims-consent']);
    expect(evaluate(call(LONDON, '2018-09-07T12:00:00Z', { sector: 'claims-management' }), [tps('2018-09-01T12:00:00Z')]).allowed).toBe(true);
    expect(codes(evaluate(call(LONDON, '2018-09-08T12:00:00Z', { sector: 'claims-management' }), [tps('2018-09-01T12:00:00Z')]))).toEqual(['uk.claims.consent-missing']);
  });
  it('pensions cold calls: denied unless the host is authorised and the subscriber consented', () => {
    expect(codes(evaluate(call(LONDON, t, { sector: 'pensions' }), [consent()]))).toEqual(['uk.pensions.not-permitted']);
    const authorised = { packs: [createUkPack({ pensionsCaller: 'fca-authorised' })] };
    expect(codes(evaluate(call(LONDON, t, { sector: 'pensions' }), CLEAN, authorised))).toEqual(['uk.pensions.not-permitted']);
    expect(exemptions(evaluate(call(LONDON, t, { sector: 'pensions' }), [consent()], authorised))).toEqual(['uk.exemption.pensions-consent']);
  });
});

describe('UK: recorded calls and dialers (reg. 19; Ofcom)', () => {
  it("a recorded marketing call needs a consent covering 'prerecorded'; consent to live calls is not enough", () => {
    expect(codes(evaluate(call(LONDON, t, { prerecorded: true }), [consent()]))).toEqual(['uk.automated.consent-missing']);
    expect(evaluate(call(LONDON, t, { prerecorded: true }), [consent({ covers: ['prerecorded'] })]).allowed).toBe(true);
  });
  it('no automated call within 72 hours of an abandoned call (71:59 blocked until 72:00); a manual call is allowed', () => {
    const abandoned: ContactEvent = { type: 'attempt', at: '2026-11-21T12:00:00Z', advertiser: 'acme', channel: 'voice', outcome: 'abandoned' };
    const d = evaluate(call(LONDON, '2026-11-24T11:59:00Z', { automated: true }), [...CLEAN, abandoned]);
    expect(codes(d)).toEqual(['uk.abandoned.repeat-72h']);
    expect(d.nextAllowedAt).toBe('2026-11-24T12:00:00+00:00');
    expect(d.reasons[0]!.citations.some((c) => c.role === 'sanction' && c.article === 's. 130')).toBe(true);
    expect(evaluate(call(LONDON, '2026-11-24T12:00:00Z', { automated: true }), [...CLEAN, abandoned]).allowed).toBe(true);
    expect(evaluate(call(LONDON, '2026-11-24T11:59:00Z'), [...CLEAN, abandoned]).allowed).toBe(true);
    expect(advisories(evaluate(call(LONDON, t, { automated: true }), CLEAN))).toContain('uk.dialer.abandon-rate');
  });
  it('no statutory hours: a call at 22:00 is allowed with an unsociable-hours advisory', () => {
    const d = evaluate(call(LONDON, '2026-11-24T22:00:00Z'), CLEAN);
    expect(d.allowed).toBe(true);
    expect(advisories(d)).toContain('uk.hours.unsociable');
    expect(advisories(evaluate(call(LONDON, '2026-11-24T20:59:00Z'), CLEAN))).not.toContain('uk.hours.unsociable');
  });
});

describe('UK: marketing texts (reg. 22; DUAA 2025 s. 114)', () => {
  const sms = (at = t, o = {}) => call(MOBILE, at, { channel: 'sms', ...o });
  it('needs consent covering SMS or the soft opt-in of a customer', () => {
    expect(codes(evaluate(sms(), []))).toEqual(['uk.sms.consent-missing']);
    expect(codes(evaluate(sms(), [consent({ channels: ['voice'] })]))).toEqual(['uk.sms.consent-missing']);
    expect(exemptions(evaluate(sms(), [consent({ channels: ['sms'] })]))).toEqual(['uk.exemption.sms-consent']);
    expect(exemptions(evaluate(sms(), [{ type: 'customer', at: '2020-01-01T12:00:00Z', advertiser: 'acme' }]))).toEqual(['uk.exemption.soft-opt-in']);
  });
  it('a charity supporter counts as soft opt-in from 2026-02-05, not the day before', () => {
    const supporter: ContactEvent[] = [{ type: 'customer', at: '2025-06-01T12:00:00Z', advertiser: 'acme' }];
    expect(codes(evaluate(sms('2026-02-04T12:00:00Z', { sector: 'charity' }), supporter))).toEqual(['uk.sms.consent-missing']);
    expect(evaluate(sms('2026-02-05T12:00:00Z', { sector: 'charity' }), supporter).allowed).toBe(true);
  });
  it('texts to corporate subscribers are outside reg. 22; the sanction cited is the ICO regime of the date', () => {
    expect(exemptions(evaluate(sms(t, { recipient: { kind: 'business' } }), []))).toEqual(['uk.exemption.business']);
    const block = evaluate(sms(), []).reasons[0]!;
    expect(block.citations.filter((c) => c.role === 'sanction').map((c) => c.article)).toEqual(['reg. 31 and Sch. 1 (Data Protection Act 1998 s. 55A)', 's. 115 and Sch. 13']);
  });
});

describe('UK: reg. 21B covers calls to individuals only (SI 2018/1396 reg. 2)', () => {
  it('a pensions call to a corporate subscriber falls under reg. 21 (CTPS), not 21B', () => {
    const d = evaluate(call(LONDON, t, { sector: 'pensions', recipient: { kind: 'business' } }), [scrub('uk-ctps', '2026-11-20T12:00:00Z')]);
    expect(d.allowed).toBe(true);
    expect(codes(evaluate(call(LONDON, t, { sector: 'pensions', recipient: { kind: 'business' } }), []))).toEqual(['uk.tps.unchecked']);
  });
});
