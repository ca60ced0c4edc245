import { describe, expect, it } from 'vitest';
import { call, check, codes, consent, exemptionCodes, scrub } from './helpers.js';

// Monday 10 August 2026, 11:00 Paris: last day of the opposition-list era, inside the hours.
const LAST_DAY = '2026-08-10T11:00:00+02:00';

describe('opposition list (C. consom. L.223-1, 2020 version; L.121-34 / L.223-1 2016 before)', () => {
  it('denies a call to a Bloctel-listed consumer on 2026-08-10 (L.223-1, 2020 version)', () => {
    const d = check(call(LAST_DAY), [scrub('2026-08-01T09:00:00+02:00', true)]);
    expect(codes(d)).toEqual(['fr.opposition.listed']);
    const reason = d.reasons[0]!;
    expect(reason.until).toBeNull();
    expect(reason.citations.map((c) => c.url)).toContain('https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000042155931');
    expect(reason.citations.some((c) => c.article === 'L.242-16' && c.role === 'sanction')).toBe(true);
    expect(d.nextAllowedAt).toBeNull();
  });

  it('does not apply the opposition list on 2026-08-11: the opt-in regime asks for consent instead (L.223-1, 2026 version)', () => {
    const d = check(call('2026-08-11T11:00:00+02:00'), [scrub('2026-08-01T09:00:00+02:00', true)]);
    expect(codes(d)).toEqual(['fr.consent.missing']);
  });

  it('allows a call to an unlisted consumer checked 30 days before, and says unchecked at 31 days (L.223-1 al. 4)', () => {
    expect(check(call(LAST_DAY), [scrub('2026-07-11T18:00:00+02:00')]).allowed).toBe(true);
    const stale = check(call(LAST_DAY), [scrub('2026-07-10T09:00:00+02:00')]);
    expect(codes(stale)).toEqual(['fr.opposition.unchecked']);
    expect(stale.reasons[0]!.facts).toMatchObject({ lastCheck: '2026-07-10', ageDays: 31, validDays: 30 });
  });

  it('says unchecked when the number was never scrubbed, and ignores other lists (L.223-1 al. 4)', () => {
    expect(codes(check(call(LAST_DAY)))).toEqual(['fr.opposition.unchecked']);
    const other = check(call(LAST_DAY), [{ type: 'opposition-check', at: '2026-08-01T09:00:00+02:00', list: 'robinson', listed: false }]);
    expect(codes(other)).toEqual(['fr.opposition.unchecked']);
  });

  it('relies on the latest check: a consumer who left the list may be called (L.223-1)', () => {
    const d = check(call(LAST_DAY), [scrub('2026-06-01T09:00:00+02:00', true), scrub('2026-08-03T09:00:00+02:00', false)]);
    expect(d.allowed).toBe(true);
  });

  it('reports both listed and unchecked when the only check is an old listed result (L.223-1)', () => {
    expect(codes(check(call(LAST_DAY), [scrub('2026-05-01T09:00:00+02:00', true)]))).toEqual(['fr.opposition.listed', 'fr.opposition.unchecked']);
  });

  it('a consent does not lift the listing before 2026-08-11; nextAllowedAt is the first opening of the opt-in era (docs/contract.md §3)', () => {
    const history = [scrub('2026-08-01T09:00:00+02:00', true), consent('2026-07-01T12:00:00+02:00')];
    const d = check(call(LAST_DAY), history);
    expect(codes(d)).toEqual(['fr.opposition.listed']);
    // The block ends with its rule (2026-08-11 00:00 local), then the hours of D.223-9 apply.
    expect(d.nextAllowedAt).toBe('2026-08-11T10:00:00+02:00');
    expect(check(call(d.nextAllowedAt!), history).allowed).toBe(true);
  });

  it('schedules across text versions: listed in 2019 with a consent → first opening of 2026-08-11 (L.223-1 2016, 2020, 2026)', () => {
    const history = [scrub('2019-03-01T09:00:00+01:00', true), consent('2019-01-01T09:00:00+01:00')];
    expect(check(call('2019-03-12T11:00:00+01:00'), history).nextAllowedAt).toBe('2026-08-11T10:00:00+02:00');
    // Without the consent, no later instant is allowed.
    expect(check(call('2019-03-12T11:00:00+01:00'), history.slice(0, 1)).nextAllowedAt).toBeNull();
  });

  it('exempts a call within a contract in progress, and not one ended the day before (L.223-1 al. 2, 2020 version)', () => {
    const contract = { type: 'contract' as const, id: 'C-1', advertiser: 'acme', start: '2025-01-01T00:00:00+01:00' };
    const listed = scrub('2026-08-01T09:00:00+02:00', true);
    const ok = check(call(LAST_DAY, { contractId: 'C-1' }), [listed, contract]);
    expect(ok.allowed).toBe(true);
    expect(exemptionCodes(ok)).toEqual(['fr.exemption.contract']);
    const ended = check(call(LAST_DAY, { contractId: 'C-1' }), [listed, { ...contract, end: '2026-08-09T23:59:00+02:00' }]);
    expect(codes(ended)).toEqual(['fr.opposition.listed']);
    expect(ended.reasons[0]!.facts).toMatchObject({ contractId: 'C-1', contractInProgress: false });
  });

  it('does not accept the contract of another advertiser, nor a contract the call does not invoke (L.223-1)', () => {
    const listed = scrub('2026-08-01T09:00:00+02:00', true);
    const theirs = { type: 'contract' as const, id: 'C-1', advertiser: 'other', start: '2025-01-01T00:00:00+01:00' };
    expect(check(call(LAST_DAY, { purpose: 'contract' }), [listed, theirs]).allowed).toBe(false);
    const ours = { ...theirs, advertiser: 'acme' };
    expect(check(call(LAST_DAY), [listed, ours]).allowed).toBe(false);
    expect(check(call(LAST_DAY, { purpose: 'contract' }), [listed, ours]).allowed).toBe(true);
  });

  it('exempts newspaper subscriptions from the list but not from the hours (L.223-5; D.223-9)', () => {
    const listed = scrub('2026-08-01T09:00:00+02:00', true);
    const d = check(call(LAST_DAY, { sector: 'press' }), [listed]);
    expect(d.allowed).toBe(true);
    expect(exemptionCodes(d)).toEqual(['fr.exemption.press']);
    const sunday = check(call('2026-08-09T11:00:00+02:00', { sector: 'press' }), [listed]);
    expect(codes(sunday)).toEqual(['fr.hours.weekend']);
  });

  it('combines the listing with the hours: a listed consumer on Sunday gets both reasons (L.223-1; D.223-9)', () => {
    const d = check(call('2026-08-09T11:00:00+02:00'), [scrub('2026-08-01T09:00:00+02:00', true)]);
    expect(codes(d)).toEqual(['fr.hours.weekend', 'fr.opposition.listed']);
  });

  it('applies the 2016 text between 2016-07-01 and 2020-07-25, and L.121-34 in June 2016 (ord. 2016-301; loi 2014-344)', () => {
    const d2019 = check(call('2019-03-12T11:00:00+01:00'), [scrub('2019-03-01T09:00:00+01:00', true)]);
    expect(codes(d2019)).toEqual(['fr.opposition.listed']);
    expect(d2019.reasons[0]!.citations[0]!.url).toContain('LEGIARTI000032226761');
    const june2016 = check(call('2016-06-14T11:00:00+02:00'), [scrub('2016-06-02T09:00:00+02:00', true)]);
    expect(june2016.reasons[0]!.citations[0]!.article).toBe('L.121-34');
    // Before the Bloctel service opened, no opposition-list rule.
    expect(check(call('2016-05-31T11:00:00+02:00')).allowed).toBe(true);
  });

  it('does not apply to SMS, businesses or non-commercial calls (L.223-1 protects consumers from phone canvassing)', () => {
    expect(codes(check(call(LAST_DAY, { recipient: { kind: 'business' } })))).toEqual([]);
    expect(codes(check(call(LAST_DAY, { purpose: 'non-commercial' })))).toEqual([]);
    const text = check({ to: '+33612345678', at: LAST_DAY, channel: 'sms', advertiser: 'acme' }, [consent('2026-01-01T00:00:00+01:00')]);
    expect(codes(text)).toEqual([]);
  });

  it('uses the recipient\'s local date: 2026-08-10 22:00 in Guadeloupe is still the Bloctel era (L.223-1)', () => {
    // 22:00 is outside the hours; the point is which access rule applies.
    const d = check(call('2026-08-10T22:00:00-04:00', { to: '+590690301234' }), [scrub('2026-08-01T09:00:00-04:00', true)]);
    expect(codes(d)).toEqual(['fr.hours.outside-window', 'fr.opposition.listed']);
  });
});
