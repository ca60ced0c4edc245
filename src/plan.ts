import { DateTime, Duration } from 'luxon';
import { decide } from './core/engine.js';
import type { Attempt, ContactEvent, EvaluateOptions, Instant, Reason } from './core/types.js';
import { engineSettings } from './evaluate.js';
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
  const horizon = typeof options.horizon === 'number' ? Duration.fromObject({ days: options.horizon }) : Duration.fromISO(options.horizon ?? 'P14D');
  if (!horizon.isValid || horizon.toMillis() <= 0) throw new TypeError(`options.horizon must be a positive ISO 8601 duration or number of days, got ${String(options.horizon)}`);
  const end = DateTime.fromMillis(from.ms, { zone: 'UTC' }).plus(horizon).toMillis();
  const at = new Date(from.ms);
  const historyOf = (i: number, to: string) => (Array.isArray(histories) ? histories[i] : (histories as ReadonlyMap<string, readonly ContactEvent[]>).get(to)) ?? [];

  return attempts.map((attempt, index) => {
    const d = decide({ ...attempt, at }, historyOf(index, attempt.to), settings);
    if (d.allowed) return { index, to: attempt.to, at: d.recipient!.localTime, reasons: [] };
    const next = d.nextAllowedAt ?? null;
    if (next !== null && Date.parse(next) <= end) return { index, to: attempt.to, at: next, reasons: d.reasons };
    return { index, to: attempt.to, at: null, reasons: d.reasons, nextAllowedAt: next };
  });
}
