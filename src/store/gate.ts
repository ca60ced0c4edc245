/**
 * The Gate: `evaluate` with a memory. It loads a recipient's history from a store, decides, and —
 * for `reserve` — records the attempt in the same per-recipient transaction, so that two dialer
 * workers can never both take the 4th call of D.223-9 al. 3 or call during a refusal cooldown.
 */
import type { Attempt, ContactEvent, Decision, EvaluateOptions, Instant } from '../core/types.js';
import { decide as decideWith } from '../core/engine.js';
import { engineSettings } from '../settings.js';
import { isObj, textProblem, withInstant } from '../core/guards.js';
import { parseNumber } from '../phone/number.js';
import { readInstant } from '../time/instant.js';
import { budgetDays, daysBefore, DEFAULT_LOOKBACK_DAYS, eventIdentity, historyAt, toStoredEvent } from './events.js';
import { memoryStore } from './memory.js';
import type { HistoryStore, StoredEvent } from './types.js';

/** Options of {@link createGate}: the store, how "now" and recipient keys are obtained, and `evaluate`'s options. */
export interface GateOptions extends EvaluateOptions {
  /** Where histories live. Default: a new {@link memoryStore} (one process, not persisted). */
  store?: HistoryStore;
  /**
   * The clock used when an attempt comes without `at` (and by `prune()` without a date). Without
   * it, a missing `at` is an error: the Gate never reads the system clock on its own.
   * @example `clock: () => new Date()`
   */
  clock?: () => Date;
  /**
   * The history key of a recipient, from its E.164 number. Default: the E.164 number itself.
   * Pass `(e164) => recipientKey(e164, secret)` to keep no raw numbers in the store, or your own
   * mapping to merge the numbers of one person into one history.
   */
  key?: (e164: string) => string;
  /**
   * Days of attempts and refusals loaded for a decision (and kept by `prune`). Default
   * {@link DEFAULT_LOOKBACK_DAYS} (62), what the built-in rules need (each pack's `lookbackDays`:
   * a custom pack that declares more is honoured by itself); raise it for custom packs
   * whose rules look further back. Cannot be lower than the default. Contact budgets extend it
   * by themselves: the advertiser's `policy` for every recipient, a consumer's own budget for theirs.
   */
  lookbackDays?: number;
}

/** An attempt for the Gate: as for `evaluate`, but `at` may be left out when the Gate has a clock. */
export type GateAttempt = Omit<Attempt, 'at'> & { at?: Instant | undefined };

/** Why the Gate refused an operation. Decisions never throw this: invalid attempts are denied with `input.*`. */
export type GateErrorCode = 'gate.no-clock' | 'gate.invalid-number' | 'gate.invalid-event' | 'gate.invalid-time' | 'gate.no-prune';

/** An operation the Gate refused, naming the fields at fault. Nothing was written. */
export class GateError extends Error {
  override readonly name = 'GateError';
  constructor(
    readonly code: GateErrorCode,
    readonly problems: ReadonlyArray<{ field: string; problem: string }>,
  ) {
    super(`${code}: ${problems.map((p) => `${p.field}: ${p.problem}`).join('; ')}`);
  }
}

/** The Gate: decisions backed by a history store. See {@link createGate}. */
export interface Gate {
  /** The store behind this Gate. */
  readonly store: HistoryStore;
  /** The decision for this attempt given the stored history. Writes nothing. */
  check(attempt: GateAttempt): Promise<Decision>;
  /**
   * The decision for this attempt; if it is allowed, the attempt is recorded in the same atomic
   * step, under the recipient's lock. Concurrent `reserve` calls for one recipient behave as if
   * made one after the other. Place the call only if `allowed`; if this rejects (store down),
   * do not call.
   */
  reserve(attempt: GateAttempt): Promise<Decision>;
  /**
   * Records events of one recipient: outcomes, refusals, objections, consents, withdrawals,
   * contracts, customer events, opposition-list checks, attempts placed outside the Gate.
   * Every event is validated as `evaluate` validates history; if any is invalid, nothing is
   * written and a {@link GateError} names the field. Recording an event already stored is a
   * no-op (safe to retry). Resolves to the number of events added.
   */
  record(to: string, events: ContactEvent | readonly ContactEvent[]): Promise<number>;
  /**
   * Data minimisation: deletes the attempts and refusals no decision at or after `asOf` can need
   * (older than the look-back), and superseded opposition checks; keeps consents, withdrawals,
   * objections, contracts, customer events and the latest check of each list. `asOf` defaults to
   * the clock. Resolves to the number of events deleted.
   */
  prune(asOf?: Instant): Promise<number>;
}

/**
 * Creates a Gate: atomic check-and-record of call attempts over a {@link HistoryStore}.
 *
 * @example
 * ```ts
 * import { createGate, memoryStore } from 'callgate';
 *
 * const gate = createGate({ store: memoryStore() });
 * const d = await gate.reserve({ to: '+33612345678', at: '2026-11-24T10:30:00+01:00', channel: 'voice', advertiser: 'acme' });
 * if (d.allowed) dial();
 * await gate.record('+33612345678', { type: 'refusal', at: '2026-11-24T10:32:00+01:00', advertiser: 'acme' });
 * ```
 */
export function createGate(options: GateOptions = {}): Gate {
  // What remains after the Gate's own options is `evaluate`'s, passed through whole.
  const { store = memoryStore(), clock, key = (e164: string) => e164, lookbackDays = DEFAULT_LOOKBACK_DAYS, ...evaluateOptions } = options;
  if (typeof lookbackDays !== 'number' || !Number.isFinite(lookbackDays) || lookbackDays < DEFAULT_LOOKBACK_DAYS) {
    throw new TypeError(`createGate: lookbackDays must be a number ≥ ${DEFAULT_LOOKBACK_DAYS} (what the built-in rules need), got ${String(lookbackDays)}`);
  }
  if (clock !== undefined && typeof clock !== 'function') throw new TypeError('createGate: clock must be a function returning a Date');

  const now = (field: string): Date => {
    if (clock === undefined) {
      throw new GateError('gate.no-clock', [{ field, problem: 'is missing and the Gate has no clock; pass the instant, or createGate({ clock: () => new Date() })' }]);
    }
    return clock();
  };
  const recipient = (e164: string): string => {
    const k = key(e164);
    if (typeof k !== 'string' || k === '') throw new TypeError(`createGate: key(${e164}) must return a non-empty string`);
    return k;
  };

  /** The attempt with its instant, and where its history lives; `key` undefined when `evaluate` will deny on input alone. */
  const locate = (input: GateAttempt): { attempt: Attempt; key?: string; ms?: number } => {
    let given: unknown;
    try {
      if (!isObj(input)) return { attempt: input as unknown as Attempt };
      given = input.at;
    } catch {
      return { attempt: input as unknown as Attempt }; // unreadable: the engine denies it, naming the field
    }
    const attempt = withInstant(input, given === undefined ? now('attempt.at') : given) as Attempt;
    if (attempt === (input as unknown)) return { attempt }; // could not be copied: denied on input
    const number = typeof attempt.to === 'string' && textProblem(attempt.to) === null ? parseNumber(attempt.to) : null;
    const at = readInstant(attempt.at);
    if (!number || !at.ok) return { attempt };
    return { attempt, key: recipient(number.e164), ms: at.ms };
  };
  // Contact budgets reach further back than the law's 30 and 61 days: the advertiser's policy
  // (an evaluate option) for every recipient, a consumer's preference event for theirs.
  // `evaluate`'s options are validated and resolved once, here: a mistake in them fails at
  // createGate, and no reservation pays for reading them again.
  const settings = engineSettings(evaluateOptions);
  // What the packs in use say their rules need (RulePack.lookbackDays), the host's choice if longer.
  const packDays = Math.max(...settings.packs.map((p) => p.lookbackDays ?? DEFAULT_LOOKBACK_DAYS));
  const baseDays = Math.max(lookbackDays, packDays, budgetDays((evaluateOptions as { policy?: unknown }).policy));
  const decide = (attempt: Attempt, history: readonly ContactEvent[]) => decideWith(attempt, history, settings);
  /** The history a decision at `ms` needs: the base look-back, longer if a loaded event carries a longer budget. */
  const historyFor = async (load: (since: Date) => Promise<StoredEvent[]>, ms: number): Promise<ContactEvent[]> => {
    let events = await load(daysBefore(ms, baseDays));
    const needed = events.reduce((days, e) => Math.max(days, budgetDays(e.event)), 0);
    if (needed > baseDays) events = await load(daysBefore(ms, needed));
    return historyAt(events, ms);
  };

  return {
    store,

    async check(input) {
      const { attempt, key: k, ms } = locate(input);
      if (k === undefined || ms === undefined) return decide(attempt, []);
      return decide(attempt, await historyFor((since) => store.load(k, since), ms));
    },

    async reserve(input) {
      const { attempt, key: k, ms } = locate(input);
      if (k === undefined || ms === undefined) return decide(attempt, []);
      return store.transaction(k, async (tx) => {
        const decision = decide(attempt, await historyFor((since) => tx.load(since), ms));
        if (decision.allowed) {
          // Allowed implies a valid attempt, so this event is valid too; it goes through the same reader anyway.
          const event = toStoredEvent({ type: 'attempt', at: new Date(ms), advertiser: attempt.advertiser, channel: attempt.channel }, 'attempt');
          if ('problem' in event) throw new GateError('gate.invalid-event', [event]);
          await tx.append([event]);
        }
        return decision;
      });
    },

    async record(to, events) {
      const list: readonly unknown[] = Array.isArray(events) ? events : [events];
      const number = typeof to === 'string' ? parseNumber(to) : null;
      // The number is not quoted: a host that keys histories (recipientKey) keeps numbers out of its logs.
      if (!number) throw new GateError('gate.invalid-number', [{ field: 'to', problem: 'is not a valid phone number (E.164, or French national digits)' }]);
      const stored: StoredEvent[] = [];
      const problems: Array<{ field: string; problem: string }> = [];
      list.forEach((e, i) => {
        const read = toStoredEvent(e, Array.isArray(events) ? `events[${i}]` : 'event');
        if ('problem' in read) problems.push({ field: read.field, problem: read.problem });
        else stored.push(read);
      });
      if (problems.length > 0) throw new GateError('gate.invalid-event', problems);
      if (stored.length === 0) return 0;
      const earliest = new Date(stored.reduce((min, e) => Math.min(min, e.at.getTime()), Infinity));
      return store.transaction(recipient(number.e164), async (tx) => {
        const seen = new Set((await tx.load(earliest)).map(eventIdentity)); // every stored event a new one could equal
        const fresh: StoredEvent[] = [];
        for (const e of stored) {
          const id = eventIdentity(e);
          if (!seen.has(id)) {
            seen.add(id);
            fresh.push(e);
          }
        }
        if (fresh.length > 0) await tx.append(fresh);
        return fresh.length;
      });
    },

    async prune(asOf) {
      if (store.prune === undefined) throw new GateError('gate.no-prune', [{ field: 'store.prune', problem: 'this store does not implement retention' }]);
      const at = readInstant(asOf === undefined ? now('asOf') : asOf);
      if (!at.ok) throw new GateError('gate.invalid-time', [{ field: 'asOf', problem: at.problem }]);
      return store.prune(daysBefore(at.ms, baseDays));
    },
  };
}
