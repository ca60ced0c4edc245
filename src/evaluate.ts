import { decide, type EngineSettings } from './core/engine.js';
import { readLimits } from './core/limits.js';
import { resolveRuleOptions } from './core/options.js';
import type { Attempt, ContactEvent, Decision, EvaluateOptions, RulePack } from './core/types.js';
import { caPack } from './law/ca/index.js';
import { dePack } from './law/de/index.js';
import { esPack } from './law/es/index.js';
import { ukPack } from './law/uk/index.js';
import { bePack } from './law/be/index.js';
import { chPack } from './law/ch/index.js';
import { frPack } from './law/fr/index.js';
import { itPack } from './law/it/index.js';
import { nlPack } from './law/nl/index.js';
import { policyRules, preferenceRules } from './preferences/limits.js';
import { usPack } from './law/us/index.js';
import { defaultCalendar } from './time/calendar.js';

/** The built-in rule packs, used when `options.packs` is not given. */
export const builtinPacks = [frPack, usPack, caPack, ukPack, bePack, chPack, dePack, esPack, nlPack, itPack] as const;

// One default calendar for the process: its memo of holiday dates only ever saves work.
let sharedCalendar: ReturnType<typeof defaultCalendar> | undefined;

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

/**
 * Options validated and resolved once (defaults applied, policy read): what the engine runs with.
 * Throws a TypeError naming the option on a programming error.
 */
export function engineSettings(options: EvaluateOptions): EngineSettings {
  if (typeof options !== 'object' || options === null || Array.isArray(options)) {
    throw new TypeError(`options must be an object (or left out), got ${options === null ? 'null' : typeof options}`);
  }
  const locale = options.locale ?? 'en';
  if (locale !== 'en' && locale !== 'fr') throw new TypeError(`options.locale must be 'en' or 'fr', got ${String(locale)}`);
  const holidays = options.holidays ?? 'conservative';
  if (holidays !== 'conservative' && holidays !== 'national') {
    throw new TypeError(`options.holidays must be 'conservative' or 'national', got ${String(holidays)}`);
  }
  const packs = options.packs ?? builtinPacks;
  if (!Array.isArray(packs) || packs.length === 0) throw new TypeError('options.packs must be a non-empty array of rule packs');
  packs.forEach(checkPack);
  const calendar = options.calendar ?? (sharedCalendar ??= defaultCalendar());
  if (typeof calendar.holiday !== 'function') throw new TypeError('options.calendar must have a holiday(localDate, country, region?) method');
  const advisories = options.advisories ?? 'warn';
  if (advisories !== 'warn' && advisories !== 'block') throw new TypeError(`options.advisories must be 'warn' or 'block', got ${String(advisories)}`);
  let overlays = preferenceRules;
  if (options.policy !== undefined) {
    if (typeof options.policy !== 'object' || options.policy === null) throw new TypeError('options.policy must be an object { budgets?, excluded?, preferred? }');
    const policy = readLimits(options.policy as unknown as Record<string, unknown>, 'options.policy');
    if ('problem' in policy) throw new TypeError(`${policy.field} ${policy.problem}`);
    overlays = [...preferenceRules, ...policyRules(policy)];
  }
  return { packs, calendar, holidays, locale, overlays, advisories, options: resolveRuleOptions(options) };
}


/** A rule pack's shape, checked once per options object: a pack missing a part is a programming error. */
function checkPack(pack: unknown, i: number): void {
  const at = `options.packs[${i}]`;
  if (typeof pack !== 'object' || pack === null) throw new TypeError(`${at} must be a rule pack object, got ${pack === null ? 'null' : typeof pack}`);
  const p = pack as Partial<Record<keyof RulePack, unknown>>;
  if (typeof p.id !== 'string' || p.id === '') throw new TypeError(`${at}.id must be a non-empty string`);
  for (const key of ['jurisdiction', 'calendarCountry'] as const) {
    if (typeof p[key] !== 'string') throw new TypeError(`${at}.${key} must be a string (pack '${p.id}')`);
  }
  for (const key of ['countries', 'rules', 'sanctions'] as const) {
    if (!Array.isArray(p[key])) throw new TypeError(`${at}.${key} must be an array (pack '${p.id}')`);
  }
  if (typeof p.locate !== 'function') throw new TypeError(`${at}.locate must be a function (pack '${p.id}')`);
  (p.rules as unknown[]).forEach((rule, j) => {
    const r = rule as Partial<Record<string, unknown>> | null;
    if (typeof r !== 'object' || r === null || typeof r.id !== 'string' || typeof r.check !== 'function' || typeof r.inForce !== 'object' || r.inForce === null) {
      throw new TypeError(`${at}.rules[${j}] must be a rule { id, inForce, citations, statement, messages, check } (pack '${p.id}')`);
    }
  });
}
