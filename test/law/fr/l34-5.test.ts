import { describe, expect, it } from 'vitest';
import { advisoryCodes, call, check, codes, consent, exemptionCodes, scrub, sms } from './helpers.js';

const FIRST_DAY = '2026-08-11T11:00:00+02:00';
const customer = (at: string, advertiser = 'acme') => ({ type: 'customer' as const, at, advertiser });

describe('SMS prospecting (CPCE L.34-5)', () => {
  it('denies an SMS without consent in either era (L.34-5 al. 1)', () => {
    expect(codes(check(sms('2026-08-10T11:00:00+02:00')))).toEqual(['fr.sms.consent-missing']);
    expect(codes(check(sms(FIRST_DAY)))).toEqual(['fr.sms.consent-missing']);
    const d = check(sms('2019-05-14T11:00:00+02:00'));
    expect(codes(d)).toEqual(['fr.sms.consent-missing']);
    expect(d.reasons[0]!.citations[0]!.article).toBe('L.34-5');
  });

  it('allows an SMS with an SMS consent of this advertiser; not with a voice-only consent (L.34-5)', () => {
    const ok = check(sms(FIRST_DAY), [consent('2026-07-01T12:00:00+02:00', { channels: ['sms'] })]);
    expect(ok.allowed).toBe(true);
    expect(exemptionCodes(ok)).toEqual(['fr.exemption.consent']);
    expect(codes(check(sms(FIRST_DAY), [consent('2026-07-01T12:00:00+02:00', { channels: ['voice'] })]))).toEqual(['fr.sms.consent-missing']);
  });

  it('allows an SMS to an existing customer of the same advertiser, not of another (L.34-5 al. 4)', () => {
    const ok = check(sms(FIRST_DAY), [customer('2025-02-01T12:00:00+01:00')]);
    expect(ok.allowed).toBe(true);
    expect(exemptionCodes(ok)).toEqual(['fr.exemption.customer']);
    expect(codes(check(sms(FIRST_DAY), [customer('2025-02-01T12:00:00+01:00', 'other')]))).toEqual(['fr.sms.consent-missing']);
  });

  it('ends the customer exception when the customer withdrew from SMS (L.34-5 al. 4: the means to object)', () => {
    const withdrawn = { type: 'consent-withdrawn' as const, at: '2026-03-01T12:00:00+01:00', advertiser: 'acme', channels: ['sms' as const] };
    expect(codes(check(sms(FIRST_DAY), [customer('2025-02-01T12:00:00+01:00'), withdrawn]))).toEqual(['fr.sms.consent-missing']);
  });

  it('does not bind SMS to the D.223-9 hours: a Sunday SMS is allowed, with a quiet-hours advisory (docs/contract.md §3)', () => {
    const d = check(sms('2026-08-16T11:00:00+02:00'), [consent('2026-07-01T12:00:00+02:00')]);
    expect(d.allowed).toBe(true);
    expect(advisoryCodes(d)).toEqual(['fr.sms.quiet-hours']);
    expect(d.advisories[0]!.until).toBe('2026-08-17T10:00:00+02:00');
  });

  it('the quiet-hours advisory lasts over a weekend and the holiday after it (Whit Monday 2026)', () => {
    const d = check(sms('2026-05-23T11:00:00+02:00'), [consent('2026-01-01T12:00:00+01:00')]);
    expect(d.advisories[0]!.until).toBe('2026-05-26T10:00:00+02:00');
  });

  it('makes quiet hours blocking under options.advisories "block", with nextAllowedAt at the next opening', () => {
    const history = [consent('2026-07-01T12:00:00+02:00')];
    const d = check(sms('2026-08-16T11:00:00+02:00'), history, { advisories: 'block' });
    expect(codes(d)).toEqual(['fr.sms.quiet-hours']);
    expect(d.advisories).toEqual([]);
    // No sanction is cited for good practice.
    expect(d.reasons[0]!.citations.some((c) => c.role === 'sanction')).toBe(false);
    expect(d.nextAllowedAt).toBe('2026-08-17T10:00:00+02:00');
    expect(check(sms(d.nextAllowedAt!), history, { advisories: 'block' }).allowed).toBe(true);
  });

  it('applies L.34-5 to business recipients too (natural persons behind professional numbers: conservative)', () => {
    expect(codes(check(sms(FIRST_DAY, { recipient: { kind: 'business' } })))).toEqual(['fr.sms.consent-missing']);
    expect(check(sms(FIRST_DAY, { purpose: 'non-commercial' })).allowed).toBe(true);
  });

  it('does not count SMS toward the 4-calls cap (D.223-9 governs calls)', () => {
    const texts = ['2026-08-12', '2026-08-13', '2026-08-14', '2026-08-17', '2026-08-18'].map((d) => ({ type: 'attempt' as const, at: `${d}T11:00:00+02:00`, advertiser: 'acme', channel: 'sms' as const }));
    expect(check(call('2026-08-19T11:00:00+02:00'), [consent('2026-07-01T12:00:00+02:00'), ...texts]).allowed).toBe(true);
  });
});

describe('prerecorded calls (CPCE L.34-5 al. 1: automated calling machines)', () => {
  it('denies a prerecorded call without consent in the Bloctel era, even to an unlisted consumer (L.34-5)', () => {
    const d = check(call('2026-08-10T11:00:00+02:00', { prerecorded: true }), [scrub('2026-08-01T09:00:00+02:00')]);
    expect(codes(d)).toEqual(['fr.prerecorded.consent-missing']);
  });

  it('gives both reasons in the opt-in era without consent, and none with one (L.34-5; L.223-1)', () => {
    expect(codes(check(call(FIRST_DAY, { prerecorded: true })))).toEqual(['fr.consent.missing', 'fr.prerecorded.consent-missing']);
    expect(check(call(FIRST_DAY, { prerecorded: true }), [consent('2026-07-01T12:00:00+02:00')]).allowed).toBe(true);
  });

  it('has no customer or contract exception (L.34-5 al. 4 is for electronic mail)', () => {
    const contract = { type: 'contract' as const, id: 'C-1', advertiser: 'acme', start: '2026-01-05T10:00:00+01:00' };
    const d = check(call(FIRST_DAY, { prerecorded: true, contractId: 'C-1' }), [contract, customer('2026-01-05T10:00:00+01:00')]);
    expect(codes(d)).toEqual(['fr.prerecorded.consent-missing']);
  });
});
