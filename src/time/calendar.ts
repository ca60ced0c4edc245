import Holidays from 'date-holidays';

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
 * The default public-holiday calendar, built on date-holidays.
 *
 * Only days of `type: 'public'` count (date-holidays also lists observances such as Pentecost
 * Sunday or Mother's Day, which are not holidays). Without a region, France gives exactly the
 * 11 days of Code du travail L.3133-1; with a region it adds that region's days: Good Friday and
 * 26 December in Alsace-Moselle (L.3134-13), the abolition-of-slavery day overseas (L.3422-2).
 *
 * `date-holidays` is slow per call (~0.3 ms), so each (country, region, year) is expanded once
 * into a map of local dates. The memo is private to the calendar object and never changes an
 * answer, so evaluation stays pure.
 */
export function defaultCalendar(): Calendar {
  const years = new Map<string, ReadonlyMap<string, string>>();
  const engines = new Map<string, Holidays | null>();

  function engine(country: string, state: string | undefined): Holidays | null {
    const key = `${country}|${state ?? ''}`;
    let h = engines.get(key);
    if (h === undefined) {
      const candidate = state ? new Holidays(country, state) : new Holidays(country);
      // date-holidays silently falls back to nothing for an unknown state: use the country alone.
      h = candidate.getCountries()[country] ? candidate : null;
      if (h && state && !(h.getStates(country) ?? {})[state]) h = new Holidays(country);
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
        for (const extra of EXTRA_DAYS[`${country}-${state ?? ''}`] ?? []) map.set(`${year}-${extra.monthDay}`, extra.name);
        days = map;
        years.set(key, days);
      }
      const name = days.get(localDate);
      return name === undefined ? null : { name };
    },
  };
}

/**
 * Days date-holidays does not know. Saint-Martin: Code du travail L.3422-2 still says 27 May, but
 * 28 May is observed (a 2017 decree meant to move it carried a typo; circulars of 2018 and 2019
 * apply 28 May). Both days count, the conservative reading.
 */
const EXTRA_DAYS: Readonly<Record<string, ReadonlyArray<{ monthDay: string; name: string }>>> = {
  'FR-MF': [{ monthDay: '05-28', name: 'Abolition de l’esclavage (date observée à Saint-Martin)' }],
};

/** ISO 3166-2 (`FR-57`, `FR-GP`) → date-holidays state (`57`, `GP`). */
function holidayState(country: string, region: string): string | undefined {
  const prefix = `${country}-`;
  return region.toUpperCase().startsWith(prefix) ? region.slice(prefix.length).toUpperCase() : undefined;
}
