import { decide } from './core/engine.js';
import type { Attempt, ContactEvent, Decision, EvaluateOptions } from './core/types.js';
import { engineSettings } from './settings.js';

export { builtinPacks, engineSettings } from './settings.js';

/**
 * Tells whether the law allows a call or SMS, why, and when it next will.
 *
 * Pure and synchronous: same inputs, same output; no clock, no I/O. Never throws on bad data:
 * unreadable input yields `deny` with `input.*` reasons naming the field. Throws only on a
 * programming error in `options` (e.g. an unknown locale).
 *
 * @param attempt the call or SMS about to happen (or that happened, in an audit)
 * @param history the consumer's contact history, any order; only events at or before `attempt.at` count
 * @param options rule packs, calendar, holiday mode, locale
 *
 * @example
 * ```ts
 * import { evaluate } from 'callgate';
 *
 * const d = evaluate(
 *   { to: '+33612345678', at: '2026-11-24T09:30:00+01:00', channel: 'voice', advertiser: 'acme' },
 *   [],
 * );
 * d.allowed;        // false
 * d.reasons[0].code // 'fr.hours.outside-window'
 * d.nextAllowedAt;  // '2026-11-24T10:00:00+01:00'
 * ```
 */
export function evaluate(attempt: Attempt, history: readonly ContactEvent[] = [], options: EvaluateOptions = {}): Decision {
  return decide(attempt, history, engineSettings(options));
}

