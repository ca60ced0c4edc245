/**
 * The replay: every attempt is judged by `evaluate` against that number's history before it,
 * in time order, as the dialer should have asked before placing it.
 *
 * Memory grows with the number of distinct numbers, not rows:
 * - per number, only the events the rules can still need are kept: attempts and refusals leave
 *   once older than {@link HISTORY_HORIZON_DAYS} behind the row being replayed (the 30-day cap and
 *   the 60-full-day refusal cooldown of D.223-9 look no further back); so do opposition checks
 *   older than that and superseded by a later check of the same list (the opposition rule reads
 *   only the latest result, L.223-1); consents, objections, contracts, the latest check of each
 *   list and customer events stay;
 * - logs are usually sorted by time, but exports written per agent or per trunk are only nearly
 *   so: rows pass through a reorder buffer of {@link REORDER_ROWS} rows (kept sorted on time, then
 *   line), which sorts any disorder shorter than that many rows. A row older than one already
 *   replayed is still judged against the events of its number whose time is at or before its
 *   own (evaluate ignores later ones), and is reported as an out-of-order advisory: the attempts
 *   replayed before it did not see it, so sort the file for an exact audit.
 */
import { decideRead, refuse } from '../../core/engine.js';
import type { InputProblem, ReadAttempt } from '../../core/normalize.js';
import type { HistoryEvent } from '../../core/rule.js';
import type { Decision, EvaluateOptions } from '../../core/types.js';
import { DEFAULT_LOOKBACK_DAYS, engineSettings } from '../../settings.js';
import { isTransient, retained, type Retainable } from '../../store/events.js';
import type { AttemptRecord, LogRecord } from './records.js';

/** Attempts and refusals older than this, behind the replay, can no longer block anything: the built-in packs' look-back. */
export const HISTORY_HORIZON_DAYS = DEFAULT_LOOKBACK_DAYS;
/** Rows held to put a nearly sorted log in order. */
export const REORDER_ROWS = 10_000;

const DAY_MS = 86_400_000;
const NONE: readonly HistoryEvent[] = [];
/** Log days between two sweeps of every history. */
const SWEEP_DAYS = 7;
/** Distinct names shared at most (a log has a few advertisers; a hostile one cannot grow the table without end). */
const MAX_SHARED_NAMES = 10_000;

/** Where the replay sends what it finds. */
export interface ReplaySink {
  judged(record: AttemptRecord, decision: Decision): void;
  outOfOrder(record: LogRecord, latest: number): void;
}

/** Judges an attempt read once by the records (or why it could not be read) against its history, oldest first. */
export type Judge = (read: ReadAttempt | InputProblem[], history: readonly HistoryEvent[]) => Decision;

/** The engine as the replay calls it: options resolved once, the attempt and the history read once (by the records). */
export function engineJudge(options: EvaluateOptions): Judge {
  const settings = engineSettings(options);
  return (read, history) => (Array.isArray(read) ? refuse(read, settings.locale) : decideRead(read, history, settings));
}

const view = (e: HistoryEvent): Retainable => ({ ms: e.at, event: e as Retainable['event'] });

/** Replays records pushed in file order; `finish` flushes the reorder buffer. */
export class Replay {
  private readonly buffer = new TimeOrderBuffer();
  /** Per number (E.164), the events the rules can still need, in the engine's form, oldest first. */
  private readonly histories = new Map<string, HistoryEvent[]>();
  private latest = Number.NEGATIVE_INFINITY;
  private readonly judge: Judge;
  /** When (log time) every history is next pruned, so that numbers not called again do not keep what can no longer matter. */
  private nextSweep = Number.NEGATIVE_INFINITY;
  /** One copy of each advertiser, list, channel and outcome name: a log repeats a few names millions of times. */
  private readonly names = new Map<string, string>();

  constructor(
    private readonly sink: ReplaySink,
    options: EvaluateOptions,
    private readonly reorderRows: number = REORDER_ROWS,
    /** The judge: the engine; the benchmark swaps it to measure the rest of the pipeline. */
    judge?: Judge,
  ) {
    this.judge = judge ?? engineJudge(options);
  }

  /** Numbers whose history the replay holds (the size of its state): those with events the rules can still need. */
  get numbers(): number {
    return this.histories.size;
  }

  /** Adds history known outside the log (the --events file), in any order, before the replay. */
  preload(record: LogRecord): void {
    if (record.kind === 'event') this.store(record.key, record.history);
    else for (const e of record.history) this.store(record.key, e);
  }

  push(record: LogRecord): void {
    this.buffer.push(record);
    if (this.buffer.size > this.reorderRows) this.replay(this.buffer.shift()!);
  }

  finish(): void {
    for (let r = this.buffer.shift(); r !== undefined; r = this.buffer.shift()) this.replay(r);
  }

  private replay(record: LogRecord): void {
    if (record.at < this.latest) this.sink.outOfOrder(record, this.latest);
    else this.latest = record.at;
    if (this.latest >= this.nextSweep) this.sweep();
    if (record.kind === 'event') {
      this.store(record.key, record.history);
      return;
    }
    const history = this.prune(record.key, record.at);
    const decision = this.judge(record.read, history ?? NONE);
    this.sink.judged(record, decision);
    // An attempt the engine cannot read (bad number, unsupported country) is no history.
    if (decision.reasons.some((r) => r.code.startsWith('input.'))) return;
    for (const e of record.history) this.store(record.key, e);
  }

  /** Adds an event to its number's history, kept oldest first (a sorted log only appends). */
  private store(key: string, event: HistoryEvent): void {
    this.share(event);
    const list = this.histories.get(key);
    if (!list) {
      this.histories.set(key, [event]);
      return;
    }
    let i = list.length;
    while (i > 0 && list[i - 1]!.at > event.at) i--;
    // A new array of the exact length, not a push: a pushed array reserves room for 16 more
    // events, which tripled the bytes of a short history (and most are short). Copied by hand:
    // `concat` and spreads cost several times more, or reserve room too.
    const n = list.length;
    const next = new Array<HistoryEvent>(n + 1);
    for (let j = 0; j < i; j++) next[j] = list[j]!;
    next[i] = event;
    for (let j = i; j < n; j++) next[j + 1] = list[j]!;
    this.histories.set(key, next);
  }

  /** Makes the event's names point to one shared copy of each (memory only: strings are compared by value). */
  private share(event: HistoryEvent): void {
    const e = event as { advertiser?: string; channel?: string; list?: string; outcome?: string };
    if (e.advertiser !== undefined) e.advertiser = this.name(e.advertiser);
    if (e.channel !== undefined) e.channel = this.name(e.channel);
    if (e.list !== undefined) e.list = this.name(e.list);
    if (e.outcome !== undefined) e.outcome = this.name(e.outcome);
  }

  private name(s: string): string {
    const known = this.names.get(s);
    if (known !== undefined) return known;
    if (this.names.size < MAX_SHARED_NAMES) this.names.set(s, s);
    return s;
  }

  /**
   * Every {@link SWEEP_DAYS} days of log time, prunes every history behind the replay (the same
   * retention rule as {@link prune}) and forgets the numbers left with nothing: the state then
   * holds the numbers active within the look-back, not every number ever seen. The replay is in
   * time order from here on (a row older than this is an out-of-order advisory already), so
   * nothing a later row can need leaves.
   */
  private sweep(): void {
    const horizon = this.latest - HISTORY_HORIZON_DAYS * DAY_MS;
    // forEach, not for…of: no entry array per number (the sweep visits every number held).
    this.histories.forEach((list, key) => {
      const first = list[0]!;
      if (first.at >= horizon) return;
      // Alone, a consent, a contract or the only check of a list stays whatever its age.
      if (list.length === 1 && !isTransient(first.type)) return;
      this.retain(key, list, horizon);
    });
    this.nextSweep = this.latest + SWEEP_DAYS * DAY_MS;
  }

  /** The number's history, without the events too old to matter any more (the stores' retention rule). */
  private prune(key: string, at: number): HistoryEvent[] | undefined {
    const list = this.histories.get(key);
    if (!list || list.length < 4) return list;
    const horizon = at - HISTORY_HORIZON_DAYS * DAY_MS;
    // Cheap test first: a history whose oldest event is recent keeps everything.
    if (list[0]!.at >= horizon && list.length < 16) return list;
    return this.retain(key, list, horizon);
  }

  /**
   * Applies the retention rule to a number's history: what remains is kept at its exact length (a
   * filtered array keeps spare room), and a number left with nothing is forgotten.
   */
  private retain(key: string, list: HistoryEvent[], horizon: number): HistoryEvent[] {
    const kept = retained(list, horizon, view);
    if (kept === list) return list;
    const exact = kept.slice();
    if (exact.length === 0) this.histories.delete(key);
    else this.histories.set(key, exact);
    return exact;
  }
}

function before(a: LogRecord, b: LogRecord): boolean {
  return a.at < b.at || (a.at === b.at && a.line < b.line);
}

/**
 * The reorder buffer: records kept sorted on (time, line). A sorted log only ever appends and
 * takes from the front (constant time); a late row is placed by binary search.
 */
class TimeOrderBuffer {
  private items: Array<LogRecord | undefined> = [];
  private head = 0;

  get size(): number {
    return this.items.length - this.head;
  }

  push(record: LogRecord): void {
    const { items } = this;
    const last = items[items.length - 1];
    if (this.size === 0 || last === undefined || !before(record, last)) {
      items.push(record);
      return;
    }
    let lo = this.head;
    let hi = items.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (before(record, items[mid]!)) hi = mid;
      else lo = mid + 1;
    }
    items.splice(lo, 0, record);
  }

  shift(): LogRecord | undefined {
    if (this.size === 0) return undefined;
    const record = this.items[this.head];
    this.items[this.head++] = undefined;
    // Drop the consumed front now and then, so the array does not grow with the file.
    if (this.head >= 4096 && this.head * 2 >= this.items.length) {
      this.items = this.items.slice(this.head);
      this.head = 0;
    }
    return record;
  }
}
