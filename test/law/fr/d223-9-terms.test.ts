// The numbers of D.223-9 as dated rows (issue 12): the rules of each row apply from its date to the
// day before the next row's, so re-dating the hours, the cap or the cooldown is one new row.
import { describe, expect, it } from 'vitest';
import { evaluate, type Citation, type RulePack } from 'callgate';
import { D223_9_TERMS, d2239Rules, datedTerms, frPack, termsOn } from 'callgate/fr';
import { codes, d2239Pack } from '../../support.js';

/** A hypothetical decree of 2027 (not law): 09:00–12:00 only, 3 calls in 30 days, 90 days after a refusal. */
const DECREE_2027: Citation = { instrument: 'Décret (hypothetical, for this test)', article: 'art. 1', url: 'https://www.legifrance.gouv.fr/', inForce: { from: '2027-01-04' }, role: 'rule' };
const rows = [...D223_9_TERMS, { from: '2027-01-04', windows: [{ from: 9, to: 12 }], maxCalls: 3, windowDays: 30, cooldownDays: 90, citations: [DECREE_2027] }];
const pack: RulePack = { ...d2239Pack, rules: [d2239Pack.rules[0]!, ...d2239Rules(rows)] };
const call = (at: string) => ({ to: '+33612345678', at, channel: 'voice' as const, advertiser: 'acme' });
const attempt = (at: string) => ({ type: 'attempt' as const, at, advertiser: 'acme', channel: 'voice' as const });

describe('D.223-9 as dated rows', () => {
  it('the table in force today gives the rules and numbers of décret n° 2022-1313 (from 2023-03-01), under their usual ids', () => {
    expect(datedTerms()).toEqual([expect.objectContaining({ from: '2023-03-01', inForce: { from: '2023-03-01' }, maxCalls: 4, windowDays: 30, cooldownDays: 60 })]);
    expect(frPack.rules.map((r) => r.id)).toEqual(expect.arrayContaining(['fr.hours', 'fr.frequency', 'fr.refusal']));
    expect(termsOn('2023-02-28')).toBeNull();
    expect(termsOn('2026-11-24')?.windows).toEqual([{ from: 10, to: 13 }, { from: 14, to: 20 }]);
  });

  it('a new row ends the old one the day before it and applies its own numbers from its date (local dates)', () => {
    const periods = datedTerms(rows).map((t) => t.inForce);
    expect(periods).toEqual([{ from: '2023-03-01', until: '2027-01-03' }, { from: '2027-01-04' }]);
    expect(d2239Rules(rows).map((r) => r.id)).toEqual(['fr.hours', 'fr.frequency', 'fr.refusal', 'fr.hours@2027-01-04', 'fr.frequency@2027-01-04', 'fr.refusal@2027-01-04']);
    // Friday 2027-01-01 is a holiday; Monday 2026-12-28 and Monday 2027-01-04 are working days.
    expect(codes(evaluate(call('2026-12-28T09:30:00+01:00'), [], { packs: [pack] }))).toEqual(['fr.hours.outside-window']);
    expect(evaluate(call('2026-12-28T12:30:00+01:00'), [], { packs: [pack] }).allowed).toBe(true);
    expect(evaluate(call('2027-01-04T09:30:00+01:00'), [], { packs: [pack] }).allowed).toBe(true);
    const noon = evaluate(call('2027-01-04T12:30:00+01:00'), [], { packs: [pack] });
    expect(codes(noon)).toEqual(['fr.hours.outside-window']);
    expect(noon.reasons[0]!.citations[0]).toBe(DECREE_2027);
    expect(noon.nextAllowedAt).toBe('2027-01-05T09:00:00+01:00');
  });

  it('the cap and the cooldown of the row of the attempt\'s date: 4th call denied under the new row, allowed under the old', () => {
    const three = [attempt('2027-01-05T09:10:00+01:00'), attempt('2027-01-06T09:10:00+01:00'), attempt('2027-01-07T09:10:00+01:00')];
    expect(codes(evaluate(call('2027-01-08T09:10:00+01:00'), three, { packs: [pack] }))).toEqual(['fr.frequency.limit']);
    const before = [attempt('2026-12-14T10:10:00+01:00'), attempt('2026-12-15T10:10:00+01:00'), attempt('2026-12-16T10:10:00+01:00')];
    expect(evaluate(call('2026-12-17T10:10:00+01:00'), before, { packs: [pack] }).allowed).toBe(true);
    const refusal = { type: 'refusal' as const, at: '2027-01-04T09:00:00+01:00', advertiser: 'acme' };
    const d = evaluate(call('2027-03-08T09:30:00+01:00'), [refusal], { packs: [pack] }); // day 63: blocked under 90 days
    expect(codes(d)).toEqual(['fr.refusal.cooldown']);
    expect(d.reasons[0]!.facts).toMatchObject({ cooldownDays: 90, allowedFrom: '2027-04-05' }); // day R+91: 90 full days after the day of the refusal
  });
});
