/**
 * What the store keeps, and for how long the rules need it. One place for the look-back: the Gate
 * loads with it, `prune` deletes with it, and the adapters only see the resulting date.
 */
import { Duration } from 'luxon';
import type { HistoryEvent, Slot } from '../core/rule.js';
import type { ContactEvent, EventType, TimeSlot } from '../core/types.js';
import { readEvent, type InputProblem } from '../core/normalize.js';
import type { StoredEvent } from './types.js';

/**
 * Event types whose weight fades with age, so a store may select them by date and prune old ones:
 * attempts (the 4-in-30-days cap, D.223-9 al. 3) and refusals (the 60-day cooldown, al. 4). Every
 * other type (consent, consent-withdrawn, objection, contract, customer, opposition-check) can
 * matter whatever its age (a consent of 2024 still allows a call in 2027 unless withdrawn), so it
 * is always loaded.
 */
export const TRANSIENT_EVENT_TYPES: readonly EventType[] = ['attempt', 'refusal'];

export { DEFAULT_LOOKBACK_DAYS } from '../settings.js';

const DAY_MS = 86_400_000;

/**
 * The longest contact budget carried by `limits` (`{ budgets: [{ count, per }] }`: a consumer's
 * preference event, or the advertiser's `options.policy`), in days, rounded up to cover any
 * calendar: a year may have 366 days, a month 31; one spare day for a DST hour and time zones.
 * 0 when there is none. Read by shape, so that any rule pack's budgets are honoured.
 */
export function budgetDays(limits: unknown): number {
  if (typeof limits !== 'object' || limits === null || !('budgets' in limits) || !Array.isArray(limits.budgets)) return 0;
  let longest = 0;
  for (const b of limits.budgets as unknown[]) {
    const per = typeof b === 'object' && b !== null && 'per' in b && typeof b.per === 'string' ? Duration.fromISO(b.per) : null;
    if (!per?.isValid) continue;
    const { years = 0, quarters = 0, months = 0, weeks = 0, days = 0, hours = 0, minutes = 0, seconds = 0, milliseconds = 0 } = per.toObject();
    const upper = years * 366 + quarters * 92 + months * 31 + weeks * 7 + days + (hours + minutes / 60 + (seconds + milliseconds / 1000) / 3600) / 24;
    longest = Math.max(longest, Math.ceil(upper) + 1);
  }
  return longest;
}

/** True when an event carries a contact budget of its own (it may count attempts of any age). */
export function carriesBudget(event: object): boolean {
  return budgetDays(event) > 0;
}

/** The instant `days` days before `ms`, as a Date. */
export function daysBefore(ms: number, days: number): Date {
  return new Date(ms - days * DAY_MS);
}

/** True for an event type the store may select by date and prune ({@link TRANSIENT_EVENT_TYPES}). */
export function isTransient(type: EventType): boolean {
  return TRANSIENT_EVENT_TYPES.includes(type);
}

/** What the retention rule reads of an event (see {@link retained}). */
export interface Retainable {
  /** Epoch ms. */
  ms: number;
  event: { type: EventType; list?: string };
}

/**
 * The retention rule, in one place: the memory store's `prune` and the audit replay apply it, the
 * PostgreSQL adapter states the same rule in SQL (its `prune`), and the store contract test checks
 * they agree. Of one recipient's events, those dated before `before` leave when they can no longer
 * matter: attempts and refusals ({@link TRANSIENT_EVENT_TYPES}), and opposition checks superseded
 * by a later check of the same list (the rules read only the latest result of a list; a later
 * check at the same instant, recorded after, supersedes too). Nothing leaves a history that holds a
 * contact budget of its own (a preference may count attempts of any age). Returns `events` itself
 * when nothing leaves.
 */
export function retained<E>(events: readonly E[], before: number, view: (e: E) => Retainable): readonly E[] {
  const views = events.map(view);
  if (views.some((v) => carriesBudget(v.event))) return events;
  const latest = new Map<string, number>(); // list (lower case) → index of its latest check
  views.forEach((v, i) => {
    if (v.event.type !== 'opposition-check') return;
    const list = (v.event.list ?? '').toLowerCase();
    const j = latest.get(list);
    if (j === undefined || views[j]!.ms <= v.ms) latest.set(list, i);
  });
  const gone = (v: Retainable, i: number): boolean => {
    if (v.ms >= before) return false;
    if (isTransient(v.event.type)) return true;
    return v.event.type === 'opposition-check' && latest.get((v.event.list ?? '').toLowerCase()) !== i;
  };
  if (!views.some(gone)) return events;
  return events.filter((_, i) => !gone(views[i]!, i));
}

const iso = (ms: number) => new Date(ms).toISOString();

/** Restrictive event types: see {@link historyAt}. */
const RESTRICTIVE: ReadonlySet<string> = new Set(['attempt', 'refusal', 'objection', 'consent-withdrawn']);

/**
 * The history a reservation at `ms` is decided on. Events that restrict calls but were stored
 * with a later instant (another worker whose clock runs ahead, a back-dated reservation) are
 * taken as having happened at `ms`: `evaluate` alone would ignore them, and a 5th call could be
 * placed before four already recorded, or right before a refusal already recorded. Events that
 * permit calls (consents, contracts…) stay where they are, so a later consent never allows an
 * earlier call.
 */
export function historyAt(events: readonly StoredEvent[], ms: number): ContactEvent[] {
  return events.map((e) => {
    if (e.at.getTime() <= ms || !RESTRICTIVE.has(e.event.type)) return e.event;
    return { ...e.event, at: iso(ms) } as ContactEvent;
  });
}

/**
 * Validates a host's event exactly as `evaluate` does, and returns the form the store keeps, or
 * the problem (naming the field) when the event is unusable.
 *
 * The stored form is written from what the reader validated, not copied from the host's object:
 * only the fields the rules read, at every depth (a note inside a budget, a raw phone number in a
 * comment, an array's extra properties are not stored), names in their canonical form, every
 * instant a UTC ISO string. It reads back to the same facts. Works for every event type the core knows.
 */
export function toStoredEvent(input: unknown, path: string): StoredEvent | InputProblem {
  const read = readEvent(input, path);
  if ('problem' in read) return read;
  return { at: new Date(read.at), event: toContactEvent(read) };
}

/** A validated event written back as a host event (instants as UTC ISO strings, slots as 'HH:MM'). */
function toContactEvent(e: HistoryEvent): ContactEvent {
  const at = iso(e.at);
  switch (e.type) {
    case 'contract': {
      const c: ContactEvent = { type: 'contract', id: e.id, advertiser: e.advertiser, start: at };
      if (e.end !== undefined) c.end = iso(e.end);
      if (e.subject !== undefined) c.subject = e.subject;
      return c;
    }
    case 'consent': {
      const c: ContactEvent = { type: 'consent', at, advertiser: e.advertiser };
      if (!everyChannel(e.channels)) c.channels = [...e.channels];
      if (e.covers.length !== 1 || e.covers[0] !== 'prospecting') c.covers = [...e.covers];
      if (e.written) c.written = true;
      if (e.expiresAt !== undefined) c.expiresAt = iso(e.expiresAt);
      if (e.proof !== undefined) c.proof = e.proof;
      return c;
    }
    case 'objection':
    case 'consent-withdrawn':
      return everyChannel(e.channels) ? { type: e.type, at, advertiser: e.advertiser } : { type: e.type, at, advertiser: e.advertiser, channels: [...e.channels] };
    case 'attempt': {
      const a: ContactEvent = { type: 'attempt', at, advertiser: e.advertiser, channel: e.channel };
      if (e.outcome !== undefined) a.outcome = e.outcome;
      return a;
    }
    case 'refusal':
      return { type: 'refusal', at, advertiser: e.advertiser };
    case 'customer':
      return e.kind === undefined ? { type: 'customer', at, advertiser: e.advertiser } : { type: 'customer', at, advertiser: e.advertiser, kind: e.kind };
    case 'opposition-check':
      return e.entry === undefined ? { type: 'opposition-check', at, list: e.list, listed: e.listed } : { type: 'opposition-check', at, list: e.list, listed: e.listed, entry: e.entry };
    case 'line-type':
      return e.source === undefined ? { type: e.type, at, lineType: e.lineType } : { type: e.type, at, lineType: e.lineType, source: e.source };
    case 'reassigned-check': {
      const r: ContactEvent = { type: e.type, at, since: iso(e.since), result: e.result };
      if (e.source !== undefined) r.source = e.source;
      return r;
    }
    case 'litigator': {
      const l: ContactEvent = { type: e.type, at };
      if (e.advertiser !== undefined) l.advertiser = e.advertiser;
      if (e.source !== undefined) l.source = e.source;
      return l;
    }
    case 'preference': {
      const p: ContactEvent = {
        type: 'preference',
        at,
        budgets: e.budgets.map((b) => ({ count: b.count, per: b.per, channels: [...b.channels] })),
        excluded: e.excluded.map(toTimeSlot),
        preferred: e.preferred.map(toTimeSlot),
      };
      if (e.advertiser !== undefined) p.advertiser = e.advertiser;
      return p;
    }
  }
}

/** Channels that are the default (every channel) are left out, as the host usually writes them. */
const everyChannel = (channels: readonly string[]) => channels.includes('voice') && channels.includes('sms');
const hhmm = (minutes: number) => `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
const toTimeSlot = (s: Slot): TimeSlot => ({ from: hhmm(s.from), to: hhmm(s.to), days: [...s.days], channels: [...s.channels] });

/**
 * What makes two stored events the same fact, so that recording it again (a host's retry) adds
 * nothing: equal identities, equal facts. An attempt is identified by its instant, advertiser and
 * channel (its outcome is a note about it, not another attempt); any other event by its whole
 * content.
 */
export function eventIdentity(e: StoredEvent): string {
  const ms = e.at.getTime();
  return e.event.type === 'attempt'
    ? stableJson(['attempt', ms, e.event.advertiser, e.event.channel])
    : stableJson([ms, e.event]);
}

/** JSON with object keys sorted, so that equal events written in any key order compare equal. */
function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`;
  if (typeof value === 'object' && value !== null) {
    const entries = Object.entries(value).filter(([, v]) => v !== undefined).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${stableJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}
