import type { Ms } from './rule.js';

/** What a rolling-window limit found: the instants counted, and when the block ends. */
export interface WindowCount {
  /** The instants after the window's start, oldest first. */
  counted: Ms[];
  /** When enough counted contacts have left the window; null when the limit is 0 (never). */
  until: Ms | null;
}

/**
 * The one reading of "at most `limit` contacts within a rolling window" (D.223-9's 4 in 30 days,
 * the US states' 3 in 24 hours, a consumer's budget): the instants of `times` (oldest first)
 * after `since` are counted; at `limit` or more the attempt is blocked until the
 * (n − limit + 1)-th oldest has left the window, i.e. `expire` of it. Null when under the limit.
 */
export function rollingLimit(times: readonly Ms[], since: Ms, limit: number, expire: (counted: Ms) => Ms): WindowCount | null {
  const counted = times.filter((at) => at > since);
  if (counted.length < limit) return null;
  return { counted, until: limit === 0 ? null : expire(counted[counted.length - limit]!) };
}
