import { CALENDARS, NAMES, STATES, TABLE_YEARS } from './holiday-table.js';

/** The pluggable public-holiday calendar; the host can supply its own. */
export interface Calendar {
  /**
   * The holiday on a local date, or null.
   * @param localDate `YYYY-MM-DD` in the recipient's time zone.
   * @param country ISO 3166-1 alpha-2 of the rule pack (`'FR'`).
   * @param region ISO 3166-2 subdivision when known (`'FR-57'`, `'FR-GP'`).
   */
  holiday(localDate: string, country: string, region?: string): { name: string } | null;
}

/**
 * The calendar of the generated holiday table (holiday-table.ts, from date-holidays by
 * scripts/holiday-table.ts): the countries of the built-in packs and their subdivisions, for the
 * years `TABLE_YEARS`, with the same answers as date-holidays (test/time/holiday-table.test.ts).
 * Any other country or year is asked of `fallback()`, called on first need only: the default
 * calendar passes date-holidays loaded lazily (settings.ts), so that importing callgate does not
 * load it. Each (calendar, year) is decoded once into a map of local dates; the memo is private to
 * the calendar object and never changes an answer.
 */
export function tableCalendar(fallback: () => Calendar): Calendar {
  const years = new Map<string, ReadonlyMap<string, string>>();
  let other: Calendar | undefined;
  return {
    holiday(localDate, country, region) {
      const year = +localDate.slice(0, 4);
      const national = CALENDARS[country];
      if (national === undefined || !(year >= TABLE_YEARS.from && year <= TABLE_YEARS.to)) {
        return (other ??= fallback()).holiday(localDate, country, region);
      }
      let state = region ? holidayState(country, region) : undefined;
      // An unknown subdivision: the country alone (as date-holidays does).
      if (state !== undefined && !STATES[country]!.includes(state)) state = undefined;
      const key = `${country}|${state ?? ''}|${year}`;
      let days = years.get(key);
      if (!days) {
        const map = decodeYear(national, state === undefined ? undefined : CALENDARS[`${country}-${state}`]!, year);
        addExtraDays(map, country, state, String(year));
        days = map;
        years.set(key, days);
      }
      const name = days.get(localDate);
      return name === undefined ? null : { name };
    },
  };
}

const pad2 = (n: number) => (n < 10 ? `0${n}` : `${n}`);

/** `YYYY-MM-DD` of a day of the year (0-based). */
function dateOfDayOfYear(year: number, day: number): string {
  const d = new Date(Date.UTC(year, 0, 1 + day));
  return `${year}-${pad2(d.getUTCMonth() + 1)}-${pad2(d.getUTCDate())}`;
}

/**
 * One year of a calendar: its national rows, minus the rows a subdivision drops (`-name`), plus
 * the rows it adds. A row is `name=MMDD` (that day every year) or `name:d,d,…` (per year from
 * `TABLE_YEARS.from`, the days of the year in base 36, `..` for none, several joined by `+`).
 */
function decodeYear(national: string, subdivision: string | undefined, year: number): Map<string, string> {
  const k = year - TABLE_YEARS.from;
  const dropped = new Set<string>();
  const added: string[] = [];
  for (const r of subdivision ? subdivision.split(';') : []) {
    if (r.startsWith('-')) dropped.add(r.slice(1));
    else if (r !== '') added.push(r);
  }
  const map = new Map<string, string>();
  const read = (row: string) => {
    const fixed = row.indexOf('=');
    if (fixed >= 0) {
      map.set(`${year}-${row.slice(fixed + 1, fixed + 3)}-${row.slice(fixed + 3, fixed + 5)}`, NAMES[+row.slice(0, fixed)]!);
      return;
    }
    const colon = row.indexOf(':');
    const cell = row.slice(colon + 1).split(',')[k]!;
    if (cell === '..') return;
    for (const d of cell.split('+')) map.set(dateOfDayOfYear(year, parseInt(d, 36)), NAMES[+row.slice(0, colon)]!);
  };
  for (const row of national.split(';')) {
    if (row !== '' && !dropped.has(row.slice(0, row.search(/[:=]/)))) read(row);
  }
  for (const row of added) read(row);
  return map;
}

/**
 * Days date-holidays does not know. Saint-Martin: Code du travail L.3422-2 still says 27 May, but
 * 28 May is observed (a 2017 decree meant to move it carried a typo; circulars of 2018 and 2019
 * apply 28 May). Both days count, the conservative reading.
 */
const EXTRA_DAYS: Readonly<Record<string, ReadonlyArray<{ monthDay: string; name: string }>>> = {
  'FR-MF': [{ monthDay: '05-28', name: 'Abolition de l’esclavage (date observée à Saint-Martin)' }],
};

/** Adds the days date-holidays does not know to one year of one calendar. */
export function addExtraDays(map: Map<string, string>, country: string, state: string | undefined, year: string): void {
  for (const extra of EXTRA_DAYS[`${country}-${state ?? ''}`] ?? []) map.set(`${year}-${extra.monthDay}`, extra.name);
}

/** ISO 3166-2 (`FR-57`, `FR-GP`) → date-holidays state (`57`, `GP`). */
export function holidayState(country: string, region: string): string | undefined {
  const prefix = `${country}-`;
  return region.toUpperCase().startsWith(prefix) ? region.slice(prefix.length).toUpperCase() : undefined;
}
