/**
 * The engine: read input (fail closed), pick the pack of the number's country, run the rules in
 * force at the attempt's local date, combine, and schedule `nextAllowedAt` as a fixpoint over the
 * blocks' `until` values. Pure: no clock, no I/O; the only state is memos that never change an
 * answer (the calendar's holiday dates, the zones' offsets).
 *
 * Where a number does not tell its holder's zone (a North-American area code spanning two zones),
 * the pack gives every candidate zone and the rules run in each: an attempt passes only if it
 * passes in all of them.
 */
import { DateTime, type Zone } from 'luxon';
import { isoInZone } from '../time/format.js';
import { clockOf, dayOfIsoDate, isoDateOfDay } from '../time/local.js';
import { zoneOf } from '../time/zone.js';
import { isNormalised } from './history.js';
import { inputMessage } from './messages.js';
import { readAttempt, readHistory, type InputProblem, type ReadAttempt } from './normalize.js';
import { resolveRuleOptions } from './options.js';
import type { HistoryEvent, Ms, RecipientFacts, Rule, RuleContext, RuleOptions, RuleOutcome, RulePack } from './rule.js';
import type { Calendar, Decision, Reason } from './types.js';

/** Resolved options: what the engine needs, with defaults applied by the caller. */
export interface EngineSettings {
  packs: readonly RulePack[];
  calendar: Calendar;
  holidays: 'conservative' | 'national';
  locale: 'en' | 'fr';
  /** Rules that run beside every pack (preferences, policy): never sanctioned, never lifting a block. */
  overlays: readonly Rule[];
  /** `'block'` makes every advisory a blocking reason too (no sanction is cited for it). Default `'warn'`. */
  advisories?: 'warn' | 'block';
  /** Passed to every rule as `ctx.options`. Default: `resolveRuleOptions({})`. */
  options?: RuleOptions;
}

const DEFAULT_RULE_OPTIONS = resolveRuleOptions({});

/** The most re-evaluations `nextAllowedAt` may take; each one jumps past at least one block. */
const MAX_SCHEDULE_STEPS = 64;

/** A rule's outcome, with the zone of the context it was found in, and whether it is law. */
type Fired = { rule: Rule; outcome: RuleOutcome; zone: Zone; law: boolean };

/** Where the recipient is: one context per candidate zone, the first one the primary. */
interface Placement {
  pack: RulePack;
  recipient: RecipientFacts;
  zones: ReadonlyArray<{ name: string; zone: Zone }>;
}

/**
 * Evaluates one attempt. Never throws on data: unreadable input gives a `deny` with `input.*` reasons.
 * `history` is the host's (read and validated here) or a {@link NormalisedHistory} read once by an
 * internal caller (not validated again).
 */
export function decide(attempt: unknown, history: unknown, settings: EngineSettings): Decision {
  const read = readAttempt(attempt);
  const events = isNormalised(history) ? (history.events as HistoryEvent[]) : readHistory(history);
  const problems = [...(Array.isArray(read) ? read : []), ...(isProblems(events) ? events : [])];
  if (Array.isArray(read)) return refuse(problems, settings.locale);
  if (problems.length > 0) {
    const placed = place(read, settings.packs);
    return refuse('code' in placed ? [placed, ...problems] : problems, settings.locale);
  }
  return decideRead(read, events as HistoryEvent[], settings);
}

/**
 * Evaluates an attempt already read by `readAttempt` against a history already validated and
 * sorted oldest first: for internal callers that read each row once (the audit replay). Never
 * throws on data.
 */
export function decideRead(read: ReadAttempt, sorted: readonly HistoryEvent[], settings: EngineSettings): Decision {
  const placed = place(read, settings.packs);
  if ('code' in placed) return refuse([placed], settings.locale);
  const { pack, recipient, zones } = placed;
  const holiday = holidayLookup(settings, pack, recipient.region);
  const options = settings.options ?? DEFAULT_RULE_OPTIONS;
  const holidayIn: RuleContext['holidayIn'] = (localDate, region) => settings.calendar.holiday(localDate, pack.calendarCountry, region);
  // Per zone, once per decision: the recipient seen from it and the helpers bound to it.
  const frames = zones.map(({ name, zone }): Frame => ({
    zone,
    recipient: name === recipient.timeZone ? recipient : { ...recipient, timeZone: name },
    toLocal: (ms) => DateTime.fromMillis(ms, { zone }),
    iso: (ms) => isoInZone(ms, zone),
  }));
  const run = (at: Ms): Fired[] => {
    const fired = frames.map((frame) => runRules(pack, settings.overlays, contextAt(at, read, frame, sorted, holiday, holidayIn, options), frame.zone));
    return fired.length === 1 ? fired[0]! : strictest(fired.flat());
  };
  // With `advisories: 'block'` the host treats good practice as binding: advisories block too.
  const advisoriesBlock = settings.advisories === 'block';
  const blocking = (f: Fired) => f.outcome.kind === 'block' || (advisoriesBlock && f.outcome.kind === 'advisory');

  const primary = zones[0]!.zone;
  const iso = (ms: Ms) => isoInZone(ms, primary);
  const fired = run(read.at);
  const blocks = fired.filter(blocking);
  const render = (keep: (f: Fired) => boolean) =>
    fired.filter(keep).map((f) => toReason(f, blocking(f), pack, settings.locale, iso));

  const allowed = blocks.length === 0;
  // Hints are only sure when nothing in the history happens after the attempt (a consent given
  // tomorrow could lift tomorrow's block).
  const hints = sorted.length === 0 || sorted[sorted.length - 1]!.at <= read.at;
  const next = allowed ? undefined : nextAllowed(read.at, blocks, (at) => run(at).filter(blocking), hints);
  const decision: Decision = {
    allowed,
    verdict: allowed ? 'allow' : 'deny',
    reasons: render(blocking),
    exemptions: mergeExemptions(render((f) => f.outcome.kind === 'exempt')),
    advisories: render((f) => f.outcome.kind === 'advisory' && !blocking(f)),
    nextAllowedAt: next === undefined ? undefined : next === null ? null : iso(next),
    recipient: { e164: recipient.e164, country: recipient.country, timeZone: recipient.timeZone, localTime: iso(read.at) },
    jurisdiction: pack.jurisdiction,
  };
  if (recipient.region !== undefined) decision.recipient!.region = recipient.region;
  if (zones.length > 1) decision.recipient!.timeZones = zones.map((z) => z.name);
  if (recipient.regions.length > 1) decision.recipient!.regions = [...recipient.regions];
  return decision;
}

function isProblems(x: HistoryEvent[] | InputProblem[]): x is InputProblem[] {
  return x.length > 0 && 'problem' in x[0]!;
}

/** Picks the pack of the number's country and places the recipient in its zone(s) and region. */
function place(read: ReadAttempt, packs: readonly RulePack[]): Placement | InputProblem {
  const { number } = read;
  const pack = packs.find((p) => p.countries.includes(number.country));
  const where = pack?.locate({
    ...number,
    ...(read.region === undefined ? {} : { region: read.region }),
    ...(read.postalCode === undefined ? {} : { postalCode: read.postalCode }),
  });
  if (!pack || !where) {
    return { code: 'input.unsupported-country', field: 'attempt.to', problem: `no rule pack covers numbers of ${number.country} (${number.e164})` };
  }
  // The host's zone settles it; without one, a number whose zone is unknown cannot be placed.
  if (where.timeZones.length === 0 && read.timeZone === undefined) {
    return { code: 'input.unknown-time-zone', field: 'attempt.to', problem: `the time zone of ${number.e164} is unknown; pass attempt.recipient.timeZone` };
  }
  const names = read.timeZone !== undefined ? [read.timeZone] : where.timeZones;
  const zones: Array<{ name: string; zone: Zone }> = [];
  for (const name of names) {
    const zone = zoneOf(name);
    if (!zone) {
      return { code: 'input.invalid-time-zone', field: 'attempt.recipient.timeZone', problem: `'${name}' is not an IANA time zone (e.g. 'Europe/Paris')` };
    }
    zones.push({ name, zone });
  }
  // Every region whose law applies: the known address's and the number's, together.
  const located = where.regions ?? (where.region === undefined ? [] : [where.region]);
  const regions = [...new Set(read.region === undefined ? located : [read.region, ...located])];
  const recipient: RecipientFacts = { e164: number.e164, country: number.country, timeZone: zones[0]!.name, regions };
  const region = read.region ?? where.region;
  if (region !== undefined) recipient.region = region;
  return { pack, recipient, zones };
}

/** The recipient's calendar: regional days count in conservative mode, and say they are regional. */
function holidayLookup(settings: EngineSettings, pack: RulePack, recipientRegion: string | undefined): RuleContext['holiday'] {
  const region = settings.holidays === 'national' ? undefined : recipientRegion;
  const { calendar } = settings;
  const country = pack.calendarCountry;
  return (localDate) => {
    const day = calendar.holiday(localDate, country, region);
    if (!day) return null;
    const regional = region !== undefined && calendar.holiday(localDate, country) === null;
    return { name: day.name, regional };
  };
}

/** One candidate zone of a decision: what every context in it shares. */
interface Frame {
  zone: Zone;
  recipient: RecipientFacts;
  toLocal: RuleContext['toLocal'];
  iso: RuleContext['iso'];
}

function contextAt(
  at: Ms,
  read: ReadAttempt,
  frame: Frame,
  sorted: readonly HistoryEvent[],
  holiday: RuleContext['holiday'],
  holidayIn: RuleContext['holidayIn'],
  options: RuleOptions,
): RuleContext {
  const last = sorted[sorted.length - 1];
  const past = last === undefined || last.at <= at ? sorted.length : countAtOrBefore(sorted, at);
  const clock = clockOf(frame.zone);
  const wall = clock.wall(at);
  return new Context(
    at,
    wall,
    clock,
    isoDateOfDay(wall.day),
    read.facts,
    frame.recipient,
    // Only what happened at or before the instant; most histories are entirely in the past.
    past === sorted.length ? sorted : sorted.slice(0, past),
    past === sorted.length ? NOTHING : sorted.slice(past),
    holiday,
    holidayIn,
    frame.toLocal,
    frame.iso,
    options,
  );
}

/**
 * A rule's context. A class, not an object literal with a getter: V8 made every property read of
 * such literals slow (the decision cost twice as much). `local` is built when first read (the
 * built-in rules read `wall` and `clock`); a copy made with spread does not carry it.
 */
class Context implements RuleContext {
  #local: DateTime | undefined;
  constructor(
    readonly at: Ms,
    readonly wall: RuleContext['wall'],
    readonly clock: RuleContext['clock'],
    readonly localDate: string,
    readonly attempt: RuleContext['attempt'],
    readonly recipient: RecipientFacts,
    readonly history: readonly HistoryEvent[],
    readonly later: readonly HistoryEvent[],
    readonly holiday: RuleContext['holiday'],
    readonly holidayIn: RuleContext['holidayIn'],
    readonly toLocal: RuleContext['toLocal'],
    readonly iso: RuleContext['iso'],
    readonly options: RuleOptions,
  ) {}

  get local(): DateTime {
    return (this.#local ??= this.toLocal(this.at));
  }
}

const NOTHING: readonly HistoryEvent[] = [];

/** Number of events with `at` ≤ the instant (binary search over the sorted history). */
function countAtOrBefore(sorted: readonly HistoryEvent[], at: Ms): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]!.at <= at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function runRules(pack: RulePack, overlays: readonly Rule[], ctx: RuleContext, zone: Zone): Fired[] {
  const { localDate } = ctx;
  const fired: Fired[] = [];
  const apply = (rules: readonly Rule[], law: boolean) => {
    for (const rule of rules) {
      if (localDate < rule.inForce.from || (rule.inForce.until !== undefined && localDate > rule.inForce.until)) continue;
      for (const outcome of rule.check(ctx)) fired.push({ rule, outcome, zone, law });
    }
  };
  apply(pack.rules, true);
  apply(overlays, false);
  return fired;
}

/**
 * Merges the outcomes of several candidate zones: one entry per code, a block keeping the latest
 * `until` (open-ended wins), so that the attempt passes only where it passes in every zone.
 */
function strictest(all: Fired[]): Fired[] {
  const byCode = new Map<string, Fired>();
  for (const f of all) {
    const seen = byCode.get(f.outcome.code);
    if (!seen) byCode.set(f.outcome.code, f);
    else if (f.outcome.kind === 'block' && seen.outcome.kind === 'block' && seen.outcome.until !== null) {
      if (f.outcome.until === null || f.outcome.until > seen.outcome.until) byCode.set(f.outcome.code, f);
    }
  }
  return [...byCode.values()];
}

/**
 * Earliest instant ≥ `at` at which no rule blocks: jump to the latest `until` of the current
 * blocks and re-run the rules there, until nothing blocks. A block that is open-ended ends at the
 * end of its rule's in-force period, if it has one (a law change can make the attempt allowed);
 * otherwise no date can be computed. Bounded, so it always terminates.
 */
function nextAllowed(at: Ms, blocks: Fired[], blocksAt: (at: Ms) => Fired[], hints: boolean): Ms | null {
  let t = at;
  let current = blocks;
  for (let step = 0; step < MAX_SCHEDULE_STEPS; step++) {
    let next = t;
    for (const fired of current) {
      const until = blockEnd(fired, hints);
      if (until === null) return null;
      next = Math.max(next, until);
    }
    if (next <= t) return null; // a block that ends before it starts: no progress possible
    t = next;
    current = blocksAt(t);
    if (current.length === 0) return t;
  }
  return null;
}

function blockEnd({ rule, outcome, zone }: Fired, hints: boolean): Ms | null {
  // An advisory made blocking ends when it says; without an `until`, it is open-ended.
  let until = outcome.kind === 'exempt' ? null : outcome.until ?? null;
  const ruleEnd = rule.inForce.until === undefined
    ? null
    : endOfLocalDate(rule.inForce.until, zone);
  // The rule's hint, when it holds: the rule still in force there, the history unchanged.
  if (hints && until !== null && outcome.kind === 'block' && outcome.opensAt !== undefined && (ruleEnd === null || outcome.opensAt <= ruleEnd)) {
    until = outcome.opensAt;
  }
  if (until === null) return ruleEnd;
  return ruleEnd === null ? until : Math.min(until, ruleEnd);
}

/**
 * The instant a local date ends in a zone (the next day's local midnight): when a rule dated
 * `until` stops applying. Luxon's `fromISO(date).plus({ days: 1 }).startOf('day')`, on numbers.
 */
function endOfLocalDate(date: string, zone: Zone): Ms {
  return clockOf(zone).endOfDay(dayOfIsoDate(date));
}

function toReason({ rule, outcome, law }: Fired, blocks: boolean, pack: RulePack, locale: 'en' | 'fr', iso: (ms: Ms) => string): Reason {
  const message = rule.messages[outcome.code];
  const reason: Reason = {
    code: outcome.code,
    message: message ? message(outcome.facts)[locale] : outcome.code,
    citations: [...rule.citations, ...(outcome.cite ?? []), ...(outcome.kind === 'block' && law ? rule.sanctions ?? pack.sanctions : [])],
    facts: outcome.facts,
  };
  if (outcome.kind !== 'exempt' && (outcome.until !== undefined || blocks)) {
    reason.until = outcome.until === null || outcome.until === undefined ? null : iso(outcome.until);
  }
  return reason;
}

/**
 * One exemption per legal basis that says what it lifts: when several rules are lifted by the same
 * basis (an outside-hours consent lifts the federal window and New York's), the decision reports it
 * once, with every code it lifted (`facts.lifts`) and the citations of all those rules.
 */
function mergeExemptions(reasons: Reason[]): Reason[] {
  const byBasis = new Map<string, Reason>();
  let unique = 0;
  for (const r of reasons) {
    const lifts = r.facts.lifts;
    // Only exemptions that name what they lift are merged; others stay one per rule.
    const key = Array.isArray(lifts) ? `${r.code}|${JSON.stringify(withoutLifts(r.facts))}` : String(unique++);
    const seen = byBasis.get(key);
    if (!seen) {
      byBasis.set(key, r);
      continue;
    }
    if (Array.isArray(lifts)) {
      const before = Array.isArray(seen.facts.lifts) ? seen.facts.lifts : [];
      seen.facts = { ...seen.facts, lifts: [...new Set([...before, ...lifts])] };
    }
    for (const c of r.citations) {
      if (!seen.citations.some((s) => s.url === c.url && s.article === c.article)) seen.citations.push(c);
    }
  }
  return [...byBasis.values()];
}

/** The facts of an exemption but what it lifts: what two exemptions must share to be one. */
function withoutLifts(facts: Record<string, unknown>): Record<string, unknown> {
  const { lifts: _, ...basis } = facts;
  return basis;
}

/** The decision for unusable input: deny, with every problem found, and no date to retry at. */
export function refuse(problems: readonly InputProblem[], locale: 'en' | 'fr'): Decision {
  return {
    allowed: false,
    verdict: 'deny',
    reasons: problems.map((p) => ({
      code: p.code,
      message: inputMessage(p, locale),
      citations: [],
      facts: { field: p.field, problem: p.problem },
      until: null,
    })),
    exemptions: [],
    advisories: [],
    nextAllowedAt: null,
  };
}
