// The Belgian pack: CDE art. VI.110 et seq. ("Ne m'appelez plus"), automated calls, SMS, GDPR art. 21.
import { describe, expect, it } from 'vitest';
import { evaluate, type ContactEvent } from 'callgate';
import { advisories, call, codes, exemptions, scrub } from '../intl/support.js';

const BRUSSELS = '+3222345678';
const MOBILE = '+32471123456';
const t = '2026-11-24T12:00:00+01:00';
const dncm = (at: string, listed = false) => scrub('be-dncm', at, listed);
const CLEAN: ContactEvent[] = [dncm('2026-11-23T12:00:00+01:00')];

describe('Belgium: "Ne m\'appelez plus" (CDE art. VI.110 et seq.)', () => {
  it('allows an unlisted, freshly checked number at any hour (no statutory hours); Europe/Brussels', () => {
    const d = evaluate(call(BRUSSELS, '2026-11-24T22:30:00+01:00'), CLEAN);
    expect(d).toMatchObject({ allowed: true, jurisdiction: 'BE', recipient: { timeZone: 'Europe/Brussels' } });
  });
  it('denies a listed number and a number never checked, companies included, customers included', () => {
    expect(codes(evaluate(call(BRUSSELS, t), [dncm('2026-11-23T12:00:00+01:00', true)]))).toEqual(['be.opposition.listed']);
    expect(codes(evaluate(call(BRUSSELS, t, { recipient: { kind: 'business' } }), [dncm('2026-11-23T12:00:00+01:00', true)]))).toEqual(['be.opposition.listed']);
    expect(codes(evaluate(call(BRUSSELS, t), [{ type: 'customer', at: '2026-01-01T12:00:00Z', advertiser: 'acme' }]))).toEqual(['be.opposition.unchecked']);
  });
  it('relies on a download for 5 × 24 hours: 4 days 23:59 fresh, 5 days stale', () => {
    expect(evaluate(call(BRUSSELS, t), [dncm('2026-11-19T12:01:00+01:00')]).allowed).toBe(true);
    expect(codes(evaluate(call(BRUSSELS, t), [dncm('2026-11-19T12:00:00+01:00')]))).toEqual(['be.opposition.unchecked']);
  });
  it('a consent lifts a listing only when given after the first check that found the number listed', () => {
    const listed = dncm('2026-11-10T12:00:00+01:00', true);
    const consent = (at: string): ContactEvent => ({ type: 'consent', at, advertiser: 'acme', channels: ['voice'] });
    expect(codes(evaluate(call(BRUSSELS, t), [consent('2026-11-01T12:00:00+01:00'), listed, dncm('2026-11-23T12:00:00+01:00', true)]))).toEqual(['be.opposition.listed']);
    const after = evaluate(call(BRUSSELS, t), [listed, consent('2026-11-12T12:00:00+01:00'), dncm('2026-11-23T12:00:00+01:00', true)]);
    expect(after.allowed).toBe(true);
    expect(exemptions(after)).toEqual(['be.exemption.consent']);
  });
  it('appointment confirmations are not direct marketing', () => {
    expect(exemptions(evaluate(call(BRUSSELS, t, { purpose: 'contract' }), []))).toEqual(['be.exemption.not-prospecting']);
  });
  it('cites the sanction of Book XV beside a block', () => {
    expect(evaluate(call(BRUSSELS, t), []).reasons[0]!.citations.some((c) => c.role === 'sanction' && c.article === 'XV.83')).toBe(true);
  });
});

describe('Belgium: automated calls, SMS, objection, caller identity', () => {
  it("an automated call without human intervention needs a specific consent ('prerecorded')", () => {
    expect(codes(evaluate(call(BRUSSELS, t, { prerecorded: true }), CLEAN))).toEqual(['be.prerecorded.consent-missing']);
    expect(evaluate(call(BRUSSELS, t, { prerecorded: true }), [...CLEAN, { type: 'consent', at: '2026-11-01T12:00:00Z', advertiser: 'acme', covers: ['prerecorded'] }]).allowed).toBe(true);
    expect(evaluate(call(BRUSSELS, t, { automated: true }), CLEAN).allowed).toBe(true);
  });
  it('a marketing SMS needs consent or an existing customer; the list does not apply to SMS', () => {
    const sms = call(MOBILE, t, { channel: 'sms' });
    expect(codes(evaluate(sms, []))).toEqual(['be.sms.consent-missing']);
    expect(exemptions(evaluate(sms, [{ type: 'customer', at: '2026-01-01T12:00:00Z', advertiser: 'acme' }]))).toEqual(['be.exemption.customer']);
    expect(exemptions(evaluate(sms, [{ type: 'consent', at: '2026-01-01T12:00:00Z', advertiser: 'acme', channels: ['sms'] }]))).toEqual(['be.exemption.sms-consent']);
  });
  it('an objection to this advertiser blocks at once (GDPR art. 21)', () => {
    const d = evaluate(call(BRUSSELS, t), [...CLEAN, { type: 'objection', at: '2026-11-24T11:00:00+01:00', advertiser: 'acme' }]);
    expect(codes(d)).toEqual(['be.objection']);
  });
  it('a withheld number draws an advisory only (no Belgian text requires a number)', () => {
    const d = evaluate(call(BRUSSELS, t, { callerId: undefined }), CLEAN);
    expect(d.allowed).toBe(true);
    expect(advisories(d)).toEqual(['be.caller-id.withheld']);
  });
});
