/**
 * The shape of a mapping (plain JSON, documented in docs/audit.md): what the built-in mappings
 * are written in, and what `loadMapping` reads. A leaf module, so that the mappings and the
 * loader do not import each other.
 */
import type { AttemptOutcome } from '../../../core/vocabulary.js';

/** The canonical columns (docs/contract.md field names). */
export const CANONICAL_FIELDS = [
  'type', 'to', 'at', 'advertiser', 'channel', 'outcome', 'callerId', 'automated', 'prerecorded', 'purpose',
  'contractId', 'sector', 'channels', 'covers', 'expiresAt', 'id', 'start', 'end', 'subject', 'list', 'listed', 'proof', 'callId',
  'written', 'entry', 'kind', 'budgets', 'excluded', 'preferred', 'duration', 'lineType', 'since', 'result', 'source',
] as const;
export type CanonicalField = (typeof CANONICAL_FIELDS)[number];

/** Events a dialer status implies beside the attempt, at the same instant. */
export type ImpliedEvent = 'refusal' | 'objection' | 'customer' | 'consent-withdrawn';

/** What a dialer status code means. */
export interface StatusMeaning {
  /**
   * false: the row is not a call attempt of the audited dialer (a lead never dialed, a number the
   * dialer's own DNC list stopped, an inbound call): it is skipped and counted apart. Default true.
   */
  attempt?: boolean;
  /**
   * The call was answered by a person but dropped without a live agent (VICIdial DROP): an
   * abandoned call for the abandonment rate of 47 CFR 64.1200(a)(7). Its outcome stays 'answered'.
   */
  abandoned?: boolean;
  outcome?: AttemptOutcome;
  /** e.g. "not interested" → `['refusal']`, "do not call" → `['objection']`. */
  events?: ImpliedEvent[];
  /** A short note for the docs (what the dialer means by the code). */
  note?: string;
}

/** A mapping file's shape. */
export interface Mapping {
  name?: string;
  description?: string;
  /** false: the file has no header line; `fields` names its columns in order. Default true. */
  header?: boolean;
  fields?: string[];
  /** Canonical field → source column. Unlisted fields are read from a column of the same name. */
  columns?: Partial<Record<CanonicalField, string>>;
  /** Canonical field → the same value on every row (e.g. the advertiser of the whole file). */
  constants?: Partial<Record<CanonicalField, string>>;
  /** The number split in two columns: country calling code and national number without its leading 0. */
  number?: { countryCode: string; national: string };
  /** Zone of naive timestamps (overridden by --timezone). */
  timeZone?: string;
  /**
   * The export's timestamps carry no offset (a dialer's server local time): without `timeZone` or
   * --timezone the audit stops with one usage error instead of refusing every row.
   */
  naiveTimes?: boolean;
  /** A luxon format for non-ISO timestamps, e.g. `dd/MM/yyyy HH:mm:ss`. */
  timeFormat?: string;
  /** Dialer status codes → outcome and implied events. */
  status?: { column: string; codes: Record<string, StatusMeaning>; otherwise?: StatusMeaning };
}
