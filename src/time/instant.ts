/**
 * Strict instants. A time string without an offset is ambiguous (whose 10:00?), so it is refused
 * rather than read in the process zone: the engine fails closed.
 */

// ISO 8601 extended date-time with seconds and fraction optional, and a mandatory offset or Z.
const ISO_WITH_OFFSET =
  /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?(?:([Zz])|([+-])(\d{2})(?::?(\d{2}))?)$/;
const HAS_DATE_AND_TIME = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}/;

/** The result of reading an instant: epoch milliseconds, or why it could not be read. */
export type InstantResult = { ok: true; ms: number } | { ok: false; problem: string };

/**
 * Reads a `Date` or an ISO 8601 string with an offset (`…+01:00`, `…Z`) into epoch milliseconds.
 * Never throws.
 */
export function readInstant(value: unknown): InstantResult {
  if (value instanceof Date) {
    const ms = value.getTime();
    return Number.isFinite(ms) ? { ok: true, ms } : { ok: false, problem: 'is an invalid Date' };
  }
  if (typeof value !== 'string') {
    return { ok: false, problem: `must be a Date or an ISO 8601 string, got ${describe(value)}` };
  }
  const m = ISO_WITH_OFFSET.exec(value);
  if (!m) {
    const problem = HAS_DATE_AND_TIME.test(value)
      ? `'${clip(value)}' has no offset; pass an ISO string with 'Z' or '+01:00', or a Date`
      : `'${clip(value)}' is not an ISO 8601 date-time with an offset (e.g. 2026-11-24T10:30:00+01:00)`;
    return { ok: false, problem };
  }
  const [year, month, day, hour, minute] = [m[1], m[2], m[3], m[4], m[5]].map(Number) as [
    number, number, number, number, number,
  ];
  const second = Number(m[6] ?? 0);
  const millis = Math.floor(Number(`0.${m[7] ?? 0}`) * 1000);
  const offsetMinutes = m[8] ? 0 : (m[9] === '-' ? -1 : 1) * (+m[10]! * 60 + +(m[11] ?? '0'));
  if (
    month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month) ||
    hour > 23 || minute > 59 || second > 59 || Math.abs(offsetMinutes) > 18 * 60
  ) {
    return { ok: false, problem: `'${clip(value)}' is out of range` };
  }
  const ms = Date.UTC(year, month - 1, day, hour, minute, second, millis) - offsetMinutes * 60_000;
  return { ok: true, ms };
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function clip(s: string): string {
  return s.length > 60 ? `${s.slice(0, 57)}...` : s;
}

/** A short, safe description of an unknown value for error messages. */
export function describe(value: unknown): string {
  if (value === null) return 'null';
  if (typeof value === 'string') return `'${clip(value)}'`;
  if (typeof value === 'object') return Array.isArray(value) ? 'an array' : 'an object';
  return `${typeof value} ${String(value).slice(0, 40)}`;
}
