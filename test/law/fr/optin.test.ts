import { describe, expect, it } from 'vitest';
import { advisoryCodes, call, check, codes, consent, exemptionCodes } from './helpers.js';

// Tuesday 11 August 2026, 11:00 Paris: first day of the opt-in regime.
const FIRST_DAY = '2026-08-11T11:00:00+02:00';
const contract = (extra: Record<string, string> = {}) => ({ type: 'contract' as const, id: 'C-1', advertiser: 'acme', start: '2026-01-05T10:00:00+01:00', ...extra });

describe('prior consent to phone prospecting (C. consom. L.223-1, version of loi n° 2025-594, from 2026-08-11)', () => {
  it('denies a call without consent on 2026-08-11, with no date to retry (L.223-1 al. 1)', () => {
    const d = check(call(FIRST_DAY));
    expect(codes(d)).toEqual(['fr.consent.missing']);
    expect(d.reasons[0]!.until).toBeNull();
    expect(d.nextAllowedAt).toBeNull();
    expect(d.reasons[0]!.citations.map((c) => c.url)).toContain('https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000051830285');
  });

  it('allows a call with a prior consent to this advertiser and says so in exemptions (L.223-1 al. 1-3)', () => {
    const d = check(call(FIRST_DAY), [consent('2026-07-01T12:00:00+02:00', { proof: 'form-42' })]);
    expect(d.allowed).toBe(true);
    expect(exemptionCodes(d)).toEqual(['fr.exemption.consent']);
    expect(d.exemptions[0]!.facts).toMatchObject({ proof: 'form-42' });
  });

  it('does not count a consent given after the attempt, nor one given to another advertiser (L.223-1 al. 1 "préalablement")', () => {
    expect(codes(check(call(FIRST_DAY), [consent('2026-08-11T11:00:01+02:00')]))).toEqual(['fr.consent.missing']);
    expect(codes(check(call(FIRST_DAY), [{ type: 'consent', at: '2026-07-01T12:00:00+02:00', advertiser: 'other' }]))).toEqual(['fr.consent.missing']);
  });

  it('counts a consent given at the very instant of the attempt (at or before)', () => {
    expect(check(call(FIRST_DAY), [consent(FIRST_DAY)]).allowed).toBe(true);
  });

  it('does not count a consent that covers only SMS, or only outside-hours calls (L.223-1 al. 2 "spécifique")', () => {
    expect(codes(check(call(FIRST_DAY), [consent('2026-07-01T12:00:00+02:00', { channels: ['sms'] })]))).toEqual(['fr.consent.missing']);
    expect(codes(check(call(FIRST_DAY), [consent('2026-07-01T12:00:00+02:00', { covers: ['outside-hours'] })]))).toEqual(['fr.consent.missing']);
  });

  it('a withdrawn consent is absent, and a later consent re-opens (L.223-1 al. 2 "révocable")', () => {
    const withdrawn = { type: 'consent-withdrawn' as const, at: '2026-08-01T12:00:00+02:00', advertiser: 'acme' };
    const d = check(call(FIRST_DAY), [consent('2026-07-01T12:00:00+02:00'), withdrawn]);
    expect(codes(d)).toEqual(['fr.consent.missing']);
    expect(d.reasons[0]!.facts).toMatchObject({ lastConsentStatus: 'withdrawn' });
    expect(check(call(FIRST_DAY), [consent('2026-07-01T12:00:00+02:00'), withdrawn, consent('2026-08-05T12:00:00+02:00')]).allowed).toBe(true);
  });

  it('an expired consent is absent: expiresAt at the attempt is expired, one second later it was not (L.223-1)', () => {
    const at = FIRST_DAY;
    const expiredNow = check(call(at), [consent('2026-01-01T12:00:00+01:00', { expiresAt: at })]);
    expect(codes(expiredNow)).toEqual(['fr.consent.missing']);
    expect(expiredNow.reasons[0]!.facts).toMatchObject({ lastConsentStatus: 'expired' });
    expect(check(call(at), [consent('2026-01-01T12:00:00+01:00', { expiresAt: '2026-08-11T11:00:01+02:00' })]).allowed).toBe(true);
  });

  it('exempts a call within a contract in progress; not one ended the day before; not one named but unknown (L.223-1 al. 4)', () => {
    const ok = check(call(FIRST_DAY, { contractId: 'C-1' }), [contract()]);
    expect(ok.allowed).toBe(true);
    expect(exemptionCodes(ok)).toEqual(['fr.exemption.contract']);
    expect(check(call(FIRST_DAY, { purpose: 'contract' }), [contract()]).allowed).toBe(true);
    const ended = check(call(FIRST_DAY, { contractId: 'C-1' }), [contract({ end: '2026-08-10T12:00:00+02:00' })]);
    expect(codes(ended)).toEqual(['fr.consent.missing']);
    expect(codes(check(call(FIRST_DAY, { contractId: 'C-2' }), [contract()]))).toEqual(['fr.consent.missing']);
    // A contract that starts after the attempt is not in progress.
    expect(codes(check(call(FIRST_DAY, { contractId: 'C-1' }), [contract({ start: '2026-08-12T10:00:00+02:00' })]))).toEqual(['fr.consent.missing']);
  });

  it('still applies the hours, cap and cooldown to consented and contract calls (D.223-9)', () => {
    const sunday = check(call('2026-08-16T11:00:00+02:00'), [consent('2026-07-01T12:00:00+02:00')]);
    expect(codes(sunday)).toEqual(['fr.hours.weekend']);
    const attempts = ['2026-08-12', '2026-08-13', '2026-08-14', '2026-08-17'].map((d) => ({ type: 'attempt' as const, at: `${d}T11:00:00+02:00`, advertiser: 'acme', channel: 'voice' as const }));
    const capped = check(call('2026-08-18T11:00:00+02:00', { contractId: 'C-1' }), [contract(), ...attempts]);
    expect(codes(capped)).toEqual(['fr.frequency.limit']);
  });

  it('lists every reason: Sunday without consent gives the weekend and the missing consent (D.223-9; L.223-1)', () => {
    expect(codes(check(call('2026-08-16T11:00:00+02:00'))).sort()).toEqual(['fr.consent.missing', 'fr.hours.weekend']);
  });

  it('exempts press subscriptions by default with an advisory, and requires consent under pressExemption "consent" (L.223-5)', () => {
    const d = check(call(FIRST_DAY, { sector: 'press' }));
    expect(d.allowed).toBe(true);
    expect(exemptionCodes(d)).toEqual(['fr.exemption.press']);
    expect(advisoryCodes(d)).toEqual(['fr.press.consent-unsettled']);
    const strict = check(call(FIRST_DAY, { sector: 'press' }), [], { pressExemption: 'consent' });
    expect(codes(strict)).toEqual(['fr.consent.missing']);
    const consented = check(call(FIRST_DAY, { sector: 'press' }), [consent('2026-07-01T12:00:00+02:00')]);
    expect(exemptionCodes(consented)).toEqual(['fr.exemption.consent']);
    expect(advisoryCodes(consented)).toEqual([]);
  });

  it('does not require consent for a business or a non-commercial call (L.223-1 protects consumers)', () => {
    expect(check(call(FIRST_DAY, { recipient: { kind: 'business' } })).allowed).toBe(true);
    expect(check(call(FIRST_DAY, { purpose: 'non-commercial' })).allowed).toBe(true);
  });
});

describe('consent age (no legal maximum known; options.consentAgeAdvisory / consentMaxAge)', () => {
  const old = consent('2025-08-11T11:00:00+02:00');

  it('flags a consent one year old as an advisory, not a block, by default', () => {
    const d = check(call(FIRST_DAY), [old]);
    expect(d.allowed).toBe(true);
    expect(advisoryCodes(d)).toEqual(['fr.consent.ageing']);
    expect(advisoryCodes(check(call(FIRST_DAY), [consent('2025-08-11T11:00:01+02:00')]))).toEqual([]);
  });

  it('honours consentAgeAdvisory (days or ISO duration) and false', () => {
    expect(advisoryCodes(check(call(FIRST_DAY), [consent('2026-05-13T11:00:00+02:00')], { consentAgeAdvisory: 90 }))).toEqual(['fr.consent.ageing']);
    expect(advisoryCodes(check(call(FIRST_DAY), [consent('2026-05-14T11:00:00+02:00')], { consentAgeAdvisory: 'P90D' }))).toEqual([]);
    expect(advisoryCodes(check(call(FIRST_DAY), [old], { consentAgeAdvisory: false }))).toEqual([]);
  });

  it('consentMaxAge makes an older consent absent (fr.consent.missing, status expired)', () => {
    const d = check(call(FIRST_DAY), [consent('2026-02-11T11:00:00+01:00')], { consentMaxAge: 'P6M' });
    expect(codes(d)).toEqual(['fr.consent.missing']);
    expect(d.reasons[0]!.facts).toMatchObject({ lastConsentStatus: 'expired', consentEnded: '2026-08-11T11:00:00+02:00' });
    expect(check(call(FIRST_DAY), [consent('2026-02-11T11:00:01+01:00')], { consentMaxAge: 'P6M' }).allowed).toBe(true);
    expect(check(call(FIRST_DAY), [consent('2026-02-11T11:00:01+01:00')], { consentMaxAge: 181 }).allowed).toBe(true);
  });

  it('consentMaxAge also bounds the outside-hours consent of D.223-9 al. 2 (one reading of consents)', () => {
    const evening = call('2026-08-11T21:00:00+02:00');
    const both = consent('2026-01-11T12:00:00+01:00', { covers: ['prospecting', 'outside-hours'] });
    expect(check(evening, [both]).allowed).toBe(true);
    expect(codes(check(evening, [both], { consentMaxAge: 'P6M' })).sort()).toEqual(['fr.consent.missing', 'fr.hours.outside-window']);
  });

  it('rejects a malformed option with a TypeError naming it (programming error)', () => {
    expect(() => check(call(FIRST_DAY), [], { consentMaxAge: 'one year' })).toThrow(/consentMaxAge/);
    expect(() => check(call(FIRST_DAY), [], { consentMaxAge: -3 })).toThrow(/consentMaxAge/);
    // @ts-expect-error testing a wrong value
    expect(() => check(call(FIRST_DAY), [], { advisories: 'loud' })).toThrow(/advisories/);
    // @ts-expect-error testing a wrong value
    expect(() => check(call(FIRST_DAY), [], { pressExemption: 'maybe' })).toThrow(/pressExemption/);
  });
});
