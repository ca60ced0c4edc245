import type { DateTime, Duration } from 'luxon';
import type { LocalClock, LocalWall } from '../time/local.js';
import type { Channel, Citation, ConsentScope, AttemptOutcome, CustomerKind, DirectoryEntry } from './vocabulary.js';

/** A sentence in both languages of the library. */
export interface Text {
  en: string;
  fr: string;
}

/** Epoch milliseconds: the engine's internal instant (validated, zone-free). */
export type Ms = number;

/** A history event after validation: instants as epoch ms, defaults applied. */
export type HistoryEvent =
  | { type: 'attempt'; at: Ms; advertiser: string; channel: Channel; outcome?: AttemptOutcome }
  | { type: 'refusal'; at: Ms; advertiser: string }
  | { type: 'objection'; at: Ms; advertiser: string; channels: readonly Channel[] }
  | {
      type: 'consent';
      at: Ms;
      advertiser: string;
      channels: readonly Channel[];
      covers: readonly ConsentScope[];
      /** A signed written agreement (US prior express written consent). Default false. */
      written: boolean;
      expiresAt?: Ms;
      proof?: string;
    }
  | { type: 'consent-withdrawn'; at: Ms; advertiser: string; channels: readonly Channel[] }
  /** `at` is the contract's start, so that every event sorts by `at`. */
  | { type: 'contract'; at: Ms; id: string; advertiser: string; end?: Ms; subject?: string }
  | { type: 'opposition-check'; at: Ms; list: string; listed: boolean; entry?: DirectoryEntry }
  /** `kind` (US established business relationship): absent when the host did not say. */
  | { type: 'customer'; at: Ms; advertiser: string; kind?: CustomerKind }
  | ({ type: 'preference'; at: Ms; advertiser?: string } & Limits)
  | { type: 'line-type'; at: Ms; lineType: 'wireless' | 'landline' | 'voip'; source?: string }
  | { type: 'reassigned-check'; at: Ms; since: Ms; result: 'yes' | 'no' | 'no-data'; source?: string }
  | { type: 'litigator'; at: Ms; advertiser?: string; source?: string };

/** A budget after validation: `per` is a valid positive ISO 8601 duration. */
export interface Budget {
  count: number;
  per: string;
  channels: readonly Channel[];
}

/** A weekly slot after validation, in minutes of the local day. */
export interface Slot {
  from: number;
  to: number;
  days: readonly number[];
  channels: readonly Channel[];
}

/** Contact limits after validation (a preference, or the advertiser's policy). */
export interface Limits {
  budgets: readonly Budget[];
  excluded: readonly Slot[];
  preferred: readonly Slot[];
}

/** The attempt after validation, defaults applied. */
export interface AttemptFacts {
  channel: Channel;
  advertiser: string;
  automated: boolean;
  prerecorded: boolean;
  callerId?: string;
  purpose: 'prospecting' | 'contract' | 'non-commercial';
  contractId?: string;
  sector?: string;
  /** An emergency line or a health-care facility counts as a consumer here; see `recipientLine`. */
  recipientKind: 'consumer' | 'business';
  /** Set when the host said the number is an emergency line or a health-care facility. */
  recipientLine?: 'emergency-line' | 'healthcare-facility';
  /** `attempt.recipient.legalPerson`: true only when the host said so. */
  legalPerson: boolean;
}

/** Who is called: the parsed number and where its holder is taken to be. */
export interface RecipientFacts {
  e164: string;
  /** ISO 3166-1 country of the number (`FR`, `GP`, `RE`…). */
  country: string;
  /** ISO 3166-2 subdivision (given, or inferred from an overseas number). */
  region?: string;
  /**
   * Every ISO 3166-2 subdivision whose law may apply: the one given (`attempt.recipient.region`,
   * the holder's known address) and the one(s) the number tells (a US area code's state), all
   * at once. Empty when none is known.
   */
  regions: readonly string[];
  /** The zone of this evaluation context (one of the candidates when the number spans several). */
  timeZone: string;
}

/**
 * The host's choices that rules read (validated, defaults applied): one object for every pack,
 * so that a new option is one field here, one line in `resolveRuleOptions`, and the rules that read it.
 */
export interface RuleOptions {
  /** A consent older than this does not count. Absent: no maximum age. */
  consentMaxAge?: Duration;
  /** A consent in force older than this draws an advisory. Absent: no advisory. */
  consentAgeAdvisory?: Duration;
  /** Press subscriptions from 2026-08-11: exempt from consent (default) or not. */
  pressExemption: 'exempt' | 'consent';
  /** What "par voie téléphonique" covers in C. consom. L.223-1: voice calls (default), or SMS too. */
  telephonicMeans: 'voice' | 'voice-and-sms';
}

/** Everything a rule may read. Built once per evaluation; rules never see raw input. */
export interface RuleContext {
  /** The instant under evaluation (epoch ms). */
  at: Ms;
  /** The same instant in the recipient's zone (a luxon DateTime, built when first read: prefer `wall`). */
  local: DateTime;
  /** The same instant's local wall clock as numbers (fields, day number, time of day): the fast path. */
  wall: LocalWall;
  /** The recipient's zone as numbers: wall fields of any instant, instants of wall times. */
  clock: LocalClock;
  /** `local` as `YYYY-MM-DD`. */
  localDate: string;
  attempt: AttemptFacts;
  recipient: RecipientFacts;
  /** Events that happened at or before `at`, oldest first. */
  history: readonly HistoryEvent[];
  /**
   * Events dated after `at`, oldest first (a contract signed to start next month). They have not
   * happened: a rule never counts them, it may only read when one of them ends its block (the
   * `until` of a block that the contract exception will lift).
   */
  later: readonly HistoryEvent[];
  /**
   * The holiday on a local date (`YYYY-MM-DD`) in the recipient's calendar, or null. `regional`
   * is true when the day is a holiday only in the recipient's region (conservative mode).
   */
  holiday(localDate: string): { name: string; regional: boolean } | null;
  /**
   * The holiday on a local date in a given subdivision of the pack's calendar country (e.g. a US
   * state's own holidays, for a state rule that bans calls on them), whatever the holiday mode.
   */
  holidayIn(localDate: string, region: string): { name: string } | null;
  /** An instant in the recipient's zone. */
  toLocal(ms: Ms): DateTime;
  /** An instant as ISO 8601 with the recipient's offset (`2026-11-24T10:00:00+01:00`), for facts. */
  iso(ms: Ms): string;
  /** The host's options. */
  options: RuleOptions;
}

/**
 * What a rule says about one attempt. `facts` feed both the message and the decision; `cite` adds
 * texts that apply to this outcome only (e.g. the article that makes a regional day a holiday).
 */
export type RuleOutcome =
  | {
      kind: 'block';
      code: string;
      facts: Record<string, unknown>;
      until: Ms | null;
      cite?: readonly Citation[];
      /**
       * For the scheduler only (never reported): an instant ≥ `until` before which the rule is
       * sure to block whatever happens at `until`, given the same history (a weekend ends at
       * midnight, the windows open at 10:00 on Monday). `nextAllowedAt` jumps there directly.
       */
      opensAt?: Ms;
    }
  | { kind: 'exempt'; code: string; facts: Record<string, unknown>; cite?: readonly Citation[] }
  | { kind: 'advisory'; code: string; facts: Record<string, unknown>; until?: Ms | null; cite?: readonly Citation[] };

/**
 * A rule: law as data with dates, next to the logic that applies it.
 * `check` is pure; it runs only when the attempt's local date is within `inForce`.
 */
export interface Rule {
  /** Stable identifier, e.g. `fr.hours`. */
  id: string;
  /** Local dates (`YYYY-MM-DD`, recipient's zone) during which the rule applies. */
  inForce: { from: string; until?: string };
  /** The texts the rule applies; the pack adds its sanction article to every block. */
  citations: readonly Citation[];
  /** What the rule says, in plain language. */
  statement: Text;
  /** The reading chosen where the law is ambiguous (conservative by default). */
  reading?: Text;
  /** The facts its outcomes report, name → meaning (for the rule catalogue). */
  facts?: Readonly<Record<string, string>>;
  /**
   * Set when a point of the rule could not be checked against the official text: what stays
   * unverified. Such a rule applies the conservative reading; hosts and the catalogue can list it.
   */
  unverified?: Text;
  /**
   * The sanction articles cited beside this rule's blocks, instead of the pack's: for a rule whose
   * breach is punished by another text (an empty list: no sanction article encoded yet).
   */
  sanctions?: readonly Citation[];
  /**
   * One message per code the rule can produce, rendered from the outcome's facts. Rules built with
   * `defineRule` get it from their reasons; a host's own rule may write it by hand.
   */
  messages: Readonly<Record<string, (facts: Record<string, unknown>) => Text>>;
  /** The reason codes the rule can report, each defined once with typed facts (`defineRule`). */
  reasons?: readonly AnyReason[];
  check(ctx: RuleContext): RuleOutcome[];
}

/**
 * Where the holder of a number may be. `region` is the one shown in the decision; `regions`
 * (when given) every subdivision whose law applies, e.g. the area code's state.
 */
export interface Location {
  timeZones: readonly string[];
  region?: string;
  regions?: readonly string[];
}

/** A jurisdiction's rules and the numbers it covers. */
export interface RulePack {
  /** `'fr'`, `'us'` */
  id: string;
  /** Decision jurisdiction, e.g. `'FR'`. */
  jurisdiction: string;
  /** Country of the holiday calendar (`'FR'`). */
  calendarCountry: string;
  /** ISO 3166-1 countries of the numbers this pack governs (`FR`, `GP`, `MQ`…). */
  countries: readonly string[];
  /**
   * Where the holder of a number of one of `countries` is taken to be: every IANA zone it may be
   * in (rules must pass in all; empty = unknown, the attempt is denied) and, when the number
   * tells, the ISO 3166-2 region. `recipient.timeZone` overrides the zones; `number.region` is the
   * recipient's known region (`attempt.recipient.region`), which a pack may use to add candidate
   * zones; `number.postalCode` is the holder's postal code (`attempt.recipient.postalCode`), which
   * a pack may use the same way (the US pack's ZIP codes). The regions of the context are the known
   * region and the located ones, together.
   */
  locate(number: { e164: string; country: string; region?: string; postalCode?: string }): Location | undefined;
  /** Sanction articles cited beside every blocking reason. */
  sanctions: readonly Citation[];
  rules: readonly Rule[];
  /**
   * Days of attempts and refusals (the events whose weight fades with age) this pack's rules can
   * need for a decision at an instant, counting back from it, with a spare day for DST and zones.
   * The Gate loads and keeps this much, the audit replay forgets what is older. Absent: the
   * built-in packs' longest (a custom pack that reads further back must say so).
   */
  lookbackDays?: number;
  /**
   * The history the pack's rules stand on, for the catalogue: earlier schemes that left no rule
   * (and why), the texts in order. Both languages.
   */
  history?: Text;
}

/** What a reason's facts may hold: they go to JSON as they are (`Reason.facts`). */
export type FactValue = string | number | boolean | null | readonly string[] | readonly number[];

/** Meaning of every fact of `F`, optional ones included (for the catalogue). */
export type FactMeanings<F> = { readonly [K in keyof F]-?: string };

/** The kind of outcome a code reports: a block, an exemption that lifts blocks, an advisory. */
export type ReasonKind = RuleOutcome['kind'];

/**
 * One reason code: the facts it reports and how it reads. `F` is the shape of its facts; `C` the
 * code; `K` the kind of outcome (a code is always the same kind).
 */
export interface ReasonDef<F = Record<string, FactValue>, C extends string = string, K extends ReasonKind = ReasonKind> {
  readonly code: C;
  readonly kind: K;
  /** Each fact's meaning, in English, for the catalogue. */
  readonly facts: FactMeanings<F>;
  /** The message, rendered from the facts, in both languages. */
  readonly message: (facts: F) => Text;
  /** Facts of a typical outcome: the catalogue shows its message, the parity test renders it. */
  readonly example: F;
}

/** Any reason, whatever its facts (a rule's list, the registry). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyReason = ReasonDef<any, string, ReasonKind>;

