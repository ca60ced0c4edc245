// The generated holiday table (src/time/holiday-table.ts, scripts/holiday-table.ts) gives the
// same answer as date-holidays itself on every day of every year it covers, in every calendar
// (each country of a built-in pack, nationally and in each of its subdivisions), and the default
// calendar falls back to date-holidays outside it.
import Holidays from 'date-holidays';
import { describe, expect, it } from 'vitest';
import { defaultCalendar } from 'callgate';
import { fullCalendar } from 'callgate/holidays';
import { CALENDARS, STATES, TABLE_YEARS } from '../../src/time/holiday-table.js';
import { tableCalendar } from '../../src/time/calendar.js';

const noFallback = () => {
  throw new Error('the table should have answered');
};

const pad2 = (n: number) => String(n).padStart(2, '0');
function* daysOf(year: number): Generator<string> {
  for (let t = Date.UTC(year, 0, 1); t < Date.UTC(year + 1, 0, 1); t += 86_400_000) {
    const d = new Date(t);
    yield `${year}-${pad2(d.getUTCMonth() + 1)}-${pad2(d.getUTCDate())}`;
  }
}

describe('the generated holiday table', () => {
  it('covers 2016–2045, the built-in packs’ countries and every subdivision date-holidays knows', () => {
    expect(TABLE_YEARS).toEqual({ from: 2016, to: 2045 });
    for (const country of ['FR', 'US', 'CA', 'GB', 'BE', 'CH', 'DE', 'ES', 'NL', 'IT']) {
      expect(CALENDARS[country], country).toBeDefined();
      expect(STATES[country]).toEqual(Object.keys(new Holidays(country).getStates(country) ?? {}));
    }
    expect(STATES.FR).toEqual(expect.arrayContaining(['57', '67', '68', 'GP', 'MQ', 'GF', 'RE', 'YT', 'MF', 'BL']));
    expect(STATES.US!.length).toBeGreaterThanOrEqual(50);
  });

  it('answers as date-holidays on every day of every covered year, in every calendar', { timeout: 120_000 }, () => {
    const table = tableCalendar(noFallback);
    const reference = fullCalendar();
    let days = 0;
    let holidays = 0;
    const mismatches: string[] = [];
    for (const country of Object.keys(STATES)) {
      for (const region of [undefined, ...STATES[country]!.map((s) => `${country}-${s}`), `${country}-ZZZ`]) {
        for (let year = TABLE_YEARS.from; year <= TABLE_YEARS.to; year++) {
          for (const day of daysOf(year)) {
            const got = table.holiday(day, country, region);
            const want = reference.holiday(day, country, region);
            days++;
            if (want) holidays++;
            if (got?.name !== want?.name && mismatches.length < 10) mismatches.push(`${country} ${region ?? ''} ${day}: ${got?.name} ≠ ${want?.name}`);
          }
        }
      }
    }
    expect(mismatches).toEqual([]);
    expect(days).toBeGreaterThan(1_700_000);
    expect(holidays).toBeGreaterThan(50_000);
  });

  it('falls back to date-holidays outside the table: other years, other countries', () => {
    const calendar = defaultCalendar();
    expect(calendar.holiday('2050-05-08', 'FR')).toEqual({ name: 'Fête de la Victoire 1945' });
    expect(calendar.holiday('2010-07-04', 'US', 'US-CA')).toEqual({ name: 'Independence Day' });
    expect(calendar.holiday('2026-06-10', 'PT')).toEqual({ name: 'Dia de Portugal' });
    expect(calendar.holiday('2026-05-28', 'FR', 'FR-MF')?.name).toMatch(/Saint-Martin/);
    let asked = 0;
    const table = tableCalendar(() => ({ holiday: () => (asked++, { name: 'fallback' }) }));
    expect(table.holiday('2026-05-08', 'FR')?.name).toBe('Fête de la Victoire 1945');
    expect(table.holiday('2046-01-01', 'FR')?.name).toBe('fallback');
    expect(table.holiday('2015-12-31', 'FR')?.name).toBe('fallback');
    expect(asked).toBe(2);
  });
});
