/**
 * Input validation. The engine fails closed: anything it cannot read becomes an `input.*` problem
 * naming the field, and the decision is `deny`. Nothing here throws, whatever the input's shape:
 * host objects are read once, property by property (a throwing getter or a revoked Proxy is a
 * problem of its field), arrays index by index (a hole is an invalid element), and names are
 * compared in one canonical form ({@link canonicalText}).
 */
import { parseNumber, type ParsedNumber } from '../phone/number.js';
import { describe, readInstant } from '../time/instant.js';
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
  | 'input.invalid-time-zone'
  /** `attempt.recipient.postalCode` is not a postal code the number's pack can place (US: ZIP5 or ZIP+4 in the ZIP table). */
  | 'input.invalid-postal-code';

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
  /** `attempt.recipient.postalCode`, trimmed; the pack reads it. */
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
  'lineType', 'consentAt', 'reassigned', 'source',
];
const LINE_TYPES = ['wireless', 'landline', 'voip'] as const;

const isChannel = (c: unknown): c is Channel => oneOf(c, CHANNELS);
const isScope = (c: unknown): c is ConsentScope => oneOf(c, SCOPES);

/** Why a name field is unusable: not a string, blank, or not storable text. */
function nameProblem(v: unknown): string {
  return textProblem(v) ?? `must be a non-empty string, got ${describe(v)}`;
}

/** Reads an attempt. Returns the problems instead when any field is unusable. */
export function readAttempt(input: unknown): ReadAttempt | InputProblem[] {
  if (!isObj(input)) {
    return [{ code: 'input.invalid-attempt', field: 'attempt', problem: `must be an object, got ${describe(input)}` }];
  }
  const snap = snapshot(input, ATTEMPT_FIELDS, 'attempt');
  if (!('value' in snap)) return [{ code: 'input.invalid-attempt', ...snap }];
  const attempt = snap.value;
  const problems: InputProblem[] = [];
  const bad = (code: InputCode, field: string, problem: string) => problems.push({ code, field, problem });

  const number = isText(attempt.to) ? parseNumber(attempt.to) : null;
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
      if (recipient.region !== undefined) {
        if (typeof recipient.region === 'string' && /^[A-Za-z]{2}-[A-Za-z0-9]{1,3}$/.test(recipient.region)) {
          region = recipient.region.toUpperCase();
        } else {
          bad('input.invalid-attempt', 'attempt.recipient.region', `must be an ISO 3166-2 code such as 'FR-57', got ${describe(recipient.region)}`);
        }
      }
      if (recipient.postalCode !== undefined) {
        // The pack of the number checks what a postal code is (US: ZIP5 or ZIP+4); here only the shape.
        if (typeof recipient.postalCode === 'string' && /^[A-Za-z0-9][A-Za-z0-9 -]{0,15}$/.test(recipient.postalCode.trim())) {
          postalCode = recipient.postalCode.trim();
        } else {
          bad('input.invalid-postal-code', 'attempt.recipient.postalCode', `must be a postal code such as '90210' or '90210-1234', got ${describe(recipient.postalCode)}`);
        }
      }
    }
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
      read = i in history ? readEvent(history[i], `history[${i}]`) : { code: 'input.invalid-event', field: `history[${i}]`, problem: 'is a hole in the array' };
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

/** Reads one event, or says which of its fields is wrong. */
export function readEvent(input: unknown, path: string): HistoryEvent | InputProblem {
  const fail = (field: string, problem: string): InputProblem => ({ code: 'input.invalid-event', field: `${path}${field}`, problem });
  if (!isObj(input)) return fail('', `must be an event object, got ${describe(input)}`);
  const snap = snapshot(input, EVENT_FIELDS, path);
  if (!('value' in snap)) return { code: 'input.invalid-event', ...snap };
  const event = snap.value;
  /** A name compared across events (advertiser, contract id, list): storable text, in canonical form. */
  const name = (key: string, what = 'a non-empty string'): string | InputProblem => {
    const v = event[key];
    return isText(v) ? canonicalText(v) : fail(`.${key}`, textProblem(v) ?? `must be ${what}, got ${describe(v)}`);
  };
  const instant = (key: string, required: boolean): Ms | undefined | InputProblem => {
    const v = event[key];
    if (v === undefined && !required) return undefined;
    const r = readInstant(v);
    return r.ok ? r.ms : fail(`.${key}`, r.problem);
  };
  const channels = (): readonly Channel[] | InputProblem => {
    const v = event.channels;
    if (v === undefined) return CHANNELS;
    return elements(v, isChannel) ?? fail('.channels', `must be a non-empty array of 'voice' | 'sms', got ${describe(v)}`);
  };
  const type = event.type;
  if (type === 'contract') {
    const id = name('id');
    if (typeof id !== 'string') return id;
    const advertiser = name('advertiser');
    if (typeof advertiser !== 'string') return advertiser;
    const start = instant('start', true);
    if (typeof start !== 'number') return start as InputProblem;
    const end = instant('end', false);
    if (typeof end === 'object') return end;
    if (end !== undefined && end < start) return fail('.end', 'is before start');
    if (event.subject !== undefined && !isStorable(event.subject)) return fail('.subject', textProblem(event.subject, true) ?? `must be a string, got ${describe(event.subject)}`);
    const contract: HistoryEvent = { type, at: start, id, advertiser };
    if (end !== undefined) contract.end = end;
    if (typeof event.subject === 'string') contract.subject = event.subject;
    return contract;
  }
  const at = instant('at', true);
  if (typeof at !== 'number') return at as InputProblem;
  if (type === 'opposition-check') {
    const list = name('list', "the list's name (e.g. 'bloctel')");
    if (typeof list !== 'string') return list;
    if (typeof event.listed !== 'boolean') return fail('.listed', `must be a boolean, got ${describe(event.listed)}`);
    if (event.entry === undefined) return { type, at, list, listed: event.listed };
    if (!oneOf(event.entry, ENTRIES)) return fail('.entry', `must be one of ${ENTRIES.join(', ')}, got ${describe(event.entry)}`);
    return { type, at, list, listed: event.listed, entry: event.entry };
  }
  // Facts from data vendors (US): about the number, for every advertiser.
  if (type === 'line-type' || type === 'reassigned-check' || type === 'litigator') {
    let source: string | undefined;
    if (event.source !== undefined) {
      const s = name('source', "the vendor's name");
      if (typeof s !== 'string') return s;
      source = s;
    }
    const withSource = <T extends HistoryEvent>(e: T): T => (source === undefined ? e : { ...e, source });
    if (type === 'line-type') {
      if (!oneOf(event.lineType, LINE_TYPES)) return fail('.lineType', `must be one of ${LINE_TYPES.join(', ')}, got ${describe(event.lineType)}`);
      return withSource({ type, at, lineType: event.lineType });
    }
    if (type === 'litigator') {
      if (typeof event.listed !== 'boolean') return fail('.listed', `must be a boolean, got ${describe(event.listed)}`);
      return withSource({ type, at, listed: event.listed });
    }
    const consentAt = instant('consentAt', true);
    if (typeof consentAt !== 'number') return consentAt as InputProblem;
    if (consentAt > at) return fail('.consentAt', 'is after the date the database was queried (at)');
    if (typeof event.reassigned !== 'boolean') return fail('.reassigned', `must be a boolean, got ${describe(event.reassigned)}`);
    return withSource({ type, at, consentAt, reassigned: event.reassigned });
  }
  if (type === 'preference') {
    if (event.advertiser === undefined) {
      const limits = readLimits(event, path);
      return 'problem' in limits ? { code: 'input.invalid-event', ...limits } : { type, at, ...limits };
    }
    const advertiser = name('advertiser', 'a non-empty string when given (absent = every advertiser)');
    if (typeof advertiser !== 'string') return advertiser;
    const limits = readLimits(event, path);
    if ('problem' in limits) return { code: 'input.invalid-event', ...limits };
    return { type, at, advertiser, ...limits };
  }
  const advertiser = name('advertiser');
  if (typeof advertiser !== 'string') return advertiser;
  switch (type) {
    case 'attempt': {
      if (!oneOf(event.channel, CHANNELS)) return fail('.channel', `must be 'voice' or 'sms', got ${describe(event.channel)}`);
      if (event.outcome !== undefined && !oneOf(event.outcome, OUTCOMES)) {
        return fail('.outcome', `must be one of ${OUTCOMES.join(', ')}, got ${describe(event.outcome)}`);
      }
      const e: HistoryEvent = { type, at, advertiser, channel: event.channel };
      if (event.outcome !== undefined) e.outcome = event.outcome as (typeof OUTCOMES)[number];
      return e;
    }
    case 'refusal':
      return { type, at, advertiser };
    case 'customer': {
      if (event.kind === undefined) return { type, at, advertiser };
      if (!oneOf(event.kind, CUSTOMER_KINDS)) return fail('.kind', `must be 'purchase' or 'inquiry', got ${describe(event.kind)}`);
      return { type, at, advertiser, kind: event.kind };
    }
    case 'objection':
    case 'consent-withdrawn': {
      const ch = channels();
      return 'problem' in ch ? ch : { type, at, advertiser, channels: ch };
    }
    case 'consent': {
      const ch = channels();
      if ('problem' in ch) return ch;
      let covers: readonly ConsentScope[] = ['prospecting'];
      if (event.covers !== undefined) {
        const read = elements(event.covers, isScope);
        if (!read) return fail('.covers', `must be a non-empty array of ${SCOPES.map((c) => `'${c}'`).join(' | ')}, got ${describe(event.covers)}`);
        covers = read;
      }
      const expiresAt = instant('expiresAt', false);
      if (typeof expiresAt === 'object') return expiresAt;
      if (event.proof !== undefined && !isStorable(event.proof)) return fail('.proof', textProblem(event.proof, true) ?? `must be a string, got ${describe(event.proof)}`);
      if (event.written !== undefined && typeof event.written !== 'boolean') return fail('.written', `must be a boolean, got ${describe(event.written)}`);
      const e: HistoryEvent = { type, at, advertiser, channels: ch, covers, written: event.written === true };
      if (expiresAt !== undefined) e.expiresAt = expiresAt;
      if (typeof event.proof === 'string') e.proof = event.proof;
      return e;
    }
    default:
      return fail('.type', `must be one of attempt, refusal, objection, consent, consent-withdrawn, contract, opposition-check, customer, preference, line-type, reassigned-check, litigator; got ${describe(type)}`);
  }
}
