/**
 * `callgate/holidays`: the public-holiday calendar on date-holidays itself, every country and year
 * it knows. The default calendar already answers from a generated table for the built-in packs'
 * countries in 2016–2045 and loads date-holidays by itself for anything else where Node can
 * require it; pass this one as `options.calendar` where it cannot (a browser bundle), or to read
 * date-holidays for every date.
 *
 * @example
 * ```ts
 * import { evaluate } from 'callgate';
 * import { fullCalendar } from 'callgate/holidays';
 *
 * const calendar = fullCalendar();
 * evaluate(attempt, history, { calendar });
 * ```
 */
import Holidays from 'date-holidays';
import type { Calendar } from './time/calendar.js';
import { dateHolidaysCalendar } from './time/date-holidays.js';

/** A calendar reading date-holidays for every country and year (see the module's note). */
export function fullCalendar(): Calendar {
  return dateHolidaysCalendar(Holidays);
}

export type { Calendar } from './time/calendar.js';
