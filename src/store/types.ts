/**
 * The storage contract behind the Gate. A host can implement it over its own database: three
 * methods (four with retention), no knowledge of the law needed beyond which event types may be
 * dropped by age (`TRANSIENT_EVENT_TYPES`).
 * @packageDocumentation
 */
import type { ContactEvent } from '../core/types.js';

/**
 * One history event as the store keeps it.
 *
 * `event` is already validated and canonical (every instant an ISO 8601 UTC string, defaults such
 * as `channels` spelled out), so it can be stored as JSON and handed back as is. `at` is the
 * instant the event sorts and is selected by: the event's `at`, or a contract's `start`.
 */
export interface StoredEvent {
  at: Date;
  event: ContactEvent;
}

/** Reads and writes of one recipient inside {@link HistoryStore.transaction}. */
export interface HistoryTransaction {
  /** Same selection as {@link HistoryStore.load}, and also sees what this transaction appended. */
  load(since: Date): Promise<StoredEvent[]>;
  /** Adds events to this recipient's history; kept only if the transaction completes. */
  append(events: readonly StoredEvent[]): Promise<void>;
}

/**
 * Where the Gate keeps each recipient's contact history. Histories are keyed by a recipient key:
 * the E.164 number, or a pseudonym of it (see `recipientKey`).
 *
 * The one hard requirement is in {@link HistoryStore.transaction}: calls for the same key must
 * run one after the other, and a failed call must leave nothing behind. That is what makes
 * `gate.reserve` safe when many dialer workers call the same number at once.
 *
 * @example A store over any SQL database with row-level transactions (sketch):
 * ```ts
 * const myStore: HistoryStore = {
 *   async load(key, since) {
 *     return rows(await db.query(
 *       `SELECT at, event FROM contact_events WHERE key = $1
 *          AND (at >= $2 OR type NOT IN ('attempt', 'refusal')) ORDER BY at`, [key, since]));
 *   },
 *   async transaction(key, fn) {
 *     return db.transaction(async (tx) => {
 *       await tx.query('SELECT pg_advisory_xact_lock(hashtextextended($1, 0))', [key]); // per-key lock
 *       return fn({
 *         load: async (since) => rows(await tx.query(`SELECT ... same as above`, [key, since])),
 *         append: async (events) => {
 *           for (const e of events) {
 *             await tx.query('INSERT INTO contact_events (key, type, at, event) VALUES ($1, $2, $3, $4)',
 *               [key, e.event.type, e.at, JSON.stringify(e.event)]);
 *           }
 *         },
 *       });
 *     });
 *   },
 * };
 * ```
 */
export interface HistoryStore {
  /**
   * The events of one recipient that a decision at or after `since` can need: every event of a
   * type in `TRANSIENT_EVENT_TYPES` (attempts, refusals) with `at >= since`, and every event of
   * any other type (consents, withdrawals, objections, contracts, customer events, opposition
   * checks) whatever its age. Any order. Returning more is harmless; returning less is a bug.
   */
  load(key: string, since: Date): Promise<StoredEvent[]>;
  /**
   * Runs `fn` with exclusive access to one recipient's history: concurrent calls for the same key
   * (from this process or any other sharing the store) must run one after the other, and each
   * must see what the previous ones appended. If `fn` throws, none of its appends are kept and
   * the error is rethrown. Calls for different keys may run in parallel.
   */
  transaction<T>(key: string, fn: (tx: HistoryTransaction) => Promise<T>): Promise<T>;
  /**
   * Retention (optional): deletes, across all recipients, the attempts and refusals with
   * `at < before`, and the opposition checks with `at < before` that are not the latest of their
   * recipient and list. Keeps everything else, and every event of a recipient who has an event
   * carrying a contact budget of their own (a non-empty `budgets` array: such a budget may count
   * contacts of any age). Resolves to the number of events deleted.
   */
  prune?(before: Date): Promise<number>;
}
