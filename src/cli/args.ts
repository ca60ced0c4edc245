/**
 * Reading and checking command-line values. Every problem is a UsageError (exit code 2) that
 * names the option, so that a user fixes the command rather than reads a stack trace.
 */
import { timestampReader } from './timestamps.js';

const readStrict = timestampReader({});

/** A mistake in the command line or its input files: exit code 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}

/** Exit codes, one place (docs/audit.md documents them). */
export const EXIT = { ok: 0, deny: 1, violations: 1, usage: 2, incomplete: 3 } as const;

/** `--locale` */
export function locale(value: string | undefined): 'en' | 'fr' {
  if (value === undefined) return 'en';
  if (value === 'en' || value === 'fr') return value;
  throw new UsageError(`--locale must be en or fr, got '${value}'`);
}

/** `--holidays` */
export function holidays(value: string | undefined): 'conservative' | 'national' {
  if (value === undefined) return 'conservative';
  if (value === 'conservative' || value === 'national') return value;
  throw new UsageError(`--holidays must be conservative or national, got '${value}'`);
}

/** `--channel` */
export function channel(value: string | undefined): 'voice' | 'sms' {
  if (value === undefined) return 'voice';
  if (value === 'voice' || value === 'sms') return value;
  throw new UsageError(`--channel must be voice or sms, got '${value}'`);
}

/** A positive whole number option, e.g. `--days`. */
export function positiveInt(name: string, value: string | undefined, fallback: number, max: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > max) throw new UsageError(`${name} must be a whole number from 1 to ${max}, got '${value}'`);
  return n;
}

/**
 * An instant option (`--at`, `--from`): ISO 8601 with an offset, or the word `now`, the only
 * place the CLI reads the clock, and only when the user asks for it.
 */
export function instant(name: string, value: string | undefined): Date {
  if (value === undefined) throw new UsageError(`${name} is required: an ISO 8601 time with an offset (e.g. 2026-11-24T09:30:00+01:00) or 'now'`);
  if (value === 'now') return new Date();
  const r = readStrict(value);
  if (!r.ok) throw new UsageError(`${name}: ${r.problem}`);
  return new Date(r.ms);
}

/** A required non-empty text option. */
export function required(name: string, value: string | undefined): string {
  if (value === undefined || value.trim() === '') throw new UsageError(`${name} is required`);
  return value;
}
