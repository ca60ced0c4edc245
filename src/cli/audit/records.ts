/**
 * From one row of a log (after the mapping) to what the replay needs: an attempt to judge, with
 * the events its status implies, or a history event. Every problem names the field at fault and
 * the column it was read from; the row is then reported, never guessed.
 */
import { NumberMemo, type ParsedNumber } from '../../phone/number.js';
import { readAttempt, readEvent, type InputProblem, type ReadAttempt } from '../../core/normalize.js';
import type { HistoryEvent } from '../../core/rule.js';
import type { Attempt, Channel, ContactEvent } from '../../index.js';
import { clip, timestampReader, type TimeReading } from '../timestamps.js';
import { CANONICAL_FIELDS, type CanonicalField, type ImpliedEvent, type Mapping, type StatusMeaning } from './mapping.js';

/** A row that could not be read: its line, the field at fault (and the column it came from). */
export interface RowProblem {
  line: number;
  field: string;
  column?: string;
  problem: string;
}

interface Located {
  /** Line of the file on which the row ends (1-based; the header is line 1). */
  line: number;
  /** The number as written in the file. */
  to: string;
  /** The recipient's history key: E.164 when the number parses, the cleaned text otherwise. */
  key: string;
  /** Epoch ms, for ordering. */
  at: number;
}

/** An attempt to judge, and the events its dialer status implies (refusal, objection…). */
export interface AttemptRecord extends Located {
  kind: 'attempt';
  attempt: Attempt & { at: Date };
  /** The attempt as the engine reads it (its number parsed once, here), or why it cannot. */
  read: ReadAttempt | InputProblem[];
  /** What the history keeps after judging: the attempt itself, then the events its status implies. */
  recorded: ContactEvent[];
  /** The same, validated into the engine's form (what the replay keeps). */
  history: HistoryEvent[];
  /** A status code the mapping does not know (the attempt still counts). */
  unknownStatus?: string;
  /** The export's id of the call (VICIdial and Asterisk `uniqueid`): a row repeating it is a duplicate, not another call. */
  callId?: string;
  /** A person answered and no agent took the call (the status says so): for the abandonment rate. */
  abandoned?: true;
  /** The call's length in seconds, when the log gives it (VICIdial length_in_sec): for the ring time. */
  durationSec?: number;
}

/** A history event of the log (consent, objection, contract…). */
export interface EventRecord extends Located {
  kind: 'event';
  event: ContactEvent;
  /** The same, validated into the engine's form (what the replay keeps). */
  history: HistoryEvent;
}

/** A row whose dialer status says it is no call attempt of this dialer (a lead never dialed, an inbound call). */
export interface SkippedRecord {
  kind: 'skipped';
  line: number;
  status: string;
}

export type LogRecord = AttemptRecord | EventRecord;

/** How to read rows: the mapping, the header, time zone, constant advertiser. */
export interface ReaderSettings {
  mapping: Mapping;
  time: TimeReading;
  /** --advertiser: the advertiser of every row. */
  advertiser?: string;
  /** --caller-id: the number presented by the calls whose row gives none (a dialer's one trunk number). */
  callerId?: string;
  /** The number of rows that do not say (a history file of one consumer). */
  defaultTo?: string;
  /** --automated / --no-automated: whether every call was placed by an automated system, whatever the rows or the mapping say. */
  automated?: boolean;
}

const PURPOSES = ['prospecting', 'contract', 'non-commercial'] as const;
const TRUE = new Set(['true', '1', 'yes', 'y', 'oui', 'o', 'x']);
const FALSE = new Set(['false', '0', 'no', 'n', 'non', '']);
const LISTED_WORDS = new Set(['listed', 'inscrit', 'registered', 'on list', 'bloqué', 'bloque']);
const NOT_LISTED_WORDS = new Set(['not listed', 'unlisted', 'non inscrit', 'non-inscrit', 'pas inscrit', 'not registered', 'absent', 'libre']);
/** Event types whose rows may leave the advertiser out: a preference or a litigator flag without one is for every advertiser; vendor facts name none. */
const ADVERTISER_OPTIONAL: ReadonlySet<string> = new Set(['opposition-check', 'preference', 'litigator', 'line-type', 'reassigned-check']);
const FLAGS = ['automated', 'prerecorded'] as const;
const ATTEMPT_TEXTS = ['callerId', 'contractId', 'sector'] as const;

type Get<R> = (row: R) => unknown;

/** Where each canonical field comes from, for a row shape R (CSV array or JSON object). */
export interface FieldSources<R> {
  get: Record<CanonicalField, Get<R>>;
  /** The source column of each field, for messages. */
  column: Record<CanonicalField, string>;
  countryCode?: Get<R>;
  national?: Get<R>;
  status?: Get<R>;
}

/** Field sources for CSV rows given their column names. */
export function csvSources(names: readonly string[], mapping: Mapping): FieldSources<readonly string[]> {
  return sources(mapping, (column) => {
    const i = names.indexOf(column);
    return i < 0 ? () => undefined : (row) => row[i];
  });
}

/** Field sources for JSON Lines objects. */
export function jsonSources(mapping: Mapping): FieldSources<Record<string, unknown>> {
  return sources(mapping, (column) => (row) => (Object.hasOwn(row, column) ? row[column] : undefined));
}

function sources<R>(mapping: Mapping, by: (column: string) => Get<R>): FieldSources<R> {
  const get = {} as Record<CanonicalField, Get<R>>;
  const column = {} as Record<CanonicalField, string>;
  for (const field of CANONICAL_FIELDS) {
    const constant = mapping.constants?.[field];
    const col = mapping.columns?.[field] ?? field;
    column[field] = constant !== undefined ? `constant ${field}` : col;
    get[field] = constant !== undefined ? () => constant : col === '' ? () => undefined : by(col);
  }
  const out: FieldSources<R> = { get, column };
  if (mapping.number) {
    out.countryCode = by(mapping.number.countryCode);
    out.national = by(mapping.number.national);
    column.to = `${mapping.number.countryCode} + ${mapping.number.national}`;
  }
  if (mapping.status) out.status = by(mapping.status.column);
  return out;
}

/** Names the columns a mapping needs that the header lacks (a usage error before any row is read). */
export function missingColumns(names: readonly string[], mapping: Mapping, toOptional = false): string[] {
  const needed: string[] = [];
  if (mapping.number) needed.push(mapping.number.countryCode, mapping.number.national);
  else if (mapping.constants?.to === undefined && !toOptional) needed.push(mapping.columns?.to ?? 'to');
  if (mapping.constants?.at === undefined) needed.push(mapping.columns?.at ?? 'at');
  if (mapping.status) needed.push(mapping.status.column);
  return needed.filter((c) => !names.includes(c));
}

/**
 * Compiles a row reader. The returned function never throws: it gives a record, or the problem
 * with the first field at fault.
 */
export function recordReader<R>(src: FieldSources<R>, settings: ReaderSettings): (row: R, line: number) => LogRecord | SkippedRecord | RowProblem {
  const readTime = timestampReader(settings.time);
  // Each spelling of a number is parsed once, not once per row (a log calls a number many times).
  const numbers = new NumberMemo(NUMBER_MEMO_SIZE);
  const parsed = (raw: string): ParsedNumber | null => numbers.parse(raw);
  const keyOf = (to: string): string => numberKey(to, numbers);
  const { mapping } = settings;
  const codes = mapping.status?.codes;

  // The row being read and its line: the helpers below are made once per reader, not once per row.
  let row: R;
  let line = 0;
  const problem = (field: CanonicalField | 'status', problem: string): RowProblem => {
    const column = field === 'status' ? mapping.status!.column : src.column[field];
    return column === field ? { line, field, problem } : { line, field, column, problem };
  };
  const text = (field: CanonicalField): string | undefined => {
    const v = src.get[field](row);
    if (v === undefined || v === null) return undefined;
    const s = (typeof v === 'string' ? v : String(v)).trim();
    return s === '' ? undefined : s;
  };
  const instant = (field: CanonicalField, required: boolean): Date | undefined | RowProblem => {
    const v = text(field);
    if (v === undefined) return required ? problem(field, 'is empty') : undefined;
    const r = readTime(v);
    return r.ok ? new Date(r.ms) : problem(field, r.problem);
  };
  const flag = (field: CanonicalField): boolean | undefined | RowProblem => {
    const v = src.get[field](row);
    if (typeof v === 'boolean') return v;
    const s = text(field)?.toLowerCase();
    if (s === undefined) return undefined;
    if (TRUE.has(s)) return true;
    if (FALSE.has(s)) return false;
    return problem(field, `must be true or false, got '${clip(s)}'`);
  };
  // A list cell ('voice|sms', 'voice, sms') or a JSON array; its items are the core's to judge.
  const list = (field: CanonicalField): string[] | undefined => {
    const v = src.get[field](row);
    const items = Array.isArray(v) ? v.map(String) : text(field)?.split(/[\s|,;+]+/).filter((s) => s !== '');
    return items === undefined || items.length === 0 ? undefined : items;
  };
  // A structured field (a preference's budgets and slots): a JSON value, or JSON text in a CSV cell.
  const json = (field: CanonicalField): unknown => {
    const v = src.get[field](row);
    if (typeof v !== 'string') return v ?? undefined;
    const t = v.trim();
    if (t === '') return undefined;
    try {
      return JSON.parse(t) as unknown;
    } catch {
      return t; // the core reader names it
    }
  };
  /**
   * The candidate event (its fields left undefined are dropped), judged by the core's reader
   * (one validation for the engine, the stores and the audit): the event and its engine form,
   * or the problem naming the column.
   */
  const validated = (candidate: Record<string, unknown>): { event: ContactEvent; read: HistoryEvent } | RowProblem => {
    for (const k in candidate) {
      if (candidate[k] === undefined) {
        candidate = Object.fromEntries(Object.entries(candidate).filter(([, v]) => v !== undefined));
        break;
      }
    }
    const read = readEvent(candidate, '');
    if (!('code' in read)) return { event: candidate as unknown as ContactEvent, read };
    const field = read.field.replace(/^\./, '').replace(/[.[].*$/, '');
    return problem((CANONICAL_FIELDS as readonly string[]).includes(field) ? (field as CanonicalField) : 'type', read.problem);
  };

  return (r, l) => {
    row = r;
    line = l;
    // The number: one column, or a country code and a national number without its leading 0.
    let to = text('to');
    if (src.countryCode && src.national) {
      const cc = String(src.countryCode(row) ?? '').replace(/\D/g, '');
      const national = String(src.national(row) ?? '').replace(/[\s.\-()]/g, '');
      if (national === '') return problem('to', 'the national number is empty');
      to = cc === '' ? national : joinNumber(cc, national);
    }
    to ??= settings.defaultTo;
    if (to === undefined) return problem('to', 'is empty');
    if (to.length > 40) return problem('to', `'${clip(to, 40)}' is not a phone number (${to.length} characters)`);

    const type = text('type')?.toLowerCase() ?? 'attempt';

    const advertiser = settings.advertiser ?? text('advertiser');
    const needsAdvertiser = !ADVERTISER_OPTIONAL.has(type);
    if (needsAdvertiser && advertiser === undefined) return problem('advertiser', 'is empty (pass --advertiser for a file of one advertiser)');

    if (type === 'contract') {
      const id = text('id') ?? text('contractId');
      if (id === undefined) return problem('id', 'a contract row needs its id (column id or contractId)');
      const start = text('start') !== undefined ? instant('start', true) : instant('at', true);
      if (!(start instanceof Date)) return start ?? problem('start', 'is empty');
      const end = instant('end', false);
      if (end !== undefined && !(end instanceof Date)) return end;
      const event = validated({ type, id, advertiser, start, end, subject: text('subject') });
      return 'problem' in event ? event : { kind: 'event', line, to, key: keyOf(to), at: start.getTime(), event: event.event, history: event.read };
    }

    const at = instant('at', true);
    if (!(at instanceof Date)) return at ?? problem('at', 'is empty');
    const base = { line, to, at: at.getTime() };

    switch (type) {
      case 'attempt': {
        const channel = text('channel')?.toLowerCase() ?? 'voice';
        const attempt: AttemptRecord['attempt'] = { to, at, channel: channel as Channel, advertiser: advertiser! };
        for (const f of FLAGS) {
          const b = flag(f);
          if (typeof b === 'object') return b;
          if (b !== undefined) attempt[f] = b;
        }
        const purpose = text('purpose');
        if (purpose !== undefined) {
          if (!(PURPOSES as readonly string[]).includes(purpose)) return problem('purpose', `must be one of ${PURPOSES.join(', ')}, got '${clip(purpose)}'`);
          attempt.purpose = purpose as (typeof PURPOSES)[number];
        }
        for (const f of ATTEMPT_TEXTS) {
          const v = text(f);
          if (v !== undefined) attempt[f] = v;
        }
        if (attempt.callerId === undefined && settings.callerId !== undefined) attempt.callerId = settings.callerId;
        if (settings.automated !== undefined) attempt.automated = settings.automated;
        // The outcome: the outcome column, else what the dialer status means.
        let outcome = text('outcome');
        let meaning: StatusMeaning | undefined;
        let unknownStatus: string | undefined;
        if (src.status && codes) {
          const code = String(src.status(row) ?? '').trim();
          meaning = Object.hasOwn(codes, code) ? codes[code] : mapping.status?.otherwise;
          if (meaning === undefined && code !== '') unknownStatus = code;
          if (meaning?.attempt === false) return { kind: 'skipped', line, status: code };
          outcome ??= meaning?.outcome;
        }
        // The attempt as the history keeps it: channel and outcome judged by the core's reader.
        const candidate: Record<string, unknown> = { type: 'attempt', at, advertiser, channel };
        if (outcome !== undefined) candidate.outcome = outcome;
        const attemptEvent = validated(candidate);
        if ('problem' in attemptEvent) return attemptEvent;
        const recorded = [attemptEvent.event];
        const history = [attemptEvent.read];
        for (const kind of meaning?.events ?? []) {
          const implied = validated(impliedEvent(kind, at, advertiser!) as unknown as Record<string, unknown>);
          if ('problem' in implied) return implied; // not expected: the advertiser was read already
          recorded.push(implied.event);
          history.push(implied.read);
        }
        // The number is parsed here, once: its E.164 form keys the history and the engine reuses the reading.
        const read = readAttempt(attempt, parsed);
        const key = Array.isArray(read) ? keyOf(to) : read.number.e164;
        const rec: AttemptRecord = { kind: 'attempt', ...base, key, attempt, read, recorded, history };
        if (unknownStatus !== undefined) rec.unknownStatus = unknownStatus;
        if (meaning?.abandoned) rec.abandoned = true;
        const duration = text('duration');
        if (duration !== undefined) {
          const sec = Number(duration);
          if (!Number.isFinite(sec) || sec < 0) return problem('duration', `must be a number of seconds, got '${clip(duration)}'`);
          rec.durationSec = sec;
        }
        const callId = text('callId');
        if (callId !== undefined) rec.callId = callId;
        return rec;
      }
      case 'opposition-check': {
        // A scrub's own words too: inscrit / non inscrit, listed / not listed (imports, docs/audit.md).
        const word = text('listed')?.toLowerCase();
        const listed = word !== undefined && LISTED_WORDS.has(word) ? true : word !== undefined && NOT_LISTED_WORDS.has(word) ? false : flag('listed');
        if (listed === undefined) return problem('listed', 'is empty (true when the number is on the list)');
        if (typeof listed === 'object') return listed;
        const event = validated({ type, at, list: text('list') ?? 'bloctel', listed, entry: text('entry') });
        return 'problem' in event ? event : { kind: 'event', ...base, key: keyOf(to), event: event.event, history: event.read };
      }
      default: {
        const written = flag('written');
        if (typeof written === 'object') return written;
        const expiresAt = instant('expiresAt', false);
        if (expiresAt !== undefined && !(expiresAt instanceof Date)) return expiresAt;
        const since = instant('since', false);
        if (since !== undefined && !(since instanceof Date)) return since;
        const event = validated({
          type, at, advertiser, channels: list('channels'), covers: list('covers'), expiresAt, written, proof: text('proof'),
          kind: text('kind'), budgets: json('budgets'), excluded: json('excluded'), preferred: json('preferred'),
          // Facts from data vendors (line type, reassigned-numbers answers, litigator flags).
          lineType: text('lineType'), since, result: text('result'), source: text('source'),
        });
        return 'problem' in event ? event : { kind: 'event', ...base, key: keyOf(to), event: event.event, history: event.read };
      }
    }
  };
}

/** An event a dialer status implies, at the attempt's instant. */
function impliedEvent(kind: ImpliedEvent, at: Date, advertiser: string): ContactEvent {
  return { type: kind, at, advertiser };
}

/** Number spellings a log reader remembers (~20 MB at most). */
export const NUMBER_MEMO_SIZE = 200_000;

/**
 * The history key of a number: its E.164 form, so that `0612345678` and `+33 6 12 34 56 78` are
 * one consumer (national numbers read as French, as the engine reads them), or the number without
 * spaces, dots, dashes and brackets when it does not parse. `numbers` remembers the readings: a
 * log repeats its numbers.
 */
export function numberKey(to: string, numbers: NumberMemo): string {
  return numbers.parse(to)?.e164 ?? to.replace(/[\s.\-()]/g, '');
}

/**
 * An E.164 number from a country calling code and a national number as dialers store it. The
 * national trunk prefix is dropped (UK 020…, BE 02…, CH 044…, DE 030…: one leading 0; NANP: a
 * leading 1), except in Italy, San Marino and the Vatican (+39, +378, +379), where the leading 0
 * of a landline is part of the number (+39 06…). A national number already in international form
 * (`+…`, `00…`) is kept.
 */
export function joinNumber(countryCode: string, national: string): string {
  if (national.startsWith('+')) return national;
  if (national.startsWith(`00${countryCode}`)) return `+${national.slice(2)}`;
  if (countryCode === '39' || countryCode === '378' || countryCode === '379') return `+${countryCode}${national}`;
  if (countryCode === '1') return `+1${national.length === 11 ? national.replace(/^1/, '') : national}`;
  return `+${countryCode}${national.replace(/^0/, '')}`;
}
