// C. consom. D.223-9 al. 3: no more than 4 calls or attempts per advertiser within 30 calendar days.
import { describe, expect, it } from 'vitest';
import type { ContactEvent } from 'callgate';
import { codes, dailyAttempts, decide } from '../../support.js';

describe('frequency cap (D.223-9 al. 3: 4 calls or attempts in 30 days)', () => {
  it('allows the 4th attempt and denies the 5th within 30 days', () => {
    const at = '2026-11-24T11:00:00+01:00';
    expect(decide(at, dailyAttempts('2026-11-16', 3)).allowed).toBe(true);
    const fifth = decide(at, dailyAttempts('2026-11-16', 4));
    expect(codes(fifth)).toEqual(['fr.frequency.limit']);
    expect(fifth.reasons[0]!.facts).toMatchObject({ attemptsInWindow: 4, limit: 4, oldestCounted: '2026-11-16T11:00:00+01:00' });
  });

  it('counts every outcome, answered or not', () => {
    const outcomes = ['answered', 'busy', 'voicemail', 'failed'] as const;
    const history: ContactEvent[] = outcomes.map((outcome, i) => ({
      type: 'attempt', at: `2026-11-1${i}T11:00:00+01:00`, advertiser: 'acme', channel: 'voice', outcome,
    }));
    expect(codes(decide('2026-11-24T11:00:00+01:00', history))).toEqual(['fr.frequency.limit']);
  });

  it('counts per advertiser, across call centres: attempts of another advertiser do not count', () => {
    const history = [...dailyAttempts('2026-11-16', 3), ...dailyAttempts('2026-11-16', 4, 'globex')];
    expect(decide('2026-11-24T11:00:00+01:00', history).allowed).toBe(true);
  });

  it('SMS are not calls: they do not count and are not capped (docs/contract.md §3)', () => {
    const sms: ContactEvent[] = dailyAttempts('2026-11-16', 6).map((e) => ({ ...e, channel: 'sms' as const }));
    expect(decide('2026-11-24T11:00:00+01:00', sms).allowed).toBe(true);
  });

  it('an attempt exactly 30 days before, same local time, has left the window; one second later it counts', () => {
    const edge: ContactEvent = { type: 'attempt', at: '2026-10-25T11:00:00+01:00', advertiser: 'acme', channel: 'voice' };
    const inside: ContactEvent = { ...edge, at: '2026-10-25T11:00:01+01:00' };
    const three = dailyAttempts('2026-11-16', 3);
    expect(decide('2026-11-24T11:00:00+01:00', [edge, ...three]).allowed).toBe(true);
    expect(codes(decide('2026-11-24T11:00:00+01:00', [inside, ...three]))).toEqual(['fr.frequency.limit']);
  });

  it('the 30 days are local calendar days across the DST change (wall clock, not 720 hours)', () => {
    // Monday 2 November 2026 11:00 CET; the window starts Saturday 3 October 11:00 CEST (721 hours before).
    const three = dailyAttempts('2026-10-20', 3);
    const at = '2026-11-02T11:00:00+01:00';
    const withOld = (old: string): ContactEvent[] => [{ type: 'attempt', at: old, advertiser: 'acme', channel: 'voice' }, ...three];
    // 11:30 CEST on 3 October is inside the wall-clock window (a 720-hour window would miss it).
    expect(codes(decide(at, withOld('2026-10-03T11:30:00+02:00')))).toEqual(['fr.frequency.limit']);
    expect(decide(at, withOld('2026-10-03T10:59:59+02:00')).allowed).toBe(true);
  });

  it('blocks until the oldest counted attempt leaves the window, then the next window opens', () => {
    // 4 attempts Mon 16–Thu 19 Nov 11:00; asked Tue 24 Nov → free again on 16 Dec at 11:00.
    const d = decide('2026-11-24T11:00:00+01:00', dailyAttempts('2026-11-16', 4));
    expect(d.reasons[0]!.until).toBe('2026-12-16T11:00:00+01:00');
    expect(d.nextAllowedAt).toBe('2026-12-16T11:00:00+01:00');
    // With 5 already counted (a past breach), the 2nd oldest must leave too.
    expect(decide('2026-11-24T11:00:00+01:00', dailyAttempts('2026-11-16', 5)).nextAllowedAt).toBe('2026-12-17T11:00:00+01:00');
  });

  it('when the cap lifts outside the hours, nextAllowedAt waits for the next window', () => {
    const history = dailyAttempts('2026-11-16', 4).map((e) => ({ ...e, at: e.at.replace('T10:00', 'T19:30') }));
    // Attempts at 20:30 local (19:30Z) → cap lifts at 20:30 local on 16 Dec, outside hours → 17 Dec 10:00.
    expect(decide('2026-11-24T11:00:00+01:00', history).nextAllowedAt).toBe('2026-12-17T10:00:00+01:00');
  });

  it('an outside-hours consent does not lift the cap (D.223-9 al. 2 concerns days and hours only)', () => {
    const consent: ContactEvent = { type: 'consent', at: '2026-11-01T10:00:00+01:00', advertiser: 'acme', covers: ['outside-hours'] };
    const d = decide('2026-11-24T21:00:00+01:00', [consent, ...dailyAttempts('2026-11-16', 4)]);
    expect(codes(d)).toEqual(['fr.frequency.limit']);
    expect(d.exemptions.map((e) => e.code)).toEqual(['fr.exemption.consent']);
  });
});
