/**
 * Reading the timestamps of call logs. The engine only accepts instants with an offset (a naive
 * "10:00" is ambiguous, so it fails closed); real exports are often naive local times of the
 * dialer's server. This module, in the CLI layer, turns them into instants in a zone the user
 * names (`--timezone Europe/Paris`), never in the process zone.
 */
import { DateTime, IANAZone } from 'luxon';
import { instantMs } from '../time/instant.js';

/** An instant in epoch milliseconds, or why the value could not be read. */
export type TimeRead = { ok: true; ms: number } | { ok: false; problem: string };

// `2026-11-24T10:30:00+01:00`, `2026-11-24 10:30:00Z`, fraction optional.
const WITH_OFFSET =
  /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?\s?(?:([Zz])|([+-])(\d{2}):?(\d{2})?)$/;
// `2026-11-24 10:30:00`, `2026-11-24T10:30`: a wall-clock time, no zone.
const NAIVE = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?$/;

/** How to read the timestamps of one file. */
export interface TimeReading {
  /** IANA zone of naive timestamps (`--timezone`, or the mapping's `timeZone`). */
  zone?: string;
  /** A luxon format for non-ISO timestamps, e.g. `dd/MM/yyyy HH:mm:ss` (read in `zone`). */
  format?: string;
  /**
   * How to read a date without a time (`2026-09-01`, `01/09/2026`): the start or the end of that
   * day in `zone`. Unset: a date alone is refused (a call log's row needs its time). Imports set
   * it: a consent register's date is the end of its day, a scrub's the start (docs/audit.md).
   */
  dateOnly?: 'start' | 'end';
}

// `2026-09-01` or `01/09/2026` (day first, as French registers write it).
const DATE_ONLY = /^(?:(\d{4})-(\d{2})-(\d{2})|(\d{2})\/(\d{2})\/(\d{4}))$/;

/** True when `zone` is an IANA zone name luxon knows. */
export function isZone(zone: string): boolean {
  return IANAZone.isValidZone(zone);
}

/**
 * Reads timestamps with a small cache of UTC offsets per local hour: converting a naive time
 * with luxon costs microseconds, a million rows would pay it a million times. French zones only
 * change offset on the hour, and an hour that does not exist (spring gap) is never cached.
 */
export function timestampReader(reading: TimeReading): (value: string) => TimeRead {
  const offsets = new Map<string, number>();
  const { zone, format } = reading;

  function naiveToMs(y: number, mo: number, d: number, h: number, mi: number, s: number, frac: string | undefined): TimeRead {
    if (zone === undefined) return { ok: false, problem: 'has no offset; pass --timezone (e.g. Europe/Paris) or write it with an offset' };
    if (!validParts(y, mo, d, h, mi, s)) return { ok: false, problem: 'is out of range' };
    const ms = Math.floor(Number(`0.${frac ?? 0}`) * 1000);
    const hourKey = `${y}-${mo}-${d}T${h}`;
    let offset = offsets.get(hourKey);
    if (offset === undefined) {
      const local = DateTime.fromObject({ year: y, month: mo, day: d, hour: h }, { zone });
      if (!local.isValid) return { ok: false, problem: `cannot be placed in ${zone}` };
      if (local.hour !== h) {
        // Spring-forward gap: the wall-clock time never happened; luxon moves it forward.
        const exact = DateTime.fromObject({ year: y, month: mo, day: d, hour: h, minute: mi, second: s, millisecond: ms }, { zone });
        return { ok: true, ms: exact.toMillis() };
      }
      offset = local.offset;
      if (offsets.size > 100_000) offsets.clear();
      offsets.set(hourKey, offset);
    }
    return { ok: true, ms: Date.UTC(y, mo - 1, d, h, mi, s, ms) - offset * 60_000 };
  }

  return (raw) => {
    const value = raw.trim();
    if (value === '') return { ok: false, problem: 'is empty' };
    // The usual cell, an ISO instant with its offset, read without a regex or an allocation (the
    // engine's scanner); from 1970 as below. Anything else is read by the patterns, which say why.
    const fast = instantMs(value);
    if (fast >= 0) return { ok: true, ms: fast };
    let m = WITH_OFFSET.exec(value);
    if (m) {
      const [y, mo, d, h, mi] = [m[1], m[2], m[3], m[4], m[5]].map(Number) as [number, number, number, number, number];
      const s = Number(m[6] ?? 0);
      if (!validParts(y, mo, d, h, mi, s)) return { ok: false, problem: `'${clip(value)}' is out of range` };
      const offset = m[8] ? 0 : (m[9] === '-' ? -1 : 1) * (Number(m[10]) * 60 + Number(m[11] ?? 0));
      if (Math.abs(offset) > 18 * 60) return { ok: false, problem: `'${clip(value)}' has an offset out of range` };
      const ms = Math.floor(Number(`0.${m[7] ?? 0}`) * 1000);
      return { ok: true, ms: Date.UTC(y, mo - 1, d, h, mi, s, ms) - offset * 60_000 };
    }
    m = NAIVE.exec(value);
    if (m) {
      const r = naiveToMs(Number(m[1]), Number(m[2]), Number(m[3]), Number(m[4]), Number(m[5]), Number(m[6] ?? 0), m[7]);
      return r.ok ? r : { ok: false, problem: `'${clip(value)}' ${r.problem}` };
    }
    if (reading.dateOnly !== undefined && (m = DATE_ONLY.exec(value))) {
      const [y, mo, d] = (m[1] ? [m[1], m[2], m[3]] : [m[6], m[5], m[4]]).map(Number) as [number, number, number];
      if (zone === undefined) return { ok: false, problem: `'${clip(value)}' is a date without time; pass --timezone (e.g. Europe/Paris)` };
      if (!validParts(y, mo, d, 0, 0, 0)) return { ok: false, problem: `'${clip(value)}' is out of range` };
      const day = DateTime.fromObject({ year: y, month: mo, day: d }, { zone });
      return { ok: true, ms: (reading.dateOnly === 'end' ? day.endOf('day') : day.startOf('day')).toMillis() };
    }
    if (format !== undefined) {
      const dt = DateTime.fromFormat(value, format, zone === undefined ? { setZone: true } : { zone });
      if (dt.isValid && (zone !== undefined || /Z|[+-]\d/.test(value))) return { ok: true, ms: dt.toMillis() };
      if (dt.isValid) return { ok: false, problem: `'${clip(value)}' has no offset; pass --timezone (e.g. Europe/Paris)` };
      return { ok: false, problem: `'${clip(value)}' does not match the format '${format}'` };
    }
    return { ok: false, problem: `'${clip(value)}' is not a date-time (expected ISO 8601, e.g. 2026-11-24T10:30:00+01:00)` };
  };
}

function validParts(y: number, mo: number, d: number, h: number, mi: number, s: number): boolean {
  return y >= 1970 && mo >= 1 && mo <= 12 && d >= 1 && d <= new Date(Date.UTC(y, mo, 0)).getUTCDate() && h <= 23 && mi <= 59 && s <= 59;
}

/** Shortens a value quoted in a message (a cell can be a megabyte long). */
export function clip(s: string, max = 60): string {
  return s.length > max ? `${s.slice(0, max - 3)}...` : s;
}
