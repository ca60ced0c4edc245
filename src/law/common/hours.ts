/**
 * Statutory calling hours as data: local windows per weekday (minutes of the day, half-open), days
 * closed on public holidays where the text says so. The rule blocks outside the windows until the
 * next opening (within two weeks), in the recipient's zone; with several candidate zones the
 * engine requires every one of them to be open.
 */
import type { DateTime } from 'luxon';
import { block, defineReason, defineRule } from '../../core/reason.js';
import type { ReasonDef, Rule, RuleContext, Text } from '../../core/rule.js';
import type { Citation } from '../../core/types.js';

/** `[from, to)` in minutes of the local day (`[9 * 60, 21 * 60 + 30]` = 09:00–21:30). */
export type Span = readonly [from: number, to: number];
/** Windows from Monday (index 0) to Sunday (index 6); an empty list = no calls that day. */
export type WeekSpans = readonly [readonly Span[], readonly Span[], readonly Span[], readonly Span[], readonly Span[], readonly Span[], readonly Span[]];

/** One country's calling hours. */
export interface CallingHours {
  id: string;
  code: string;
  inForce: { from: string; until?: string };
  citations: readonly Citation[];
  week: WeekSpans;
  /** Closed on the recipient's public holidays (national, and regional in conservative mode). */
  closedOnHolidays?: boolean;
  /** Closed on the days this returns a name for (a province's own statutory holidays), whatever the holiday mode. */
  holidayOf?(ctx: RuleContext, localDate: string): string | null;
  /** Windows of a day followed by a public holiday, when the text shortens it (Italy's "prefestivi"). */
  eve?: readonly Span[];
  /** Codes of a day closed as a whole, when the text names them apart (`es.hours.weekend`…); default `code`. */
  closedCodes?: { weekend?: string; holiday?: string };
  /** Which attempts the hours govern. */
  applies(ctx: RuleContext): boolean;
  statement: Text;
  reading?: Text;
  unverified?: Text;
}

const hhmm = (m: number) => `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
// Wall-clock arithmetic (set, not plus): on a DST day 09:00 is not midnight + 540 minutes.
const at = (day: DateTime, m: number) => day.set({ hour: Math.floor(m / 60), minute: m % 60, second: 0, millisecond: 0 }).toMillis();
const minuteOf = (d: DateTime) => d.hour * 60 + d.minute + d.second / 60 + d.millisecond / 60_000;

/** Facts of a call outside the hours. */
export type OutsideHoursFacts = { localTime: string; localDate: string; windows: string; timeZone: string; holiday?: string };

const OUTSIDE_HOURS_FACTS = {
  localTime: 'local time of the attempt',
  localDate: 'local date of the attempt',
  windows: "that day's windows (HH:mm-HH:mm, comma-separated; empty: no calls that day)",
  timeZone: 'the zone checked',
  holiday: 'the holiday, if closed for one',
} as const;

type HoursReason = ReasonDef<OutsideHoursFacts, string, 'block'>;

/** The reasons of a country's hours: outside the windows, and the whole-day codes when the text names them apart. */
export interface HoursReasons {
  outside: HoursReason;
  weekend?: HoursReason;
  holiday?: HoursReason;
}

/**
 * Defines the reasons of `h` (once per country: dated rows of the same hours pass the same object
 * to `callingHoursRule`, so that each code keeps one definition).
 */
export function hoursReasons(h: Pick<CallingHours, 'code' | 'closedCodes'>): HoursReasons {
  const reason = (code: string, message: HoursReason['message'], example: OutsideHoursFacts) =>
    defineReason<OutsideHoursFacts>()(code, { kind: 'block', facts: OUTSIDE_HOURS_FACTS, example, message });
  const out: HoursReasons = {
    outside: reason(h.code, (f) => ({
      en: `${f.localTime} on ${f.localDate} (${f.timeZone}) is outside the legal calling hours${f.holiday ? ` (public holiday: ${f.holiday})` : `: ${f.windows || 'no calls that day'}`}.`,
      fr: `${f.localTime} le ${f.localDate} (${f.timeZone}) est hors des horaires légaux d'appel${f.holiday ? ` (jour férié : ${f.holiday})` : ` : ${f.windows || "pas d'appel ce jour-là"}`}.`,
    }), { localTime: '21:40:00', localDate: '2026-11-24', windows: '09:00-21:00', timeZone: 'Europe/Madrid' }),
  };
  if (h.closedCodes?.weekend) {
    out.weekend = reason(h.closedCodes.weekend, (f) => ({
      en: `No calls on this day of the week: ${f.localDate} (${f.timeZone}).`,
      fr: `Pas d'appel ce jour de la semaine : le ${f.localDate} (${f.timeZone}).`,
    }), { localTime: '11:00:00', localDate: '2026-11-29', windows: '', timeZone: 'Europe/Madrid' });
  }
  if (h.closedCodes?.holiday) {
    out.holiday = reason(h.closedCodes.holiday, (f) => ({
      en: `No calls on a public holiday: ${f.localDate} is ${f.holiday} (${f.timeZone}).`,
      fr: `Pas d'appel un jour férié : le ${f.localDate} est « ${f.holiday} » (${f.timeZone}).`,
    }), { localTime: '11:00:00', localDate: '2026-12-08', windows: '', timeZone: 'Europe/Madrid', holiday: 'Inmaculada Concepción' });
  }
  return out;
}

/** Hours as a rule. */
export function callingHoursRule(h: CallingHours, reasons: HoursReasons = hoursReasons(h)): Rule {
  const holidayName = (ctx: RuleContext, localDate: string): string | null =>
    (h.closedOnHolidays ? ctx.holiday(localDate)?.name : undefined) ?? h.holidayOf?.(ctx, localDate) ?? null;
  const spansOn = (ctx: RuleContext, day: DateTime): readonly Span[] => {
    if (holidayName(ctx, day.toISODate()!) !== null) return [];
    const week = h.week[day.weekday - 1]!;
    // The eve's windows never widen the day's (a Saturday before a holiday keeps the Saturday's).
    return h.eve && week.length > 0 && holidayName(ctx, day.plus({ days: 1 }).toISODate()!) !== null ? h.eve : week;
  };
  return defineRule({
    id: h.id,
    inForce: h.inForce,
    citations: h.citations,
    statement: h.statement,
    ...(h.reading ? { reading: h.reading } : {}),
    ...(h.unverified ? { unverified: h.unverified } : {}),
    reasons: [reasons.outside, ...(reasons.weekend ? [reasons.weekend] : []), ...(reasons.holiday ? [reasons.holiday] : [])],
    check(ctx) {
      if (!h.applies(ctx)) return [];
      const { local } = ctx;
      const today = spansOn(ctx, local);
      const m = minuteOf(local);
      if (today.some(([a, b]) => m >= a && m < b)) return [];
      let until: number | null = null;
      const later = today.find(([a]) => a > m);
      if (later) until = at(local, later[0]);
      for (let d = 1; d <= 14 && until === null; d++) {
        const day = local.plus({ days: d }).startOf('day');
        const first = spansOn(ctx, day)[0];
        if (first) until = at(day, first[0]);
      }
      const facts: OutsideHoursFacts = {
        localTime: local.toFormat('HH:mm:ss'),
        localDate: ctx.localDate,
        windows: (today.length > 0 ? today : h.week[local.weekday - 1]!).map(([a, b]) => `${hhmm(a)}-${hhmm(b)}`).join(', '),
        timeZone: ctx.recipient.timeZone,
      };
      const holiday = holidayName(ctx, ctx.localDate);
      if (holiday !== null) facts.holiday = holiday;
      let reason = reasons.outside;
      if (holiday !== null && reasons.holiday) reason = reasons.holiday;
      else if (holiday === null && h.week[local.weekday - 1]!.length === 0 && reasons.weekend) reason = reasons.weekend;
      return [block(reason, facts, until)];
    },
  });
}
