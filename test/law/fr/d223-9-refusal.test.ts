// C. consom. D.223-9 al. 4: after a refusal during the call, no contact for 60 full calendar days.
import { describe, expect, it } from 'vitest';
import type { ContactEvent } from 'callgate';
import { NUMBERS, codes, decide } from '../../support.js';

const refusal = (at: string, advertiser = 'acme'): ContactEvent => ({ type: 'refusal', at, advertiser });

describe('refusal cooldown (D.223-9 al. 4: sixty full calendar days)', () => {
  // Refusal on Monday 2 March 2026 (day 0). Day 60 = Friday 1 May (holiday), so use a later refusal too.
  it('denies on day 60 and allows on day 61', () => {
    // Refusal Thursday 1 October 2026 at 19:00; day 60 = Monday 30 November; day 61 = Tuesday 1 December.
    const history = [refusal('2026-10-01T19:00:00+02:00')];
    const day60 = decide('2026-11-30T11:00:00+01:00', history);
    expect(codes(day60)).toEqual(['fr.refusal.cooldown']);
    expect(day60.reasons[0]!.facts).toMatchObject({ refusalDate: '2026-10-01', daysSinceRefusal: 60, allowedFrom: '2026-12-01' });
    expect(day60.reasons[0]!.until).toBe('2026-12-01T00:00:00+01:00');
    expect(day60.nextAllowedAt).toBe('2026-12-01T10:00:00+01:00');
    expect(decide('2026-12-01T10:00:00+01:00', history).allowed).toBe(true);
  });

  it('counts days in the consumer\'s zone: a refusal late on day 0 in Réunion is still day 0 there', () => {
    // 23:30 on 1 October in Réunion (UTC+4) = 19:30Z the same day.
    const history = [refusal('2026-10-01T19:30:00Z')];
    const to = NUMBERS.reunion;
    expect(codes(decide('2026-11-30T11:00:00+04:00', history, { to }))).toEqual(['fr.refusal.cooldown']);
    expect(decide('2026-12-01T10:00:00+04:00', history, { to }).allowed).toBe(true);
  });

  it('binds only the advertiser that was refused', () => {
    expect(decide('2026-11-03T11:00:00+01:00', [refusal('2026-11-02T11:00:00+01:00', 'globex')]).allowed).toBe(true);
  });

  it('the latest refusal governs', () => {
    const history = [refusal('2026-06-01T11:00:00+02:00'), refusal('2026-10-01T11:00:00+02:00')];
    expect(codes(decide('2026-11-24T11:00:00+01:00', history))).toEqual(['fr.refusal.cooldown']);
  });

  it('a refusal after the attempt does not count', () => {
    expect(decide('2026-11-24T11:00:00+01:00', [refusal('2026-11-24T11:05:00+01:00')]).allowed).toBe(true);
  });

  it('an outside-hours consent does not lift the cooldown', () => {
    const consent: ContactEvent = { type: 'consent', at: '2026-01-01T10:00:00+01:00', advertiser: 'acme', covers: ['outside-hours'] };
    expect(codes(decide('2026-11-24T11:00:00+01:00', [consent, refusal('2026-11-02T11:00:00+01:00')]))).toEqual(['fr.refusal.cooldown']);
  });

  it('lists every blocking reason at once: weekend, cap and cooldown', () => {
    const history: ContactEvent[] = [
      refusal('2026-11-20T11:00:00+01:00'),
      ...['16', '17', '18', '19'].map((d) => ({ type: 'attempt' as const, at: `2026-11-${d}T11:00:00+01:00`, advertiser: 'acme', channel: 'voice' as const })),
    ];
    const d = decide('2026-11-28T11:00:00+01:00', history);
    expect(codes(d)).toEqual(['fr.hours.weekend', 'fr.frequency.limit', 'fr.refusal.cooldown']);
    expect(d.nextAllowedAt).toBe('2027-01-20T10:00:00+01:00');
  });
});
