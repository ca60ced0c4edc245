/**
 * Local wall-clock arithmetic on numbers: the hot paths of the rules (hours, caps, cooldowns,
 * list checks) read the recipient's local time from epoch milliseconds and the zone's offset,
 * without building a luxon DateTime per call. The offset comes from the zone's memo (one `Intl`
 * call per zone and UTC hour, see zone.ts); the calendar arithmetic is integer arithmetic on day
 * numbers (days since 1970-01-01 in the local calendar).
 *
 * The inverse (a local wall-clock time → an instant) reads gaps and overlaps exactly as luxon does
 * (`DateTime#set`, `plus({ days })`, `startOf('day')`): it starts from a guessed offset (the one
 * of the instant the computation started from) and corrects it once, so that the answers are
 * identical to the luxon code they replace. test/time/local.test.ts checks it against luxon
 * across the DST changes of every supported zone.
 */
import type { Zone } from 'luxon';

const MINUTE = 60_000;
const HOUR = 3_600_000;
/** Milliseconds in a calendar day of wall-clock time (not of elapsed time on a DST day). */
export const DAY_MS = 86_400_000;

/** The local wall clock of an instant: fields, day number and time of day. Plain numbers. */
export interface LocalWall {
  /** Local day number: days since 1970-01-01 in the local calendar. */
  day: number;
  /** Milliseconds since local midnight (wall clock: 10:00 is 36,000,000, even on a DST day). */
  msOfDay: number;
  year: number;
  month: number;
  /** Day of the month, 1–31. */
  date: number;
  hour: number;
  minute: number;
  second: number;
  millisecond: number;
  /** ISO weekday: 1 = Monday … 7 = Sunday. */
  weekday: number;
  /** The zone's offset at the instant, in minutes east of UTC. */
  offset: number;
}

/** Day number → [year, month 1–12, day 1–31] (proleptic Gregorian; H. Hinnant's civil_from_days). */
export function civilOfDay(day: number): [year: number, month: number, date: number] {
  const z = day + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const date = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return [yoe + era * 400 + (month <= 2 ? 1 : 0), month, date];
}

/** [year, month 1–12, day 1–31] → day number. */
export function dayOfCivil(year: number, month: number, date: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = month > 2 ? month - 3 : month + 9;
  const doy = Math.floor((153 * mp + 2) / 5) + date - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146_097 + doe - 719_468;
}

/** ISO weekday (1 = Monday … 7 = Sunday) of a day number. */
export function weekdayOfDay(day: number): number {
  return ((((day + 3) % 7) + 7) % 7) + 1;
}

const pad2 = (n: number) => (n < 10 ? `0${n}` : `${n}`);

/** `YYYY-MM-DD` of a day number (years 1000–9999, the supported ones). */
export function isoDateOfDay(day: number): string {
  const [y, m, d] = civilOfDay(day);
  return `${y}-${pad2(m)}-${pad2(d)}`;
}

/** Day number of a `YYYY-MM-DD` string (no validation: the engine's own dates). */
export function dayOfIsoDate(date: string): number {
  return dayOfCivil(+date.slice(0, 4), +date.slice(5, 7), +date.slice(8, 10));
}

/** `HH:mm:ss` of a time of day. */
export function clockText(msOfDay: number, seconds = true): string {
  const h = Math.floor(msOfDay / HOUR);
  const m = Math.floor((msOfDay % HOUR) / MINUTE);
  const hm = `${pad2(h)}:${pad2(m)}`;
  return seconds ? `${hm}:${pad2(Math.floor((msOfDay % MINUTE) / 1000))}` : hm;
}

/**
 * The clock of one zone: wall fields of instants, and instants of wall times. Cheap to create; the
 * offsets it reads are memoised by the zone (zone.ts), never computed twice for the same hour.
 */
export class LocalClock {
  constructor(readonly zone: Zone) {}

  /** The zone's offset at an instant, minutes east of UTC. */
  offset(ms: number): number {
    return this.zone.offset(ms);
  }

  /** Local day number of an instant. */
  dayOf(ms: number): number {
    return Math.floor((ms + this.zone.offset(ms) * MINUTE) / DAY_MS);
  }

  /** The wall clock of an instant. */
  wall(ms: number): LocalWall {
    const offset = this.zone.offset(ms);
    const local = ms + offset * MINUTE;
    const day = Math.floor(local / DAY_MS);
    const msOfDay = local - day * DAY_MS;
    const [year, month, date] = civilOfDay(day);
    return {
      day,
      msOfDay,
      year,
      month,
      date,
      hour: Math.floor(msOfDay / HOUR),
      minute: Math.floor((msOfDay % HOUR) / MINUTE),
      second: Math.floor((msOfDay % MINUTE) / 1000),
      millisecond: msOfDay % 1000,
      weekday: weekdayOfDay(day),
      offset,
    };
  }

  /**
   * The instant of local day `day` at wall-clock `msOfDay`, luxon's way: start from the offset
   * `guess` (the offset of the instant the computation came from), correct it once; in a gap the
   * time moves forward, in an overlap the guess decides (luxon's `fixOffset`).
   */
  instant(day: number, msOfDay: number, guess: number): number {
    const localTs = day * DAY_MS + msOfDay;
    let utc = localTs - guess * MINUTE;
    const o2 = this.zone.offset(utc);
    if (guess === o2) return utc;
    utc -= (o2 - guess) * MINUTE;
    const o3 = this.zone.offset(utc);
    if (o2 === o3) return utc;
    return localTs - Math.min(o2, o3) * MINUTE;
  }

  /**
   * `DateTime.fromMillis(ms, { zone }).plus({ days }).toMillis()`: the same wall-clock time `days`
   * calendar days later (negative: earlier).
   */
  plusDays(ms: number, days: number): number {
    const offset = this.zone.offset(ms);
    const local = ms + offset * MINUTE;
    const day = Math.floor(local / DAY_MS);
    return this.instant(day + days, local - day * DAY_MS, offset);
  }

  /**
   * `DateTime.fromMillis(ms, { zone }).plus({ days }).startOf('day').toMillis()`: local midnight
   * `days` calendar days after the day of `ms`.
   */
  startOfDayPlus(ms: number, days: number): number {
    const shifted = this.plusDays(ms, days);
    return this.instant(this.dayOf(shifted), 0, this.zone.offset(shifted));
  }

  /**
   * `DateTime.fromISO(date, { zone }).plus({ days: 1 }).startOf('day').toMillis()`: the instant local
   * day `day` ends (the next local midnight), e.g. when a rule dated until that day stops applying.
   */
  endOfDay(day: number): number {
    return this.startOfDayPlus(this.instant(day, 0, this.zone.offset(day * DAY_MS)), 1);
  }

  /**
   * `DateTime.fromMillis(ms, { zone }).set({ hour, minute, second: 0, millisecond: 0 }).toMillis()`:
   * a wall-clock time the same local day.
   */
  sameDayAt(ms: number, minuteOfDay: number): number {
    const offset = this.zone.offset(ms);
    return this.instant(Math.floor((ms + offset * MINUTE) / DAY_MS), minuteOfDay * MINUTE, offset);
  }
}

const clocks = new WeakMap<Zone, LocalClock>();

/** The clock of a zone (one per zone object). */
export function clockOf(zone: Zone): LocalClock {
  let clock = clocks.get(zone);
  if (!clock) {
    clock = new LocalClock(zone);
    clocks.set(zone, clock);
  }
  return clock;
}
