/**
 * Validation of contact limits (budgets and time slots), shared by `preference` events and the
 * advertiser's `options.policy`. Fails with the path of the field at fault.
 */
import { Duration } from 'luxon';
import { describe } from '../time/instant.js';
import { elements, isObj, oneOf, type Obj } from './guards.js';
import type { Budget, Limits, Slot } from './rule.js';
import type { Channel } from './types.js';

const CHANNELS: readonly Channel[] = ['voice', 'sms'];
const ALL_DAYS = [1, 2, 3, 4, 5, 6, 7] as const;
const HHMM = /^([01]\d|2[0-3]):([0-5]\d)$|^24:00$/;

/** A field at fault in some limits. */
export interface LimitsProblem {
  field: string;
  problem: string;
}

const isChannel = (c: unknown): c is Channel => oneOf(c, CHANNELS);
const isWeekday = (d: unknown): d is number => Number.isInteger(d) && (d as number) >= 1 && (d as number) <= 7;

/** Minutes of the day of `'HH:MM'` (`'24:00'` = 1440), or -1. */
function minutes(v: unknown): number {
  if (typeof v !== 'string' || !HHMM.test(v)) return -1;
  return Number(v.slice(0, 2)) * 60 + Number(v.slice(3, 5));
}

function channels(v: unknown, field: string): readonly Channel[] | LimitsProblem {
  if (v === undefined) return CHANNELS;
  return elements(v, isChannel) ?? { field, problem: `must be a non-empty array of 'voice' | 'sms', got ${describe(v)}` };
}

function budget(v: unknown, path: string): Budget | LimitsProblem {
  if (!isObj(v)) return { field: path, problem: `must be { count, per, channels? }, got ${describe(v)}` };
  if (!Number.isInteger(v.count) || (v.count as number) < 0) return { field: `${path}.count`, problem: `must be a whole number ≥ 0, got ${describe(v.count)}` };
  const per = typeof v.per === 'string' ? Duration.fromISO(v.per) : null;
  if (!per || !per.isValid || per.toMillis() <= 0) {
    return { field: `${path}.per`, problem: `must be a positive ISO 8601 duration such as 'P1Y' or 'P30D', got ${describe(v.per)}` };
  }
  const ch = channels(v.channels, `${path}.channels`);
  if ('problem' in ch) return ch;
  return { count: v.count as number, per: v.per as string, channels: ch };
}

function slot(v: unknown, path: string): Slot | LimitsProblem {
  if (!isObj(v)) return { field: path, problem: `must be { from, to, days?, channels? }, got ${describe(v)}` };
  const from = minutes(v.from);
  const to = minutes(v.to);
  if (from < 0 || from === 1440) return { field: `${path}.from`, problem: `must be 'HH:MM', got ${describe(v.from)}` };
  if (to < 0) return { field: `${path}.to`, problem: `must be 'HH:MM' or '24:00', got ${describe(v.to)}` };
  if (to <= from) return { field: `${path}.to`, problem: 'must be after from (split a slot that crosses midnight in two)' };
  let days: readonly number[] = ALL_DAYS;
  if (v.days !== undefined) {
    const read = elements(v.days, isWeekday);
    if (!read) return { field: `${path}.days`, problem: `must be ISO weekdays 1 (Monday) … 7 (Sunday), got ${describe(v.days)}` };
    days = read;
  }
  const ch = channels(v.channels, `${path}.channels`);
  if ('problem' in ch) return ch;
  return { from, to, days, channels: ch };
}

function list<T>(v: unknown, path: string, read: (x: unknown, p: string) => T | LimitsProblem): T[] | LimitsProblem {
  if (v === undefined) return [];
  try {
    if (!Array.isArray(v)) return { field: path, problem: `must be an array, got ${describe(v)}` };
    const out: T[] = [];
    for (let i = 0; i < v.length; i++) {
      const r = read(v[i], `${path}[${i}]`);
      if (isProblem(r)) return r;
      out.push(r);
    }
    return out;
  } catch {
    return { field: path, problem: 'could not be read (a getter or Proxy threw)' };
  }
}

function isProblem(x: unknown): x is LimitsProblem {
  return isObj(x) && typeof x.problem === 'string' && typeof x.field === 'string';
}

/** Reads `budgets`, `excluded` and `preferred` of an object. */
export function readLimits(v: Obj, path: string): Limits | LimitsProblem {
  const budgets = list(v.budgets, `${path}.budgets`, budget);
  if (isProblem(budgets)) return budgets;
  const excluded = list(v.excluded, `${path}.excluded`, slot);
  if (isProblem(excluded)) return excluded;
  const preferred = list(v.preferred, `${path}.preferred`, slot);
  if (isProblem(preferred)) return preferred;
  return { budgets, excluded, preferred };
}
