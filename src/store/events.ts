/**
 * What the store keeps, and for how long the rules need it. One place for the look-back: the Gate
 * loads with it, `prune` deletes with it, and the adapters only see the resulting date.
 */
import type { HistoryEvent } from '../core/rule.js';
import type { ContactEvent, EventType } from '../core/types.js';
import { readEvent, type InputProblem } from '../core/normalize.js';
import { WINDOW_DAYS } from '../law/fr/frequency.js';
import { COOLDOWN_DAYS } from '../law/fr/refusal.js';
import type { StoredEvent } from './types.js';

/**
 * Event types whose weight fades with age, so a store may select them by date and prune old ones:
 * attempts (the 4-in-30-days cap, D.223-9 al. 3) and refusals (the 60-day cooldown, al. 4). Every
 * other type (consent, consent-withdrawn, objection, contract, customer, opposition-check) can
 * matter whatever its age (a consent of 2024 still allows a call in 2027 unless withdrawn), so it
 * is always loaded.
 */
export const TRANSIENT_EVENT_TYPES: readonly EventType[] = ['attempt', 'refusal'];

/**
 * Days of attempts and refusals the built-in rules can need for a decision at an instant `at`:
 * the cap counts attempts after the same wall-clock time 30 days earlier; a refusal on local
 * day R blocks until the midnight starting day R+61, i.e. less than 61 days after it. A DST shift
 * moves either by one hour, time zones by a few more, so one spare day covers both: 62 days.
 * `nextAllowedAt` only looks at instants after `at`, which need no older events.
 */
export const DEFAULT_LOOKBACK_DAYS = Math.max(WINDOW_DAYS, COOLDOWN_DAYS + 1) + 1;

const DAY_MS = 86_400_000;

/** The instant `days` days before `ms`, as a Date. */
export function daysBefore(ms: number, days: number): Date {
  return new Date(ms - days * DAY_MS);
}

/** True for an event type the store may select by date and prune ({@link TRANSIENT_EVENT_TYPES}). */
export function isTransient(type: EventType): boolean {
  return TRANSIENT_EVENT_TYPES.includes(type);
}

const iso = (ms: number) => new Date(ms).toISOString();

/** Event types that restrict calls: a later one must never be ignored by a reservation. */
const RESTRICTIVE: ReadonlySet<EventType> = new Set(['attempt', 'refusal', 'objection', 'consent-withdrawn']);

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
 * Validates a host's event exactly as `evaluate` does, and turns it into its stored, canonical
 * form. Returns the problem instead, naming the field, when the event is unusable.
 */
export function toStoredEvent(input: unknown, path: string): StoredEvent | InputProblem {
  const read = readEvent(input, path);
  return 'problem' in read ? read : { at: new Date(read.at), event: canonical(read) };
}

/** A validated event back in the public shape: instants as UTC ISO strings, defaults explicit. */
function canonical(e: HistoryEvent): ContactEvent {
  switch (e.type) {
    case 'attempt':
      return e.outcome === undefined
        ? { type: e.type, at: iso(e.at), advertiser: e.advertiser, channel: e.channel }
        : { type: e.type, at: iso(e.at), advertiser: e.advertiser, channel: e.channel, outcome: e.outcome };
    case 'refusal':
    case 'customer':
      return { type: e.type, at: iso(e.at), advertiser: e.advertiser };
    case 'objection':
    case 'consent-withdrawn':
      return { type: e.type, at: iso(e.at), advertiser: e.advertiser, channels: [...e.channels] };
    case 'consent': {
      const c: Extract<ContactEvent, { type: 'consent' }> = {
        type: e.type, at: iso(e.at), advertiser: e.advertiser, channels: [...e.channels], covers: [...e.covers],
      };
      if (e.expiresAt !== undefined) c.expiresAt = iso(e.expiresAt);
      if (e.proof !== undefined) c.proof = e.proof;
      return c;
    }
    case 'contract': {
      const c: Extract<ContactEvent, { type: 'contract' }> = { type: e.type, id: e.id, advertiser: e.advertiser, start: iso(e.at) };
      if (e.end !== undefined) c.end = iso(e.end);
      if (e.subject !== undefined) c.subject = e.subject;
      return c;
    }
    case 'opposition-check':
      return { type: e.type, at: iso(e.at), list: e.list, listed: e.listed };
    default:
      return e satisfies never;
  }
}

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
