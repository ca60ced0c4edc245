/**
 * What the engine runs with: the built-in packs, and options validated and resolved once (defaults
 * applied, policy read). Kept out of the entry files so that the Gate, the planner and the CLI
 * depend on it rather than on `evaluate`'s module.
 */
import type { EngineSettings } from './core/engine.js';
import { readLimits } from './core/limits.js';
import { resolveRuleOptions } from './core/options.js';
import type { EvaluateOptions, Rule, RulePack } from './core/types.js';
import { caPack } from './law/ca/index.js';
import { dePack } from './law/de/index.js';
import { esPack } from './law/es/index.js';
import { ukPack } from './law/uk/index.js';
import { bePack } from './law/be/index.js';
import { chPack } from './law/ch/index.js';
import { frPack } from './law/fr/index.js';
import { itPack } from './law/it/index.js';
import { nlPack } from './law/nl/index.js';
import { litigatorRule } from './preferences/litigator.js';
import { policyRules, preferenceRules } from './preferences/limits.js';
import { usPack } from './law/us/index.js';
import { tableCalendar, type Calendar } from './time/calendar.js';
import { dateHolidaysCalendar, type HolidaysConstructor } from './time/date-holidays.js';
import { TABLE_YEARS } from './time/holiday-table.js';

/** The built-in rule packs, used when `options.packs` is not given. */
export const builtinPacks = [frPack, usPack, caPack, ukPack, bePack, chPack, dePack, esPack, nlPack, itPack] as const;

/**
 * The default public-holiday calendar: the generated table of the built-in packs' countries and
 * their subdivisions for 2016–2045 (checked against date-holidays by the tests), and date-holidays
 * itself for any other year or country, loaded on first need.
 *
 * Only days of `type: 'public'` count. Without a region, France gives exactly the 11 days of Code
 * du travail L.3133-1; with a region it adds that region's days: Good Friday and 26 December in
 * Alsace-Moselle (L.3134-13), the abolition-of-slavery day overseas (L.3422-2).
 *
 * Why a table: date-holidays and moment-timezone are ≈ 1.5 MB bundled and two thirds of the import
 * time. Why the fallback is loaded the way it is: evaluation is synchronous, so it cannot wait for
 * `import()`; date-holidays is required synchronously through `process.getBuiltinModule('module')`
 * (Node ≥ 20.16), which no bundler follows and which keeps `node:` imports out of the module
 * graph. Where that is not available (a browser bundle), a date outside the table throws a
 * TypeError naming the remedy: pass `calendar: fullCalendar()` from `callgate/holidays`, which
 * imports date-holidays statically.
 */
export function defaultCalendar(): Calendar {
  return tableCalendar(() => dateHolidaysCalendar(requireDateHolidays()));
}

/** date-holidays, required synchronously (see {@link defaultCalendar}). */
function requireDateHolidays(): HolidaysConstructor {
  type NodeModule = { createRequire(from: string): (id: string) => unknown };
  const proc = (globalThis as { process?: { getBuiltinModule?: (id: string) => unknown } }).process;
  const nodeModule = proc?.getBuiltinModule?.('module') as NodeModule | undefined;
  // The CommonJS build knows its file; the ES module build its URL.
  const here = typeof __filename === 'string' ? __filename : import.meta.url;
  if (!nodeModule || typeof here !== 'string') {
    throw new TypeError(
      `the built-in holiday table covers ${TABLE_YEARS.from}–${TABLE_YEARS.to} and the built-in packs' countries; ` +
        "for other dates pass options.calendar: fullCalendar() from 'callgate/holidays'",
    );
  }
  const loaded = nodeModule.createRequire(here)('date-holidays') as HolidaysConstructor | { default: HolidaysConstructor };
  return 'default' in loaded && typeof loaded.default === 'function' ? loaded.default : (loaded as HolidaysConstructor);
}

// One default calendar for the process: its memo of holiday dates only ever saves work.
let sharedCalendar: ReturnType<typeof defaultCalendar> | undefined;

/**
 * Days of attempts and refusals (the events whose weight fades) that the built-in rules can need
 * for a decision: the longest look-back of the built-in packs (`RulePack.lookbackDays`). The Gate
 * loads and keeps this much; the audit replay forgets what is older.
 */
export const DEFAULT_LOOKBACK_DAYS: number = Math.max(...builtinPacks.map((p) => p.lookbackDays ?? 0));

/**
 * Options validated and resolved once (defaults applied, policy read): what the engine runs with.
 * Throws a TypeError naming the option on a programming error.
 */
export function engineSettings(options: EvaluateOptions): EngineSettings {
  // The usual call passes no options: resolve the defaults once (they never change).
  if (isEmptyOptions(options)) return (defaultSettings ??= resolveSettings({}));
  return resolveSettings(options);
}

let defaultSettings: EngineSettings | undefined;

/** An options object with no own enumerable key and the plain prototype (`{}`), read without throwing. */
function isEmptyOptions(options: unknown): boolean {
  if (typeof options !== 'object' || options === null || Array.isArray(options)) return false;
  if (Object.getPrototypeOf(options) !== Object.prototype) return false;
  for (const _ in options) return false;
  return true;
}

function resolveSettings(options: EvaluateOptions): EngineSettings {
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
  let overlays: readonly Rule[] = [...preferenceRules, litigatorRule];
  if (options.policy !== undefined) {
    if (typeof options.policy !== 'object' || options.policy === null) throw new TypeError('options.policy must be an object { budgets?, excluded?, preferred? }');
    const policy = readLimits(options.policy as unknown as Record<string, unknown>, 'options.policy');
    if ('problem' in policy) throw new TypeError(`${policy.field} ${policy.problem}`);
    overlays = [...overlays, ...policyRules(policy)];
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
