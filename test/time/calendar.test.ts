// The default calendar: Code du travail L.3133-1 (national), L.3134-13 (Alsace-Moselle), L.3422-2 (overseas).
import { describe, expect, it } from 'vitest';
import { DateTime } from 'luxon';
import { defaultCalendar } from 'callgate';

const calendar = defaultCalendar();
const holidaysOf = (year: number, region?: string) => {
  const out: string[] = [];
  for (let d = DateTime.utc(year, 1, 1); d.year === year; d = d.plus({ days: 1 })) {
    if (calendar.holiday(d.toISODate()!, 'FR', region)) out.push(d.toISODate()!);
  }
  return out;
};

describe('default calendar', () => {
  it('gives exactly the 11 days of L.3133-1 for France without a region (2026, 2027)', () => {
    expect(holidaysOf(2026)).toEqual([
      '2026-01-01', '2026-04-06', '2026-05-01', '2026-05-08', '2026-05-14', '2026-05-25',
      '2026-07-14', '2026-08-15', '2026-11-01', '2026-11-11', '2026-12-25',
    ]);
    expect(holidaysOf(2027)).toEqual([
      '2027-01-01', '2027-03-29', '2027-05-01', '2027-05-06', '2027-05-08', '2027-05-17',
      '2027-07-14', '2027-08-15', '2027-11-01', '2027-11-11', '2027-12-25',
    ]);
  });

  it('ignores observances such as Pentecost Sunday and Mothers Day', () => {
    expect(calendar.holiday('2026-05-24', 'FR')).toBeNull();
    expect(calendar.holiday('2026-05-31', 'FR')).toBeNull();
  });

  it('adds Good Friday and 26 December in Moselle, Bas-Rhin and Haut-Rhin (L.3134-13)', () => {
    for (const region of ['FR-57', 'FR-67', 'FR-68']) {
      expect(holidaysOf(2026, region).filter((d) => !holidaysOf(2026).includes(d))).toEqual(['2026-04-03', '2026-12-26']);
    }
  });

  it('adds each overseas abolition-of-slavery day (L.3422-2), and both 27 and 28 May in Saint-Martin', () => {
    const extra = (region: string) => holidaysOf(2026, region).filter((d) => !holidaysOf(2026).includes(d));
    expect(extra('FR-MQ')).toContain('2026-05-22');
    expect(extra('FR-GP')).toContain('2026-05-27');
    expect(extra('FR-GF')).toEqual(['2026-06-10']);
    expect(extra('FR-RE')).toEqual(['2026-12-20']);
    expect(extra('FR-YT')).toEqual(['2026-04-27']);
    expect(extra('FR-BL')).toEqual(['2026-10-09']);
    expect(extra('FR-MF')).toEqual(['2026-05-27', '2026-05-28']);
  });

  it('treats an unknown region as national only', () => {
    expect(holidaysOf(2026, 'FR-75')).toEqual(holidaysOf(2026));
  });
});
