/**
 * Strict instants. A time string without an offset is ambiguous (whose 10:00?), so it is refused
 * rather than read in the process zone: the engine fails closed.
 */

import { dayOfCivil } from './local.js';

const HAS_DATE_AND_TIME = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}/;

/**
 * The years an instant may fall in. Outside them a date is almost surely a mistake (a two-digit
 * year, an epoch in seconds read as milliseconds), the stores could not round-trip it, and no
 * rule is dated there: it is refused, like any unreadable instant.
 */
export const SUPPORTED_YEARS = { from: 1900, to: 9999 } as const;
const MIN_MS = Date.UTC(SUPPORTED_YEARS.from, 0, 1);
const MAX_MS = Date.UTC(SUPPORTED_YEARS.to + 1, 0, 1) - 1;
const YEARS_TEXT = `outside the supported years ${SUPPORTED_YEARS.from}–${SUPPORTED_YEARS.to}`;

/** The result of reading an instant: epoch milliseconds, or why it could not be read. */
export type InstantResult = { ok: true; ms: number } | { ok: false; problem: string };

/**
 * Reads a `Date` or an ISO 8601 string with an offset (`…+01:00`, `…+0100`, `…Z`) into epoch
 * milliseconds. Accepted: `YYYY-MM-DDTHH:MM[:SS[.fraction]]` then `Z` or `±HH[:]MM`. Never throws.
 * A hand-written scanner: it runs once per history event, and a regular expression with
 * captures was the main cost of an evaluation.
 */
export function readInstant(value: unknown): InstantResult {
  try {
    return readInstantUnsafe(value);
  } catch {
    return { ok: false, problem: 'could not be read (not a real Date, or a getter or Proxy threw)' };
  }
}

function readInstantUnsafe(value: unknown): InstantResult {
  if (value instanceof Date) {
    const ms = Date.prototype.getTime.call(value);
    if (!Number.isFinite(ms)) return { ok: false, problem: 'is an invalid Date' };
    return ms < MIN_MS || ms > MAX_MS ? { ok: false, problem: `is a Date ${YEARS_TEXT}` } : { ok: true, ms };
  }
  if (typeof value !== 'string') {
    return { ok: false, problem: `must be a Date or an ISO 8601 string, got ${describe(value)}` };
  }
  const ms = scanIso(value);
  if (ms === NO_OFFSET) return { ok: false, problem: `'${clip(value)}' has no offset; pass an ISO string with 'Z' or '+01:00', or a Date` };
  if (Number.isNaN(ms)) return { ok: false, problem: `'${clip(value)}' is out of range` };
  if (ms === MALFORMED) {
    const problem = HAS_DATE_AND_TIME.test(value) && !/[+-]|[zZ]$/.test(value.slice(16))
      ? `'${clip(value)}' has no offset; pass an ISO string with 'Z' or '+01:00', or a Date`
      : `'${clip(value)}' is not an ISO 8601 date-time with an offset (e.g. 2026-11-24T10:30:00+01:00)`;
    return { ok: false, problem };
  }
  if (ms < MIN_MS || ms > MAX_MS) return { ok: false, problem: `'${clip(value)}' is ${YEARS_TEXT}` };
  return { ok: true, ms };
}

/**
 * The epoch ms of a valid ISO string with an offset within the supported years, or NaN for
 * anything else (then {@link readInstant} says why). The allocation-free path of reading a history.
 */
export function instantMs(value: string): number {
  const ms = scanIso(value);
  return ms >= MIN_MS && ms <= MAX_MS ? ms : Number.NaN;
}

const MALFORMED = -Infinity;
const NO_OFFSET = Infinity;
const OUT_OF_RANGE = Number.NaN;

/** Scans an ISO string; returns epoch ms, or one of the sentinels above. */
function scanIso(s: string): number {
  const n = s.length;
  if (n < 17 || s.charCodeAt(4) !== 45 || s.charCodeAt(7) !== 45 || s.charCodeAt(10) !== 84 || s.charCodeAt(13) !== 58) return MALFORMED;
  const year = digits(s, 0, 4), month = digits(s, 5, 2), day = digits(s, 8, 2), hour = digits(s, 11, 2), minute = digits(s, 14, 2);
  if (year < 0 || month < 0 || day < 0 || hour < 0 || minute < 0) return MALFORMED;
  let i = 16;
  let second = 0;
  let millis = 0;
  if (s.charCodeAt(i) === 58) {
    second = digits(s, i + 1, 2);
    if (second < 0) return MALFORMED;
    i += 3;
    const c = s.charCodeAt(i);
    if (c === 46 || c === 44) {
      let j = i + 1;
      let scale = 100;
      while (j < n && isDigit(s.charCodeAt(j))) {
        millis += (s.charCodeAt(j) - 48) * scale;
        scale /= 10;
        j++;
      }
      if (j === i + 1 || j - i - 1 > 9) return MALFORMED;
      millis = Math.floor(millis);
      i = j;
    }
  }
  if (i === n) return NO_OFFSET;
  let offsetMinutes = 0;
  const sign = s.charCodeAt(i);
  if (sign === 90 || sign === 122) {
    if (i + 1 !== n) return MALFORMED;
  } else if (sign === 43 || sign === 45) {
    const oh = digits(s, i + 1, 2);
    const colon = s.charCodeAt(i + 3) === 58 ? 1 : 0;
    const om = digits(s, i + 3 + colon, 2);
    if (oh < 0 || om < 0 || i + 5 + colon !== n) return MALFORMED;
    if (om > 59) return OUT_OF_RANGE;
    offsetMinutes = (sign === 45 ? -1 : 1) * (oh * 60 + om);
  } else return MALFORMED;
  if (
    month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month) ||
    hour > 23 || minute > 59 || second > 59 || Math.abs(offsetMinutes) > 18 * 60
  ) return OUT_OF_RANGE;
  // Date.UTC reads years 0–99 as 1900–1999: such a year is outside the supported range anyway.
  if (year < SUPPORTED_YEARS.from) return -MAX_MS - 1;
  // Integer arithmetic rather than Date.UTC: this runs once per history event.
  return dayOfCivil(year, month, day) * 86_400_000 + ((hour * 60 + minute - offsetMinutes) * 60 + second) * 1000 + millis;
}

const isDigit = (c: number) => c >= 48 && c <= 57;

/** The value of `len` decimal digits at `at`, or -1. */
function digits(s: string, at: number, len: number): number {
  let v = 0;
  for (let k = at; k < at + len; k++) {
    const c = s.charCodeAt(k);
    if (!isDigit(c)) return -1;
    v = v * 10 + c - 48;
  }
  return v;
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function daysInMonth(year: number, month: number): number {
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return month === 2 && leap ? 29 : MONTH_DAYS[month - 1]!;
}

function clip(s: string): string {
  return s.length > 60 ? `${s.slice(0, 57)}...` : s;
}

/** A short, safe description of an unknown value for error messages. */
export function describe(value: unknown): string {
  try {
    return describeUnsafe(value);
  } catch {
    return 'an unreadable value'; // a revoked Proxy, an object whose conversion throws
  }
}

function describeUnsafe(value: unknown): string {
  if (value === null) return 'null';
  if (typeof value === 'string') return `'${clip(value)}'`;
  if (typeof value === 'object') return Array.isArray(value) ? 'an array' : 'an object';
  return `${typeof value} ${String(value).slice(0, 40)}`;
}
