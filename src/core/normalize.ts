/**
 * Input validation. The engine fails closed: anything it cannot read becomes an `input.*` problem
 * naming the field, and the decision is `deny`. Nothing here throws, whatever the input's shape:
 * host objects are read once, property by property (a throwing getter or a revoked Proxy is a
 * problem of its field), arrays index by index (a hole is an invalid element), and names are
 * compared in one canonical form ({@link canonicalText}).
 */
import { parseNumber, type ParsedNumber } from '../phone/number.js';
import { describe, instantMs, readInstant } from '../time/instant.js';
import { canonicalText, elements, errorText, isObj, isStorable, isText, oneOf, snapshot, textProblem } from './guards.js';
import { readLimits } from './limits.js';
import type { AttemptFacts, HistoryEvent, Ms } from './rule.js';
import type { Channel, ConsentScope, CustomerKind, DirectoryEntry, RecipientKind } from './types.js';

/** Input reason codes (docs/contract.md §2). `input.invalid-attempt` extends the catalogue for fields other than number and time. */
export type InputCode =
  | 'input.invalid-number'
  | 'input.invalid-time'
  | 'input.invalid-event'
  | 'input.invalid-attempt'
  | 'input.unsupported-country'
  | 'input.unknown-time-zone'
  /** `attempt.recipient.timeZone` is not an IANA zone (it used to be reported as `input.invalid-time`). */
  | 'input.invalid-time-zone';

/** One thing wrong with the input, naming the field at fault. */
export interface InputProblem {
  code: InputCode;
  field: string;
  problem: string;
}

/** The attempt once read: its facts, instant, and the raw recipient hints still to resolve. */
export interface ReadAttempt {
  facts: AttemptFacts;
  at: Ms;
  number: ParsedNumber;
  timeZone?: string;
  region?: string;
  /** `attempt.recipient.postalCode`, trimmed (a US ZIP code is checked for form). */
  postalCode?: string;
}

const CHANNELS: readonly Channel[] = ['voice', 'sms'];
const OUTCOMES = ['answered', 'no-answer', 'busy', 'voicemail', 'failed', 'abandoned'] as const;
const PURPOSES = ['prospecting', 'contract', 'non-commercial'] as const;
const KINDS: readonly RecipientKind[] = ['consumer', 'business', 'emergency-line', 'healthcare-facility'];
const ENTRIES: readonly DirectoryEntry[] = ['plain', 'asterisk', 'none'];
const SCOPES: readonly ConsentScope[] = ['prospecting', 'outside-hours', 'prerecorded'];
const CUSTOMER_KINDS: readonly CustomerKind[] = ['purchase', 'inquiry'];
/** Beyond this many bad events, the decision summarises instead of listing each one. */
const MAX_EVENT_PROBLEMS = 20;

/** The fields of an attempt the engine reads (nothing else of the host's object is touched). */
const ATTEMPT_FIELDS = ['to', 'at', 'channel', 'advertiser', 'automated', 'prerecorded', 'callerId', 'contractId', 'sector', 'purpose', 'recipient'];
const RECIPIENT_FIELDS = ['kind', 'timeZone', 'region', 'legalPerson', 'postalCode'];
/** The fields of every event type (see {@link readEvent}). */
const EVENT_FIELDS = [
  'type', 'at', 'advertiser', 'channel', 'outcome', 'channels', 'covers', 'written', 'expiresAt', 'proof',
  'id', 'start', 'end', 'subject', 'list', 'listed', 'entry', 'kind', 'budgets', 'excluded', 'preferred',
  'lineType', 'since', 'result', 'source',
];
const LINE_TYPES = ['wireless', 'landline', 'voip'] as const;
const RND_RESULTS = ['yes', 'no', 'no-data'] as const;

/** An event's listed fields read once, in one fixed shape (absent = undefined). */
type EventFields = Record<(typeof EVENT_FIELDS)[number], unknown>;

/**
 * {@link snapshot} of an event, with a fast path for plain objects (the JSON a host passes): the
 * listed keys the object owns are read once, in the order of EVENT_FIELDS (a throwing getter is
 * reported against the same field as by `snapshot`), into an object of one fixed shape, so that
 * the reader's field loads stay monomorphic. Anything else (a class instance, a Proxy) takes
 * `snapshot` itself. Runs once per history event.
 */
function eventFields(input: Record<string, unknown>, path: string): { value: Record<string, unknown> } | { field: string; problem: string } {
  let names: string[];
  try {
    if (Object.getPrototypeOf(input) !== Object.prototype) return snapshot(input, EVENT_FIELDS, path);
    names = Object.getOwnPropertyNames(input);
  } catch {
    return snapshot(input, EVENT_FIELDS, path);
  }
  let present = 0;
  for (let n = 0; n < names.length; n++) {
    switch (names[n]) {
      case 'type': present |= 1; break;
      case 'at': present |= 2; break;
      case 'advertiser': present |= 4; break;
      case 'channel': present |= 8; break;
      case 'outcome': present |= 16; break;
      case 'channels': present |= 32; break;
      case 'covers': present |= 64; break;
      case 'written': present |= 128; break;
      case 'expiresAt': present |= 256; break;
      case 'proof': present |= 512; break;
      case 'id': present |= 1024; break;
      case 'start': present |= 2048; break;
      case 'end': present |= 4096; break;
      case 'subject': present |= 8192; break;
      case 'list': present |= 16384; break;
      case 'listed': present |= 32768; break;
      case 'entry': present |= 65536; break;
      case 'kind': present |= 131072; break;
      case 'budgets': present |= 262144; break;
      case 'excluded': present |= 524288; break;
      case 'preferred': present |= 1048576; break;
      case 'lineType': present |= 2097152; break;
      case 'since': present |= 4194304; break;
      case 'result': present |= 8388608; break;
      case 'source': present |= 16777216; break;
    }
  }
  const out: EventFields = { type: undefined, at: undefined, advertiser: undefined, channel: undefined, outcome: undefined, channels: undefined, covers: undefined, written: undefined, expiresAt: undefined, proof: undefined, id: undefined, start: undefined, end: undefined, subject: undefined, list: undefined, listed: undefined, entry: undefined, kind: undefined, budgets: undefined, excluded: undefined, preferred: undefined, lineType: undefined, since: undefined, result: undefined, source: undefined };
  for (let i = 0; present !== 0; i++, present >>>= 1) {
    if ((present & 1) === 0) continue;
    const key = EVENT_FIELDS[i]!;
    let x: unknown;
    try {
      x = input[key];
    } catch (err) {
      return { field: `${path}.${key}`, problem: `could not be read (${errorText(err)})` };
    }
    switch (i) {
      case 0: out.type = x; break;
      case 1: out.at = x; break;
      case 2: out.advertiser = x; break;
      case 3: out.channel = x; break;
      case 4: out.outcome = x; break;
      case 5: out.channels = x; break;
      case 6: out.covers = x; break;
      case 7: out.written = x; break;
      case 8: out.expiresAt = x; break;
      case 9: out.proof = x; break;
      case 10: out.id = x; break;
      case 11: out.start = x; break;
      case 12: out.end = x; break;
      case 13: out.subject = x; break;
      case 14: out.list = x; break;
      case 15: out.listed = x; break;
      case 16: out.entry = x; break;
      case 17: out.kind = x; break;
      case 18: out.budgets = x; break;
      case 19: out.excluded = x; break;
      case 20: out.preferred = x; break;
      case 21: out.lineType = x; break;
      case 22: out.since = x; break;
      case 23: out.result = x; break;
      case 24: out.source = x; break;
    }
  }
  return { value: out };
}

/** Every event type. */
const EVENT_TYPES = ['attempt', 'refusal', 'objection', 'consent', 'consent-withdrawn', 'contract', 'opposition-check', 'customer', 'preference', 'line-type', 'reassigned-check', 'litigator'] as const;
/** Each event type mapped to itself (see {@link readEvent}). */
const EVENT_TYPE_NAMES: ReadonlyMap<string, string> = new Map(EVENT_TYPES.map((t) => [t, t]));

const isChannel = (c: unknown): c is Channel => oneOf(c, CHANNELS);
const isScope = (c: unknown): c is ConsentScope => oneOf(c, SCOPES);

/** Why a name field is unusable: not a string, blank, or not storable text. */
function nameProblem(v: unknown): string {
  return textProblem(v) ?? `must be a non-empty string, got ${describe(v)}`;
}

/**
 * Reads an attempt. Returns the problems instead when any field is unusable. `parse` reads the
 * number: {@link parseNumber}, or a memo of it (the audit reads a number's rows many times).
 */
export function readAttempt(input: unknown, parse: (raw: string) => ParsedNumber | null = parseNumber): ReadAttempt | InputProblem[] {
  if (!isObj(input)) {
    return [{ code: 'input.invalid-attempt', field: 'attempt', problem: `must be an object, got ${describe(input)}` }];
  }
  const snap = snapshot(input, ATTEMPT_FIELDS, 'attempt');
  if (!('value' in snap)) return [{ code: 'input.invalid-attempt', ...snap }];
  const attempt = snap.value;
  const problems: InputProblem[] = [];
  const bad = (code: InputCode, field: string, problem: string) => problems.push({ code, field, problem });

  const number = isText(attempt.to) ? parse(attempt.to) : null;
  if (!isText(attempt.to)) bad('input.invalid-number', 'attempt.to', `must be a phone number string, got ${describe(attempt.to)}`);
  else if (!number) bad('input.invalid-number', 'attempt.to', `${describe(attempt.to)} is not a valid phone number (E.164, or French national digits)`);
  const at = readInstant(attempt.at);
  if (!at.ok) bad('input.invalid-time', 'attempt.at', at.problem);
  if (!oneOf(attempt.channel, CHANNELS)) bad('input.invalid-attempt', 'attempt.channel', `must be 'voice' or 'sms', got ${describe(attempt.channel)}`);
  if (!isText(attempt.advertiser)) bad('input.invalid-attempt', 'attempt.advertiser', nameProblem(attempt.advertiser));
  for (const flag of ['automated', 'prerecorded'] as const) {
    if (attempt[flag] !== undefined && typeof attempt[flag] !== 'boolean') {
      bad('input.invalid-attempt', `attempt.${flag}`, `must be a boolean, got ${describe(attempt[flag])}`);
    }
  }
  for (const field of ['callerId', 'contractId', 'sector'] as const) {
    const v = attempt[field];
    if (v !== undefined && !isStorable(v)) bad('input.invalid-attempt', `attempt.${field}`, textProblem(v, true) ?? `must be a string, got ${describe(v)}`);
  }
  if (attempt.purpose !== undefined && !oneOf(attempt.purpose, PURPOSES)) {
    bad('input.invalid-attempt', 'attempt.purpose', `must be one of ${PURPOSES.join(', ')}, got ${describe(attempt.purpose)}`);
  }
  let recipient = attempt.recipient;
  if (isObj(recipient)) {
    const read = snapshot(recipient, RECIPIENT_FIELDS, 'attempt.recipient');
    if ('value' in read) recipient = read.value;
    else {
      bad('input.invalid-attempt', read.field, read.problem);
      recipient = {};
    }
  }
  let kind: RecipientKind = 'consumer';
  let legalPerson = false;
  let timeZone: string | undefined;
  let region: string | undefined;
  let postalCode: string | undefined;
  if (recipient !== undefined) {
    if (!isObj(recipient)) {
      bad('input.invalid-attempt', 'attempt.recipient', `must be an object, got ${describe(recipient)}`);
    } else {
      if (recipient.kind !== undefined) {
        if (oneOf(recipient.kind, KINDS)) kind = recipient.kind;
        else bad('input.invalid-attempt', 'attempt.recipient.kind', `must be one of ${KINDS.join(', ')}, got ${describe(recipient.kind)}`);
      }
      if (recipient.legalPerson !== undefined) {
        if (typeof recipient.legalPerson === 'boolean') legalPerson = recipient.legalPerson;
        else bad('input.invalid-attempt', 'attempt.recipient.legalPerson', `must be a boolean, got ${describe(recipient.legalPerson)}`);
      }
      if (recipient.timeZone !== undefined) {
        if (typeof recipient.timeZone === 'string') timeZone = recipient.timeZone;
        else bad('input.invalid-time-zone', 'attempt.recipient.timeZone', `must be an IANA zone name, got ${describe(recipient.timeZone)}`);
      }
      if (recipient.postalCode !== undefined) {
        // Its form is the country's: judged below, once the number says which country.
        if (typeof recipient.postalCode === 'string' && recipient.postalCode.trim() !== '' && recipient.postalCode.length <= 16) postalCode = recipient.postalCode.trim();
        else bad('input.invalid-attempt', 'attempt.recipient.postalCode', `must be a postal code, got ${describe(recipient.postalCode)}`);
      }
      if (recipient.region !== undefined) {
        if (typeof recipient.region === 'string' && /^[A-Za-z]{2}-[A-Za-z0-9]{1,3}$/.test(recipient.region)) {
          region = recipient.region.toUpperCase();
        } else {
          bad('input.invalid-attempt', 'attempt.recipient.region', `must be an ISO 3166-2 code such as 'FR-57', got ${describe(recipient.region)}`);
        }
      }
    }
  }
  // A US (NANP territory) number's postal code is a ZIP code: five digits, or ZIP+4.
  if (postalCode !== undefined && number && number.e164.startsWith('+1') && !/^\d{5}(-\d{4})?$/.test(postalCode)) {
    bad('input.invalid-attempt', 'attempt.recipient.postalCode', `must be a US ZIP code (5 digits, or ZIP+4 as 90210-1234), got ${describe(postalCode)}`);
  }
  if (problems.length > 0 || !at.ok || !number) return problems;

  const facts: AttemptFacts = {
    channel: attempt.channel as Channel,
    advertiser: canonicalText(attempt.advertiser as string),
    automated: attempt.automated === true,
    prerecorded: attempt.prerecorded === true,
    purpose: (attempt.purpose as AttemptFacts['purpose'] | undefined) ?? 'prospecting',
    // An emergency line or a health-care facility keeps every consumer protection (the protective reading).
    recipientKind: kind === 'business' ? 'business' : 'consumer',
    legalPerson,
  };
  if (kind === 'emergency-line' || kind === 'healthcare-facility') facts.recipientLine = kind;
  if (typeof attempt.callerId === 'string') facts.callerId = attempt.callerId;
  if (typeof attempt.contractId === 'string') facts.contractId = canonicalText(attempt.contractId);
  if (typeof attempt.sector === 'string') facts.sector = attempt.sector;
  const read: ReadAttempt = { facts, at: at.ms, number };
  if (timeZone !== undefined) read.timeZone = timeZone;
  if (region !== undefined) read.region = region;
  if (postalCode !== undefined) read.postalCode = postalCode;
  return read;
}

/** Reads a history: every event validated, oldest first. Returns the problems instead when any event is unusable. */
export function readHistory(history: unknown): HistoryEvent[] | InputProblem[] {
  if (history === undefined || history === null) return [];
  let length: number;
  try {
    if (!Array.isArray(history)) {
      return [{ code: 'input.invalid-event', field: 'history', problem: `must be an array of events, got ${describe(history)}` }];
    }
    length = history.length;
  } catch (err) {
    return [{ code: 'input.invalid-event', field: 'history', problem: `could not be read (${errorText(err)})` }];
  }
  const events: HistoryEvent[] = [];
  const problems: InputProblem[] = [];
  let unreported = 0;
  for (let i = 0; i < length; i++) {
    let read: HistoryEvent | InputProblem;
    try {
      read = i in history ? readEvent(history[i], i) : { code: 'input.invalid-event', field: `history[${i}]`, problem: 'is a hole in the array' };
    } catch (err) {
      read = { code: 'input.invalid-event', field: `history[${i}]`, problem: `could not be read (${errorText(err)})` };
    }
    if ('problem' in read) {
      if (problems.length < MAX_EVENT_PROBLEMS) problems.push(read);
      else unreported++;
    } else events.push(read);
  }
  if (unreported > 0) {
    problems.push({ code: 'input.invalid-event', field: 'history', problem: `${unreported} more invalid events not listed` });
  }
  if (problems.length > 0) return problems;
  // Hosts usually keep histories in time order: sort only when they did not.
  for (let i = 1; i < events.length; i++) {
    if (events[i]!.at < events[i - 1]!.at) return events.sort((a, b) => a.at - b.at);
  }
  return events;
}

/** Reads one event, or says which of its fields is wrong. `path` names it in problems (a number: `history[n]`, written only on failure). */
export function readEvent(input: unknown, path: string | number): HistoryEvent | InputProblem {
  if (!isObj(input)) return fail(path, '', `must be an event object, got ${describe(input)}`);
  const snap = eventFields(input, typeof path === 'number' ? '' : path);
  if (!('value' in snap)) return { code: 'input.invalid-event', field: typeof path === 'number' ? `${pathText(path)}${snap.field}` : snap.field, problem: snap.problem };
  const event = snap.value;
  // The type as the module's own string (the one a log's cell held may keep its whole line alive).
  const type = EVENT_TYPE_NAMES.get(event.type as string) ?? event.type;
  if (type === 'contract') {
    const id = nameOf(event, path, 'id');
    if (typeof id !== 'string') return id;
    const advertiser = nameOf(event, path, 'advertiser');
    if (typeof advertiser !== 'string') return advertiser;
    const start = instantOf(event, path, 'start', true);
    if (typeof start !== 'number') return start as InputProblem;
    const end = instantOf(event, path, 'end', false);
    if (typeof end === 'object') return end;
    if (end !== undefined && end < start) return fail(path, '.end', 'is before start');
    if (event.subject !== undefined && !isStorable(event.subject)) return fail(path, '.subject', textProblem(event.subject, true) ?? `must be a string, got ${describe(event.subject)}`);
    const contract: HistoryEvent = { type, at: start, id, advertiser };
    if (end !== undefined) contract.end = end;
    if (typeof event.subject === 'string') contract.subject = event.subject;
    return contract;
  }
  const at = instantOf(event, path, 'at', true);
  if (typeof at !== 'number') return at as InputProblem;
  if (type === 'opposition-check') {
    const list = nameOf(event, path, 'list', "the list's name (e.g. 'bloctel')");
    if (typeof list !== 'string') return list;
    if (typeof event.listed !== 'boolean') return fail(path, '.listed', `must be a boolean, got ${describe(event.listed)}`);
    if (event.entry === undefined) return { type, at, list, listed: event.listed };
    if (!oneOf(event.entry, ENTRIES)) return fail(path, '.entry', `must be one of ${ENTRIES.join(', ')}, got ${describe(event.entry)}`);
    return { type, at, list, listed: event.listed, entry: event.entry };
  }
  // Facts from data vendors (docs/contract.md §5): dated; only the litigator flag names an advertiser.
  if (type === 'line-type' || type === 'reassigned-check' || type === 'litigator') {
    let src: string | undefined;
    if (event.source !== undefined) {
      if (!isStorable(event.source)) return fail(path, '.source', textProblem(event.source, true) ?? `must be a string, got ${describe(event.source)}`);
      src = event.source as string;
    }
    const withSource = <E extends HistoryEvent>(e: E): E => (src === undefined ? e : { ...e, source: src });
    if (type === 'line-type') {
      if (!oneOf(event.lineType, LINE_TYPES)) return fail(path, '.lineType', `must be one of ${LINE_TYPES.join(', ')}, got ${describe(event.lineType)}`);
      return withSource({ type, at, lineType: event.lineType });
    }
    if (type === 'reassigned-check') {
      const since = instantOf(event, path, 'since', true);
      if (typeof since !== 'number') return since as InputProblem;
      if (!oneOf(event.result, RND_RESULTS)) return fail(path, '.result', `must be one of ${RND_RESULTS.join(', ')}, got ${describe(event.result)}`);
      return withSource({ type, at, since, result: event.result });
    }
    if (event.advertiser === undefined) return withSource({ type, at });
    const advertiser = nameOf(event, path, 'advertiser', 'a non-empty string when given (absent = every advertiser)');
    if (typeof advertiser !== 'string') return advertiser;
    return withSource({ type, at, advertiser });
  }
  if (type === 'preference') {
    if (event.advertiser === undefined) {
      const limits = readLimits(event, pathText(path));
      return 'problem' in limits ? { code: 'input.invalid-event', ...limits } : { type, at, ...limits };
    }
    const advertiser = nameOf(event, path, 'advertiser', 'a non-empty string when given (absent = every advertiser)');
    if (typeof advertiser !== 'string') return advertiser;
    const limits = readLimits(event, pathText(path));
    if ('problem' in limits) return { code: 'input.invalid-event', ...limits };
    return { type, at, advertiser, ...limits };
  }
  const advertiser = nameOf(event, path, 'advertiser');
  if (typeof advertiser !== 'string') return advertiser;
  switch (type) {
    case 'attempt': {
      if (!oneOf(event.channel, CHANNELS)) return fail(path, '.channel', `must be 'voice' or 'sms', got ${describe(event.channel)}`);
      if (event.outcome !== undefined && !oneOf(event.outcome, OUTCOMES)) {
        return fail(path, '.outcome', `must be one of ${OUTCOMES.join(', ')}, got ${describe(event.outcome)}`);
      }
      // One literal per shape: an object given a field later takes half as much memory again (the audit keeps millions).
      const channel = event.channel;
      return event.outcome === undefined ? { type, at, advertiser, channel } : { type, at, advertiser, channel, outcome: event.outcome as (typeof OUTCOMES)[number] };
    }
    case 'refusal':
      return { type, at, advertiser };
    case 'customer': {
      if (event.kind === undefined) return { type, at, advertiser };
      if (!oneOf(event.kind, CUSTOMER_KINDS)) return fail(path, '.kind', `must be 'purchase' or 'inquiry', got ${describe(event.kind)}`);
      return { type, at, advertiser, kind: event.kind };
    }
    case 'objection':
    case 'consent-withdrawn': {
      const ch = channelsOf(event, path);
      return 'problem' in ch ? ch : { type, at, advertiser, channels: ch };
    }
    case 'consent': {
      const ch = channelsOf(event, path);
      if ('problem' in ch) return ch;
      let covers: readonly ConsentScope[] = ['prospecting'];
      if (event.covers !== undefined) {
        const read = elements(event.covers, isScope);
        if (!read) return fail(path, '.covers', `must be a non-empty array of ${SCOPES.map((c) => `'${c}'`).join(' | ')}, got ${describe(event.covers)}`);
        covers = read;
      }
      const expiresAt = instantOf(event, path, 'expiresAt', false);
      if (typeof expiresAt === 'object') return expiresAt;
      if (event.proof !== undefined && !isStorable(event.proof)) return fail(path, '.proof', textProblem(event.proof, true) ?? `must be a string, got ${describe(event.proof)}`);
      if (event.written !== undefined && typeof event.written !== 'boolean') return fail(path, '.written', `must be a boolean, got ${describe(event.written)}`);
      const e: HistoryEvent = { type, at, advertiser, channels: ch, covers, written: event.written === true };
      if (expiresAt !== undefined) e.expiresAt = expiresAt;
      if (typeof event.proof === 'string') e.proof = event.proof;
      return e;
    }
    default:
      return fail(path, '.type', `must be one of ${EVENT_TYPES.join(', ')}; got ${describe(type)}`);
  }
}

const pathText = (path: string | number) => (typeof path === 'number' ? `history[${path}]` : path);

function fail(path: string | number, field: string, problem: string): InputProblem {
  return { code: 'input.invalid-event', field: `${pathText(path)}${field}`, problem };
}

/** A name compared across events (advertiser, contract id, list): storable text, in canonical form. */
function nameOf(event: Record<string, unknown>, path: string | number, key: string, what = 'a non-empty string'): string | InputProblem {
  const v = event[key];
  return isText(v) ? canonicalText(v) : fail(path, `.${key}`, textProblem(v) ?? `must be ${what}, got ${describe(v)}`);
}

function instantOf(event: Record<string, unknown>, path: string | number, key: string, required: boolean): Ms | undefined | InputProblem {
  const v = event[key];
  if (v === undefined && !required) return undefined;
  // The usual case without allocating: a valid ISO string; anything else is read again to say why.
  if (typeof v === 'string') {
    const ms = instantMs(v);
    if (ms === ms) return ms;
  }
  const r = readInstant(v);
  return r.ok ? r.ms : fail(path, `.${key}`, r.problem);
}

function channelsOf(event: Record<string, unknown>, path: string | number): readonly Channel[] | InputProblem {
  const v = event.channels;
  if (v === undefined) return CHANNELS;
  return elements(v, isChannel) ?? fail(path, '.channels', `must be a non-empty array of 'voice' | 'sms', got ${describe(v)}`);
}
