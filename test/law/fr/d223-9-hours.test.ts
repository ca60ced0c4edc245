// C. consom. D.223-9 al. 1–2 (décret n° 2022-1313): days and hours of prospecting calls.
import { describe, expect, it } from 'vitest';
import { NUMBERS, codes, decide } from '../../support.js';

describe('opening windows (D.223-9 al. 1: 10:00–13:00 and 14:00–20:00, consumer time zone)', () => {
  // Tuesday 24 November 2026, Paris winter time (UTC+1).
  it.each([
    ['09:59:59', false],
    ['10:00:00', true],
    ['12:59:59', true],
    ['13:00:00', false],
    ['13:59:59', false],
    ['14:00:00', true],
    ['19:59:59', true],
    ['20:00:00', false],
  ])('at %s local the call is allowed: %s', (time, allowed) => {
    const d = decide(`2026-11-24T${time}+01:00`);
    expect(d.allowed).toBe(allowed);
    expect(codes(d)).toEqual(allowed ? [] : ['fr.hours.outside-window']);
  });

  it('gives the opening of the next window as nextAllowedAt (09:59:59 → 10:00, 13:00 → 14:00, 20:00 → next day 10:00)', () => {
    expect(decide('2026-11-24T09:59:59+01:00').nextAllowedAt).toBe('2026-11-24T10:00:00+01:00');
    expect(decide('2026-11-24T13:00:00+01:00').nextAllowedAt).toBe('2026-11-24T14:00:00+01:00');
    expect(decide('2026-11-24T20:00:00+01:00').nextAllowedAt).toBe('2026-11-25T10:00:00+01:00');
  });

  it('cites D.223-9, the decree and the sanction L.242-16', () => {
    const [reason] = decide('2026-11-24T08:00:00+01:00').reasons;
    expect(reason!.citations.map((c) => c.article)).toEqual(expect.arrayContaining(['D.223-9', 'L.242-16']));
    expect(reason!.citations.find((c) => c.article === 'D.223-9')!.url).toMatch(/^https:\/\/www\.legifrance\.gouv\.fr\//);
    expect(reason!.citations.find((c) => c.article === 'L.242-16')!.role).toBe('sanction');
    expect(reason!.until).toBe('2026-11-24T10:00:00+01:00');
    expect(reason!.facts).toMatchObject({ localTime: '08:00:00' });
  });
});

describe('weekends (D.223-9 al. 1: Monday to Friday only)', () => {
  it('denies Saturday and Sunday, and points to Monday 10:00', () => {
    const sat = decide('2026-11-28T11:00:00+01:00');
    const sun = decide('2026-11-29T15:00:00+01:00');
    expect(codes(sat)).toEqual(['fr.hours.weekend']);
    expect(codes(sun)).toEqual(['fr.hours.weekend']);
    expect(sat.nextAllowedAt).toBe('2026-11-30T10:00:00+01:00');
    expect(sun.nextAllowedAt).toBe('2026-11-30T10:00:00+01:00');
  });

  it('allows Friday 19:59:59 and denies Saturday 10:00', () => {
    expect(decide('2026-11-27T19:59:59+01:00').allowed).toBe(true);
    expect(decide('2026-11-28T10:00:00+01:00').allowed).toBe(false);
  });
});

describe('public holidays (D.223-9 al. 1; Code du travail L.3133-1)', () => {
  // Weekday holidays of 2026 and 2027, each at 11:00 local (inside a window).
  const holidays = [
    ['2026-01-01', 'New Year'],
    ['2026-04-06', 'Easter Monday'],
    ['2026-05-01', 'Labour Day'],
    ['2026-05-08', 'Victory 1945'],
    ['2026-05-14', 'Ascension'],
    ['2026-05-25', 'Whit Monday'],
    ['2026-07-14', 'Bastille Day'],
    ['2026-11-11', 'Armistice'],
    ['2026-12-25', 'Christmas'],
    ['2027-01-01', 'New Year'],
    ['2027-03-29', 'Easter Monday'],
    ['2027-05-06', 'Ascension'],
    ['2027-05-17', 'Whit Monday'],
    ['2027-07-14', 'Bastille Day'],
    ['2027-11-01', 'All Saints'],
    ['2027-11-11', 'Armistice'],
  ] as const;
  it.each(holidays)('denies %s (%s) and allows the next working day', (date, _name) => {
    const offset = date >= '2026-03-29' && date < '2026-10-25' ? '+02:00' : date >= '2027-03-28' && date < '2027-10-31' ? '+02:00' : '+01:00';
    const d = decide(`${date}T11:00:00${offset}`);
    expect(codes(d)).toEqual(['fr.hours.public-holiday']);
    expect(d.reasons[0]!.facts).toMatchObject({ localDate: date, regional: false });
    expect(d.nextAllowedAt! > `${date}T23`).toBe(true);
  });

  it('reports both weekend and holiday when a holiday falls on a Saturday (15 August 2026)', () => {
    expect(codes(decide('2026-08-15T11:00:00+02:00'))).toEqual(['fr.hours.weekend', 'fr.hours.public-holiday']);
  });

  it('skips a holiday after a weekend: Saturday before Whit Monday 2026 → Tuesday 26 May 10:00', () => {
    expect(decide('2026-05-23T11:00:00+02:00').nextAllowedAt).toBe('2026-05-26T10:00:00+02:00');
  });

  it('denies Good Friday in Moselle (FR-57, L.3134-13) but not in Paris, in conservative mode only', () => {
    const moselle = decide('2026-04-03T11:00:00+02:00', [], { recipient: { region: 'FR-57' } });
    expect(codes(moselle)).toEqual(['fr.hours.public-holiday']);
    expect(moselle.reasons[0]!.facts).toMatchObject({ regional: true });
    expect(moselle.reasons[0]!.citations.map((c) => c.article)).toContain('L.3134-13');
    expect(decide('2026-04-03T11:00:00+02:00').allowed).toBe(true);
    expect(decide('2026-04-03T11:00:00+02:00', [], { recipient: { region: 'FR-57' } }, { holidays: 'national' }).allowed).toBe(true);
  });

  it('denies 26 December 2025 in Bas-Rhin (FR-67) and allows it in Lyon', () => {
    expect(codes(decide('2025-12-26T11:00:00+01:00', [], { recipient: { region: 'FR-67' } }))).toEqual(['fr.hours.public-holiday']);
    expect(decide('2025-12-26T11:00:00+01:00').allowed).toBe(true);
  });

  it('denies 22 May in Martinique (abolition day, L.3422-2), inferred from the number', () => {
    const d = decide('2026-05-22T11:00:00-04:00', [], { to: NUMBERS.martinique });
    expect(codes(d)).toEqual(['fr.hours.public-holiday']);
    expect(d.reasons[0]!.citations.map((c) => c.article)).toContain('L.3422-2');
    expect(d.recipient).toMatchObject({ country: 'MQ', region: 'FR-MQ', timeZone: 'America/Martinique' });
    expect(decide('2026-05-22T11:00:00+02:00').allowed).toBe(true); // Paris: an ordinary Friday
  });

  it.each([
    ['mayotte', '2026-04-27T11:00:00+03:00'],
    ['guadeloupe', '2026-05-27T11:00:00-04:00'],
    ['guyane', '2026-06-10T11:00:00-03:00'],
    ['saintBarthelemy', '2026-10-09T11:00:00-04:00'],
    ['reunion', '2027-12-20T11:00:00+04:00'],
    ['saintMartin', '2026-05-27T11:00:00-04:00'],
    ['saintMartin', '2026-05-28T11:00:00-04:00'],
  ] as const)('denies the abolition day in %s (%s)', (place, at) => {
    expect(codes(decide(at, [], { to: NUMBERS[place] }))).toEqual(['fr.hours.public-holiday']);
  });
});

describe("the consumer's time zone (D.223-9: \"fuseau horaire du consommateur\")", () => {
  it('denies an instant that is 10:30 in Paris but 05:30 in Guadeloupe', () => {
    const at = '2026-11-24T10:30:00+01:00';
    expect(decide(at).allowed).toBe(true);
    const gp = decide(at, [], { to: NUMBERS.guadeloupe });
    expect(codes(gp)).toEqual(['fr.hours.outside-window']);
    expect(gp.recipient!.localTime).toBe('2026-11-24T05:30:00-04:00');
    expect(gp.nextAllowedAt).toBe('2026-11-24T10:00:00-04:00');
  });

  it('uses recipient.timeZone over the number', () => {
    const d = decide('2026-11-24T10:30:00+01:00', [], { recipient: { timeZone: 'Indian/Reunion' } });
    expect(d.recipient!.timeZone).toBe('Indian/Reunion');
    expect(d.recipient!.localTime).toBe('2026-11-24T13:30:00+04:00');
    expect(codes(d)).toEqual(['fr.hours.outside-window']);
  });

  it.each([
    ['reunion', 'Indian/Reunion', '+04:00'],
    ['mayotte', 'Indian/Mayotte', '+03:00'],
    ['guyane', 'America/Cayenne', '-03:00'],
    ['miquelon', 'America/Miquelon', '-03:00'],
  ] as const)('places %s in %s', (place, zone, offset) => {
    const d = decide('2026-11-24T10:30:00Z', [], { to: NUMBERS[place] });
    expect(d.recipient!.timeZone).toBe(zone);
    expect(d.recipient!.localTime.endsWith(offset)).toBe(true);
  });

  it('follows both DST changes of 2026 in Paris (29 March, 25 October)', () => {
    // Monday 30 March 2026: summer time, 10:00 local = 08:00Z.
    expect(decide('2026-03-30T07:59:59Z').allowed).toBe(false);
    expect(decide('2026-03-30T08:00:00Z').allowed).toBe(true);
    expect(decide('2026-03-30T07:30:00Z').nextAllowedAt).toBe('2026-03-30T10:00:00+02:00');
    // Monday 26 October 2026: winter time, 10:00 local = 09:00Z; 20:00 local = 19:00Z.
    expect(decide('2026-10-26T08:59:59Z').allowed).toBe(false);
    expect(decide('2026-10-26T09:00:00Z').allowed).toBe(true);
    expect(decide('2026-10-26T18:59:59Z').allowed).toBe(true);
    expect(decide('2026-10-26T19:00:00Z').allowed).toBe(false);
    // Friday 27 March 20:30 (winter) → Monday 30 March 10:00 (summer).
    expect(decide('2026-03-27T20:30:00+01:00').nextAllowedAt).toBe('2026-03-30T10:00:00+02:00');
  });
});

describe('express prior consent to calls outside the legal hours (D.223-9 al. 2)', () => {
  const consent = (advertiser: string, extra: object = {}) => ({
    type: 'consent' as const, at: '2026-11-01T12:00:00+01:00', advertiser, covers: ['outside-hours' as const], proof: 'rec-42', ...extra,
  });

  it('lifts the hours for the advertiser that obtained it, reported as fr.exemption.consent', () => {
    const d = decide('2026-11-28T21:00:00+01:00', [consent('acme')]);
    expect(d.allowed).toBe(true);
    expect(d.exemptions.map((e) => e.code)).toEqual(['fr.exemption.consent']);
    expect(d.exemptions[0]!.facts).toMatchObject({ proof: 'rec-42', lifts: ['fr.hours.weekend'] });
  });

  it('does not count for another advertiser', () => {
    expect(codes(decide('2026-11-28T21:00:00+01:00', [consent('globex')]))).toEqual(['fr.hours.weekend']);
  });

  it('does not count when given after the attempt, withdrawn, expired, or limited to SMS', () => {
    const at = '2026-11-24T21:00:00+01:00';
    expect(decide(at, [consent('acme', { at: '2026-11-25T12:00:00+01:00' })]).allowed).toBe(false);
    expect(decide(at, [consent('acme'), { type: 'consent-withdrawn', at: '2026-11-10T12:00:00+01:00', advertiser: 'acme' }]).allowed).toBe(false);
    expect(decide(at, [consent('acme', { expiresAt: '2026-11-20T00:00:00+01:00' })]).allowed).toBe(false);
    expect(decide(at, [consent('acme', { channels: ['sms'] })]).allowed).toBe(false);
  });

  it('a plain prospecting consent does not lift the hours', () => {
    const d = decide('2026-11-24T21:00:00+01:00', [{ type: 'consent', at: '2026-11-01T12:00:00+01:00', advertiser: 'acme' }]);
    expect(codes(d)).toEqual(['fr.hours.outside-window']);
  });

  it('a consent withdrawn and then given again counts again', () => {
    const d = decide('2026-11-24T21:00:00+01:00', [
      consent('acme'),
      { type: 'consent-withdrawn', at: '2026-11-05T12:00:00+01:00', advertiser: 'acme' },
      consent('acme', { at: '2026-11-10T12:00:00+01:00' }),
    ]);
    expect(d.allowed).toBe(true);
  });
});

describe('scope of D.223-9 (consumers, commercial prospecting, calls)', () => {
  it('a business recipient is out of scope (fr.exemption.business)', () => {
    const d = decide('2026-11-28T08:00:00+01:00', [], { recipient: { kind: 'business' } });
    expect(d.allowed).toBe(true);
    expect(d.exemptions.map((e) => e.code)).toEqual(['fr.exemption.business']);
  });

  it('a non-commercial call is out of scope (fr.exemption.not-prospecting)', () => {
    const d = decide('2026-11-28T08:00:00+01:00', [], { purpose: 'non-commercial' });
    expect(d.allowed).toBe(true);
    expect(d.exemptions.map((e) => e.code)).toEqual(['fr.exemption.not-prospecting']);
  });

  it('a call under a contract in progress is still bound by the hours', () => {
    expect(codes(decide('2026-11-28T11:00:00+01:00', [], { purpose: 'contract' }))).toEqual(['fr.hours.weekend']);
  });

  it('does not apply before 1 March 2023 (décret n° 2022-1313, art. 2)', () => {
    expect(decide('2023-02-28T08:00:00+01:00').allowed).toBe(true);
    expect(codes(decide('2023-03-01T08:00:00+01:00'))).toEqual(['fr.hours.outside-window']);
  });
});

describe('messages', () => {
  it('speaks French with locale fr', () => {
    const d = decide('2026-11-28T11:00:00+01:00', [], {}, { locale: 'fr' });
    expect(d.reasons[0]!.message).toMatch(/interdits le samedi/);
  });
});
