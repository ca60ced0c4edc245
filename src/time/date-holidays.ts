/**
 * The public-holiday calendar read from date-holidays itself: every country and year it knows.
 * This module does not import date-holidays (the constructor is passed in): the default calendar
 * reads the generated table (holiday-table.ts) and reaches date-holidays only for what the table
 * does not cover, through `callgate/holidays` or the lazy loader of settings.ts.
 */
import type Holidays from 'date-holidays';
import { addExtraDays, holidayState, type Calendar } from './calendar.js';

/** The date-holidays constructor. */
export type HolidaysConstructor = typeof Holidays;

/**
 * A calendar on date-holidays. Only days of `type: 'public'` count (date-holidays also lists
 * observances such as Pentecost Sunday or Mother's Day, which are not holidays). Without a
 * region, France gives exactly the 11 days of Code du travail L.3133-1; with a region it adds that
 * region's days: Good Friday and 26 December in Alsace-Moselle (L.3134-13), the
 * abolition-of-slavery day overseas (L.3422-2).
 *
 * `date-holidays` is slow per call (~0.3 ms), so each (country, region, year) is expanded once
 * into a map of local dates. The memo is private to the calendar object and never changes an
 * answer, so evaluation stays pure.
 */
export function dateHolidaysCalendar(HolidaysClass: HolidaysConstructor): Calendar {
  const years = new Map<string, ReadonlyMap<string, string>>();
  const engines = new Map<string, Holidays | null>();

  function engine(country: string, state: string | undefined): Holidays | null {
    const key = `${country}|${state ?? ''}`;
    let h = engines.get(key);
    if (h === undefined) {
      const candidate = state ? new HolidaysClass(country, state) : new HolidaysClass(country);
      // date-holidays silently falls back to nothing for an unknown state: use the country alone.
      h = candidate.getCountries()[country] ? candidate : null;
      if (h && state && !(h.getStates(country) ?? {})[state]) h = new HolidaysClass(country);
      engines.set(key, h);
    }
    return h;
  }

  return {
    holiday(localDate, country, region) {
      const year = localDate.slice(0, 4);
      const state = region ? holidayState(country, region) : undefined;
      const key = `${country}|${state ?? ''}|${year}`;
      let days = years.get(key);
      if (!days) {
        const h = engine(country, state);
        const map = new Map<string, string>();
        for (const d of h ? h.getHolidays(+year) : []) {
          if (d.type === 'public') map.set(d.date.slice(0, 10), d.name);
        }
        addExtraDays(map, country, state, year);
        days = map;
        years.set(key, days);
      }
      const name = days.get(localDate);
      return name === undefined ? null : { name };
    },
  };
}

