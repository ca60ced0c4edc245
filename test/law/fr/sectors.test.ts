import { describe, expect, it } from 'vitest';
import { advisoryCodes, call, check, codes, consent, exemptionCodes, scrub, sms } from './helpers.js';

const FIRST_DAY = '2026-08-11T11:00:00+02:00';
const contract = (extra: Record<string, string> = {}) => ({ type: 'contract' as const, id: 'C-1', advertiser: 'acme', start: '2024-01-05T10:00:00+01:00', ...extra });
const withConsent = [consent('2020-01-01T12:00:00+01:00')];

describe('energy-renovation and home-adaptation bans (L.223-1 al. 3 2020; loi 2025-594 art. 13 II; L.223-1 al. 5 2026)', () => {
  it('denies an energy-renovation call even with consent on 2026-08-11 (L.223-1 al. 5)', () => {
    const d = check(call(FIRST_DAY, { sector: 'energy-renovation' }), withConsent);
    expect(codes(d)).toEqual(['fr.sector.prohibited']);
    expect(d.reasons[0]!.citations.map((c) => c.url)).toContain('https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000051830285');
    expect(d.nextAllowedAt).toBeNull();
  });

  it('denies an energy-renovation call from 2020-07-26, not on 2020-07-24 (L.223-1 al. 3, loi 2020-901)', () => {
    const before = check(call('2020-07-24T11:00:00+02:00', { sector: 'energy-renovation' }), [scrub('2020-07-20T09:00:00+02:00')]);
    expect(before.allowed).toBe(true);
    const after = check(call('2020-07-27T11:00:00+02:00', { sector: 'energy-renovation' }), [scrub('2020-07-20T09:00:00+02:00')]);
    expect(codes(after)).toEqual(['fr.sector.prohibited']);
    expect(after.reasons[0]!.facts).toMatchObject({ since: '2020-07-26' });
  });

  it('bans home adaptation on every channel from 2025-07-02, not on 2025-07-01 (loi 2025-594 art. 13 II)', () => {
    const checked = [scrub('2025-06-25T09:00:00+02:00')];
    expect(check(call('2025-07-01T11:00:00+02:00', { sector: 'home-adaptation' }), checked).allowed).toBe(true);
    expect(codes(check(call('2025-07-02T11:00:00+02:00', { sector: 'home-adaptation' }), checked))).toEqual(['fr.sector.prohibited']);
    expect(codes(check(sms('2025-07-02T11:00:00+02:00', { sector: 'home-adaptation' }), withConsent))).toEqual(['fr.sector.prohibited']);
  });

  it('bans energy-renovation SMS from 2025-07-02 (loi 2025-594 art. 13 II: every channel)', () => {
    expect(codes(check(sms(FIRST_DAY, { sector: 'renewable-energy' }), withConsent))).toEqual(['fr.sector.prohibited']);
    expect(codes(check(sms('2025-07-02T11:00:00+02:00', { sector: 'energy-saving' }), withConsent))).toEqual(['fr.sector.prohibited']);
  });

  it('2020–2025: "par voie téléphonique" (L.223-1 al. 3) is read as calls, as in the whole article; the broad reading is an option (issue 18)', () => {
    const consented = [{ type: 'consent' as const, at: '2024-01-02T09:00:00+01:00', advertiser: 'acme' }];
    const text = sms('2024-03-12T11:00:00+01:00', { sector: 'energy-saving' });
    // An SMS with the consent CPCE L.34-5 requires is not banned by a text about telephone canvassing…
    expect(check(text, consented).allowed).toBe(true);
    // …unless the host takes the broad reading, under which the ban (and the Bloctel list) reach SMS.
    const broad = check(text, consented, { telephonicMeans: 'voice-and-sms' });
    expect(codes(broad)).toEqual(['fr.opposition.unchecked', 'fr.sector.prohibited']);
    // Calls are banned under both readings.
    expect(codes(check(call('2024-03-12T11:00:00+01:00', { sector: 'energy-saving' }), [scrub('2024-03-01T09:00:00+01:00')]))).toEqual(['fr.sector.prohibited']);
    expect(() => check(text, consented, { telephonicMeans: 'fax' as never })).toThrow(/options\.telephonicMeans/);
  });

  it('lifts the ban within a contract in progress, not one ended the day before (L.223-1 al. 4-5)', () => {
    const ok = check(call(FIRST_DAY, { sector: 'energy-renovation', contractId: 'C-1' }), [contract()]);
    expect(ok.allowed).toBe(true);
    expect(exemptionCodes(ok)).toEqual(['fr.exemption.contract', 'fr.exemption.contract']);
    const ended = check(call(FIRST_DAY, { sector: 'energy-renovation', contractId: 'C-1' }), [contract({ end: '2026-08-10T18:00:00+02:00' })]);
    expect(codes(ended)).toEqual(['fr.consent.missing', 'fr.sector.prohibited']);
  });

  it('protects consumers only (L.223-1)', () => {
    expect(check(call(FIRST_DAY, { sector: 'energy-renovation', recipient: { kind: 'business' } })).allowed).toBe(true);
  });
});

describe('CPF training ban (C. trav. L.6323-8-1, from 2022-12-21)', () => {
  it('denies CPF training prospecting on every channel even with consent, from 2022-12-21 not 2022-12-20', () => {
    const checked = [scrub('2022-12-15T09:00:00+01:00'), ...withConsent];
    expect(check(call('2022-12-20T11:00:00+01:00', { sector: 'professional-training' }), checked).allowed).toBe(true);
    expect(codes(check(call('2022-12-21T11:00:00+01:00', { sector: 'professional-training' }), checked))).toEqual(['fr.sector.prohibited']);
    expect(codes(check(sms(FIRST_DAY, { sector: 'professional-training' }), withConsent))).toEqual(['fr.sector.prohibited']);
  });

  it('applies whatever the recipient kind (the text protects every account holder)', () => {
    expect(codes(check(call(FIRST_DAY, { sector: 'professional-training', recipient: { kind: 'business' } })))).toEqual(['fr.sector.prohibited']);
  });

  it('allows a call within a training action in progress, with an advisory on data collection (L.6323-8-1 2° vs 1°)', () => {
    const d = check(call(FIRST_DAY, { sector: 'professional-training', contractId: 'C-1' }), [contract()]);
    expect(d.allowed).toBe(true);
    expect(advisoryCodes(d)).toEqual(['fr.sector.exception-limits']);
    expect(codes(check(call(FIRST_DAY, { sector: 'professional-training', contractId: 'C-1' }), [contract()], { advisories: 'block' }))).toEqual(['fr.sector.exception-limits']);
  });
});
