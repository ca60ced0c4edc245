/**
 * A history read once: every event validated into the engine's form (instants as epoch ms, names
 * in canonical form, defaults applied), oldest first. `evaluate` reads the host's history on every
 * call, as its contract says; the internal callers that decide many times on the same history
 * (the `windows` command, the audit replay) read it once into a {@link NormalisedHistory} and pass
 * that instead, so that a decision costs the same whatever the history's length in reading.
 */
import { readHistory, type InputProblem } from './normalize.js';
import type { HistoryEvent } from './rule.js';

/** A validated history, oldest first. Built only by {@link normaliseHistory} (or from events already validated). */
export class NormalisedHistory {
  private constructor(
    /** The events, validated, oldest first. Never mutated. */
    readonly events: readonly HistoryEvent[],
  ) {}

  /**
   * Wraps events that are already in the engine's form (read by {@link readHistory} or
   * {@link normaliseHistory}), sorting them when they are not in time order. For internal callers
   * that keep validated events (the audit replay): nothing is validated again here.
   */
  static ofValidated(events: readonly HistoryEvent[]): NormalisedHistory {
    for (let i = 1; i < events.length; i++) {
      if (events[i]!.at < events[i - 1]!.at) return new NormalisedHistory([...events].sort((a, b) => a.at - b.at));
    }
    return new NormalisedHistory(events);
  }

  /** This history and more events (validated), in time order. */
  concat(more: readonly HistoryEvent[]): NormalisedHistory {
    return NormalisedHistory.ofValidated([...this.events, ...more]);
  }
}

/** Reads and validates a host's history once; the problems instead when any event is unusable (as `evaluate` reports them). */
export function normaliseHistory(history: unknown): NormalisedHistory | InputProblem[] {
  const read = readHistory(history);
  if (read.length > 0 && 'problem' in read[0]!) return read as InputProblem[];
  return NormalisedHistory.ofValidated(read as HistoryEvent[]);
}

/** Whether a value is a {@link NormalisedHistory}; false for anything else, a revoked Proxy included (never throws). */
export function isNormalised(history: unknown): history is NormalisedHistory {
  try {
    return history instanceof NormalisedHistory;
  } catch {
    return false;
  }
}
