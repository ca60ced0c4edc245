/**
 * The engine: read input (fail closed), pick the pack of the number's country, run the rules in
 * force at the attempt's local date, combine, and schedule `nextAllowedAt` as a fixpoint over the
 * blocks' `until` values. Pure: no clock, no I/O; the only state is the calendar's own memo.
 */
import { DateTime, IANAZone } from 'luxon';
import { parseNumber } from '../phone/number.js';
import { inputMessage } from './messages.js';
import { readAttempt, readHistory, type InputProblem, type ReadAttempt } from './normalize.js';
import type { HistoryEvent, Ms, RecipientFacts, Rule, RuleContext, RuleOutcome, RulePack } from './rule.js';
import type { Calendar, Decision, Reason } from './types.js';

/** Resolved options: what the engine needs, with defaults applied by the caller. */
export interface EngineSettings {
  packs: readonly RulePack[];
  calendar: Calendar;
  holidays: 'conservative' | 'national';
  locale: 'en' | 'fr';
}

/** The most re-evaluations `nextAllowedAt` may take; each one jumps past at least one block. */
const MAX_SCHEDULE_STEPS = 64;

type Fired = { rule: Rule; outcome: RuleOutcome };

/** Evaluates one attempt. Never throws on data: unreadable input gives a `deny` with `input.*` reasons. */
export function decide(attempt: unknown, history: unknown, settings: EngineSettings): Decision {
  const read = readAttempt(attempt);
  const events = readHistory(history);
  const problems = [...(Array.isArray(read) ? read : []), ...(isProblems(events) ? events : [])];
  if (Array.isArray(read)) return refuse(problems, settings.locale);

  const located = locate(read, settings.packs);
  if ('code' in located) return refuse([located, ...problems], settings.locale);
  if (problems.length > 0) return refuse(problems, settings.locale);
  const { pack, recipient } = located;
  const sorted = events as HistoryEvent[];

  const region = settings.holidays === 'national' ? undefined : recipient.region;
  const holiday = (localDate: string) => settings.calendar.holiday(localDate, pack.calendarCountry, region);
  const run = (at: Ms) => runRules(pack, contextAt(at, read, recipient, sorted, holiday));

  const fired = run(read.at);
  const blocks = fired.filter((f) => f.outcome.kind === 'block');
  const zone = recipient.timeZone;
  const iso = (ms: Ms) => isoIn(ms, zone);
  const render = (kinds: RuleOutcome['kind']) =>
    fired.filter((f) => f.outcome.kind === kinds).map((f) => toReason(f, pack, settings.locale, iso));

  const allowed = blocks.length === 0;
  const next = allowed ? undefined : nextAllowed(read.at, blocks, run, zone);
  const decision: Decision = {
    allowed,
    verdict: allowed ? 'allow' : 'deny',
    reasons: render('block'),
    exemptions: render('exempt'),
    advisories: render('advisory'),
    nextAllowedAt: next === undefined ? undefined : next === null ? null : iso(next),
    recipient: { e164: recipient.e164, country: recipient.country, timeZone: zone, localTime: iso(read.at) },
    jurisdiction: pack.jurisdiction,
  };
  if (recipient.region !== undefined) decision.recipient!.region = recipient.region;
  return decision;
}

function isProblems(x: HistoryEvent[] | InputProblem[]): x is InputProblem[] {
  return x.length > 0 && 'problem' in x[0]!;
}

/** Parses the number, picks its pack and places the recipient in a zone and region. */
function locate(read: ReadAttempt, packs: readonly RulePack[]): { pack: RulePack; recipient: RecipientFacts } | InputProblem {
  const number = parseNumber(read.to);
  if (!number) {
    return { code: 'input.invalid-number', field: 'attempt.to', problem: `'${read.to.slice(0, 40)}' is not a valid phone number (E.164, or French national digits)` };
  }
  const pack = packs.find((p) => p.countries.includes(number.country));
  const where = pack?.locate(number);
  if (!pack || !where) {
    return { code: 'input.unsupported-country', field: 'attempt.to', problem: `no rule pack covers numbers of ${number.country} (${number.e164})` };
  }
  const timeZone = read.timeZone ?? where.timeZone;
  if (!IANAZone.isValidZone(timeZone)) {
    return { code: 'input.invalid-time', field: 'attempt.recipient.timeZone', problem: `'${timeZone}' is not an IANA time zone (e.g. 'Europe/Paris')` };
  }
  const recipient: RecipientFacts = { e164: number.e164, country: number.country, timeZone };
  const region = read.region ?? where.region;
  if (region !== undefined) recipient.region = region;
  return { pack, recipient };
}

function contextAt(
  at: Ms,
  read: ReadAttempt,
  recipient: RecipientFacts,
  sorted: readonly HistoryEvent[],
  holiday: RuleContext['holiday'],
): RuleContext {
  const zone = recipient.timeZone;
  return {
    at,
    local: DateTime.fromMillis(at, { zone }),
    attempt: read.facts,
    recipient,
    history: sorted.slice(0, countAtOrBefore(sorted, at)),
    holiday,
    toLocal: (ms) => DateTime.fromMillis(ms, { zone }),
  };
}

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

function runRules(pack: RulePack, ctx: RuleContext): Fired[] {
  const localDate = ctx.local.toISODate()!;
  const fired: Fired[] = [];
  for (const rule of pack.rules) {
    if (localDate < rule.inForce.from || (rule.inForce.until !== undefined && localDate > rule.inForce.until)) continue;
    for (const outcome of rule.check(ctx)) fired.push({ rule, outcome });
  }
  return fired;
}

/**
 * Earliest instant ≥ `at` at which no rule blocks: jump to the latest `until` of the current
 * blocks and re-run the rules there, until nothing blocks. A block that is open-ended ends at the
 * end of its rule's in-force period, if it has one (a law change can make the attempt allowed);
 * otherwise no date can be computed. Bounded, so it always terminates.
 */
function nextAllowed(at: Ms, blocks: Fired[], run: (at: Ms) => Fired[], zone: string): Ms | null {
  let t = at;
  let current = blocks;
  for (let step = 0; step < MAX_SCHEDULE_STEPS; step++) {
    let next = t;
    for (const { rule, outcome } of current) {
      const until = blockEnd(rule, outcome, zone);
      if (until === null) return null;
      next = Math.max(next, until);
    }
    if (next <= t) return null; // a block that ends before it starts: no progress possible
    t = next;
    current = run(t).filter((f) => f.outcome.kind === 'block');
    if (current.length === 0) return t;
  }
  return null;
}

function blockEnd(rule: Rule, outcome: RuleOutcome, zone: string): Ms | null {
  const until = outcome.kind === 'block' ? outcome.until : null;
  const ruleEnd = rule.inForce.until === undefined
    ? null
    : DateTime.fromISO(rule.inForce.until, { zone }).plus({ days: 1 }).startOf('day').toMillis();
  if (until === null) return ruleEnd;
  return ruleEnd === null ? until : Math.min(until, ruleEnd);
}

function toReason({ rule, outcome }: Fired, pack: RulePack, locale: 'en' | 'fr', iso: (ms: Ms) => string): Reason {
  const message = rule.messages[outcome.code];
  const reason: Reason = {
    code: outcome.code,
    message: message ? message(outcome.facts)[locale] : outcome.code,
    citations: outcome.kind === 'block' ? [...rule.citations, ...pack.sanctions] : [...rule.citations],
    facts: outcome.facts,
  };
  if (outcome.kind !== 'exempt' && outcome.until !== undefined) {
    reason.until = outcome.until === null ? null : iso(outcome.until);
  }
  return reason;
}

/** An instant as ISO 8601 with the recipient's offset, without milliseconds when they are zero. */
export function isoIn(ms: Ms, zone: string): string {
  return DateTime.fromMillis(ms, { zone }).toISO({ suppressMilliseconds: true })!;
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

