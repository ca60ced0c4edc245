import { DateTime, Duration } from 'luxon';
import { decide } from './core/engine.js';
import type { Attempt, ContactEvent, EvaluateOptions, Instant, Reason } from './core/types.js';
import { engineSettings } from './settings.js';
import { isObj, withInstant } from './core/guards.js';
import { readInstant } from './time/instant.js';

/** Options of {@link plan}: evaluation options plus the planning window. */
export interface PlanOptions extends EvaluateOptions {
  /** The earliest instant to plan from (a `Date`, or ISO 8601 with an offset). */
  from: Instant;
  /** How far to look: an ISO 8601 duration (`'P14D'`) or a number of days. Default 14 days. */
  horizon?: string | number;
}

/** One recipient's slot. */
export interface PlanEntry {
  /** Index of the attempt in the input list. */
  index: number;
  to: string;
  /**
   * Earliest allowed instant ≥ `from` within the horizon (ISO 8601, recipient's offset), or null
   * when there is none: then `reasons` say why, and `nextAllowedAt` gives the later date if known.
   */
  at: string | null;
  /** The reasons the attempt is blocked at `from` (empty when `at` is `from`). */
  reasons: Reason[];
  /** When `at` is null: the first allowed instant beyond the horizon, or null if none can be computed. */
  nextAllowedAt?: string | null;
}

/** A template of an attempt: everything but the instant, which the planner chooses. */
export type PlannedAttempt = Omit<Attempt, 'at'> & { at?: Instant };

/**
 * The earliest lawful slot for each of many recipients: one evaluation at `from` per recipient,
 * and the engine's own `nextAllowedAt` when it is denied. Options are validated once.
 *
 * @param attempts the contacts to plan (their `at` is ignored: the planner sets it)
 * @param histories each recipient's history: an array aligned with `attempts`, or a map keyed by `attempt.to`
 * @example
 * ```ts
 * const slots = plan(
 *   [{ to: '+33612345678', channel: 'voice', advertiser: 'acme' }],
 *   [[]],
 *   { from: '2026-11-28T09:00:00+01:00', horizon: 'P7D' },
 * );
 * slots[0].at; // '2026-11-30T10:00:00+01:00' (Saturday → Monday 10:00)
 * ```
 */
export function plan(
  attempts: readonly PlannedAttempt[],
  histories: ReadonlyArray<readonly ContactEvent[] | undefined> | ReadonlyMap<string, readonly ContactEvent[]>,
  options: PlanOptions,
): PlanEntry[] {
  const settings = engineSettings(options);
  const from = readInstant(options.from);
  if (!from.ok) throw new TypeError(`options.from ${from.problem}`);
  const horizon = readHorizon(options.horizon);
  if (horizon === null) throw new TypeError(`options.horizon must be a positive ISO 8601 duration or number of days, got ${String(options.horizon)}`);
  const end = DateTime.fromMillis(from.ms, { zone: 'UTC' }).plus(horizon).toMillis();
  const at = new Date(from.ms);
  if (!Array.isArray(attempts)) throw new TypeError('plan: attempts must be an array of attempts');
  if (!Array.isArray(histories) && !(histories instanceof Map)) throw new TypeError('plan: histories must be an array aligned with attempts, or a Map keyed by attempt.to');
  const historyOf = (i: number, to: unknown) => (Array.isArray(histories) ? histories[i] : typeof to === 'string' ? histories.get(to) : undefined) ?? [];

  return attempts.map((attempt, index) => {
    // A template that is not an object, or whose `to` cannot be read, is denied by the engine (input.*), like any bad data.
    const copy = withInstant(attempt, at);
    const to = recipientOf(copy);
    const d = decide(copy, historyOf(index, to), settings);
    if (d.allowed) return { index, to, at: d.recipient!.localTime, reasons: [] };
    const next = d.nextAllowedAt ?? null;
    if (next !== null && Date.parse(next) <= end) return { index, to, at: next, reasons: d.reasons };
    return { index, to, at: null, reasons: d.reasons, nextAllowedAt: next };
  });
}

/** The `to` of an attempt template as given (a string), or '' when there is none to read. */
function recipientOf(attempt: unknown): string {
  try {
    return isObj(attempt) && typeof attempt.to === 'string' ? attempt.to : '';
  } catch {
    return '';
  }
}

/** `options.horizon` as a positive duration (ISO 8601, or a finite number of days), or null. */
function readHorizon(v: unknown): Duration | null {
  if (v === undefined) return Duration.fromObject({ days: 14 });
  if (typeof v === 'number') return Number.isFinite(v) && v > 0 ? Duration.fromObject({ days: v }) : null;
  if (typeof v !== 'string') return null;
  const d = Duration.fromISO(v);
  return d.isValid && d.toMillis() > 0 ? d : null;
}
