/**
 * Public types of callgate: the contract of docs/contract.md §1.
 * @packageDocumentation
 */

import type { RulePack } from './rule.js';
import type { Calendar } from '../time/calendar.js';
import type { AttemptOutcome, Channel, Citation, ConsentScope, CustomerKind, DirectoryEntry, Fine } from './vocabulary.js';

export type { AttemptOutcome, Calendar, Channel, Citation, ConsentScope, CustomerKind, DirectoryEntry, Fine };


/** An instant: a `Date`, or an ISO 8601 string WITH an offset or `Z` (`2026-11-24T10:30:00+01:00`). */
export type Instant = Date | string;

/**
 * The contact that is about to happen (or that happened, in an audit).
 *
 * @example
 * ```ts
 * const attempt: Attempt = {
 *   to: '+33612345678', at: '2026-11-24T10:30:00+01:00', channel: 'voice', advertiser: 'acme',
 * };
 * ```
 */
export interface Attempt {
  /** Recipient number: E.164 (`+33612345678`) or national (`0612345678`, parsed as FR). */
  to: string;
  /** The instant; a string must be ISO 8601 with an offset or `Z`. */
  at: Instant;
  channel: Channel;
  /** Placed by an automated system (predictive/progressive dialer, robocall, SMS platform). Default false. */
  automated?: boolean;
  /** No live agent: a recorded or synthetic voice speaks. Default false. */
  prerecorded?: boolean;
  /** The professional on whose behalf the contact is made; caps and refusals are counted per advertiser. */
  advertiser: string;
  /** The number presented to the recipient; absent = withheld. */
  callerId?: string;
  /** Default `'prospecting'`. */
  purpose?: 'prospecting' | 'contract' | 'non-commercial';
  /** The contract this call is about (contract exception). */
  contractId?: string;
  /**
   * e.g. `'energy-renovation'`, `'professional-training'`, `'home-adaptation'`, `'press'`; for the
   * international packs also `'charity'`, `'political'`, `'claims-management'`, `'pensions'`
   * (see docs/contract.md §5).
   */
  sector?: string;
  recipient?: {
    /**
     * Default `'consumer'` (the protective reading). `'emergency-line'` and `'healthcare-facility'`
     * (extension): numbers the host knows to be an emergency line or a health-care facility, which
     * some laws protect from telemarketing altogether (CRTC Unsolicited Telecommunications Rules);
     * every other rule treats them as consumers, the protective reading.
     */
    kind?: RecipientKind;
    /**
     * Extension: the holder is a legal person (company, foundation…), not a natural person nor a
     * sole trader. Only the Dutch pack reads it (Telecommunicatiewet art. 11.7: the opt-in protects
     * natural persons). Default: unknown, treated as a natural person.
     */
    legalPerson?: boolean;
    /** IANA zone; overrides inference from the number. */
    timeZone?: string;
    /**
     * ISO 3166-2 subdivision, e.g. `'FR-57'` (Moselle), `'FR-GP'`; adds regional holidays. For a
     * US number, the state of the holder's known address (`'US-NY'`): its rules apply on top of
     * those of the area code's state.
     */
    region?: string;
    /**
     * Extension: the holder's postal code. For a US number, a ZIP code (`'90210'`, `'90210-1234'`):
     * its time zone and state are added to those of the area code (every candidate zone must be
     * open, every candidate state's rules apply; a ZIP never narrows). A malformed ZIP denies with
     * `input.invalid-attempt`. Other packs do not read it.
     */
    postalCode?: string;
  };
}


/** Who holds the called number (see `Attempt.recipient.kind`). */
export type RecipientKind = 'consumer' | 'business' | 'emergency-line' | 'healthcare-facility';




/**
 * One event of a consumer's contact history. Histories come in any order; a host that knows
 * several numbers of one person merges their histories.
 */
export type ContactEvent =
  | { type: 'attempt'; at: Instant; advertiser: string; channel: Channel; outcome?: AttemptOutcome }
  /** The consumer declined the offer during a call: 60-day cooldown (D.223-9). */
  | { type: 'refusal'; at: Instant; advertiser: string }
  /** "Never contact me again" / STOP. */
  | { type: 'objection'; at: Instant; advertiser: string; channels?: Channel[] }
  | {
      type: 'consent';
      at: Instant;
      advertiser: string;
      /** Default: every channel. */
      channels?: Channel[];
      /** Default `['prospecting']`. `'outside-hours'` is the express consent of D.223-9 al. 2. */
      covers?: ConsentScope[];
      /**
       * A signed written agreement naming the number (US prior express written consent, 47 CFR
       * 64.1200(f)(9); E-SIGN signatures count). Default false: an oral or unproven consent.
       */
      written?: boolean;
      expiresAt?: Instant;
      proof?: string;
    }
  | { type: 'consent-withdrawn'; at: Instant; advertiser: string; channels?: Channel[] }
  | { type: 'contract'; id: string; advertiser: string; start: Instant; end?: Instant; subject?: string }
  /**
   * Result of scrubbing the number against an opposition list (each pack says how long it is relied
   * on: Bloctel 30 days, the Canadian DNCL 31, the UK TPS 28…). `at` is the date of the list
   * version used. `entry` (extension, list `'ch-directory'`): the Swiss directory entry found.
   */
  | { type: 'opposition-check'; at: Instant; list: 'bloctel' | (string & {}); listed: boolean; entry?: DirectoryEntry }
  /**
   * Existing customer (SMS soft opt-in). In the US, `kind` says whether it was a purchase or an
   * inquiry (established business relationship); absent, it counts as an inquiry (the shorter).
   */
  | { type: 'customer'; at: Instant; advertiser: string; kind?: CustomerKind }
  /**
   * The consumer's contact preferences, for one advertiser or (no `advertiser`) for all. The latest
   * preference that applies replaces earlier ones. Honoured as `consumer.*` reasons.
   */
  | ({ type: 'preference'; at: Instant; advertiser?: string } & ContactLimits)
  /**
   * Extension (data vendors, US pack): the line type a carrier lookup gave on `at`. Without one,
   * every US number is treated as wireless (the protective reading); the latest one counts.
   */
  | { type: 'line-type'; at: Instant; lineType: LineType; source?: string }
  /**
   * Extension (US pack): an answer of the FCC Reassigned Numbers Database, queried on `at` about
   * the date `since` (the date of the consent relied on): `'yes'` the number was permanently
   * disconnected since then (reassigned: a consent given up to the query is void), `'no'` it was
   * not (the caller may rely on the consent: safe harbor of 47 CFR 64.1200(m)), `'no-data'`.
   */
  | { type: 'reassigned-check'; at: Instant; since: Instant; result: 'yes' | 'no' | 'no-data'; source?: string }
  /**
   * Extension: the host's data vendor lists the number's holder as a serial litigator. Not law:
   * a policy block (`policy.litigator`) for this advertiser, or every advertiser without one.
   */
  | { type: 'litigator'; at: Instant; advertiser?: string; source?: string };

/** What a carrier lookup says a line is (the TCPA's autodialer rule protects wireless numbers). */
export type LineType = 'wireless' | 'landline' | 'voip';

/**
 * A contact budget: at most `count` contacts over the period `per` (ISO 8601 duration, e.g.
 * `'P1Y'`, `'P30D'`), counting contacts on `channels` (default: every channel).
 */
export interface ContactBudget {
  count: number;
  per: string;
  channels?: readonly Channel[];
}

/**
 * A weekly local time slot: `from`–`to` (`'HH:MM'`, half-open, `to` may be `'24:00'`) on `days`
 * (ISO weekdays 1 = Monday … 7 = Sunday; default every day), for `channels` (default every channel).
 */
export interface TimeSlot {
  from: string;
  to: string;
  days?: readonly number[];
  channels?: readonly Channel[];
}

/**
 * Contact limits that only restrict what the law allows: a consumer's preference (a `preference`
 * event) or an advertiser's own policy (`options.policy`).
 */
export interface ContactLimits {
  budgets?: readonly ContactBudget[];
  /** Local slots when contact is not welcome. */
  excluded?: readonly TimeSlot[];
  /** If given, contact only within these local slots. */
  preferred?: readonly TimeSlot[];
}

/** The kind of a history event. */
export type EventType = ContactEvent['type'];


/** Options of {@link evaluate}. */
export interface EvaluateOptions {
  /** Default: all built-in packs; the number's country picks the pack. */
  packs?: RulePack[];
  /** Default: built-in public-holiday calendar (date-holidays based). */
  calendar?: Calendar;
  /** Default `'conservative'`: regional holidays count when the region is known. */
  holidays?: 'conservative' | 'national';
  /** Language of `message`; default `'en'`. */
  locale?: 'en' | 'fr';
  /**
   * The advertiser's own contact policy, stricter than the law (a company cap, company quiet
   * hours): reported as `policy.*` reasons. Budgets count `attempt.advertiser`'s contacts.
   */
  policy?: ContactLimits;
  /**
   * Largest age of a consent the host accepts: an older consent no longer counts (as if expired).
   * An ISO 8601 duration (`'P1Y'`, `'P6M'`, `'P90D'`) or a number of days. Default: none — no
   * legal maximum age of a consent is known (France: none in L.223-1 as of 2026).
   */
  consentMaxAge?: string | number;
  /**
   * Age past which a consent still in force draws an advisory (`fr.consent.ageing`): ISO 8601
   * duration or days; `false` turns the advisory off. Default `'P1Y'`.
   */
  consentAgeAdvisory?: string | number | false;
  /**
   * `'warn'` (default): advisories never block. `'block'`: every advisory is also a blocking
   * reason (listed in `reasons`, with its own `until`), for hosts that apply good practice strictly.
   */
  advisories?: 'warn' | 'block';
  /**
   * Newspaper and magazine subscriptions (C. consom. L.223-5) from 2026-08-11:
   * `'exempt'` (default, docs/contract.md §2): no consent needed, with an advisory saying the point is
   * unsettled; `'consent'`: the strict reading, a consent is required as for any sector.
   */
  pressExemption?: 'exempt' | 'consent';
  /**
   * What prospecting "par voie téléphonique" covers in C. consom. L.223-1 (the Bloctel list to
   * 2026-08-10, prior consent since, the 2020–2025 energy-renovation ban): `'voice'` (default):
   * calls, SMS prospecting being governed by CPCE L.34-5 (consent); `'voice-and-sms'`: the broad
   * reading, under which those rules also apply to SMS. One reading for the whole article.
   */
  telephonicMeans?: 'voice' | 'voice-and-sms';
}


/** Why an attempt is blocked, exempted or flagged. */
export interface Reason {
  /** Stable code, see the catalogue (`fr.hours.weekend`, `input.invalid-time`…). */
  code: string;
  /** One sentence for a human, in `options.locale`. */
  message: string;
  /** At least one for every `fr.*` / `us.*` reason. */
  citations: Citation[];
  /** The numbers behind it: counts, window, dates compared. */
  facts: Record<string, unknown>;
  /** When this particular block ends (ISO 8601, recipient's offset); null = open-ended. */
  until?: string | null;
}

/** The answer of {@link evaluate}. */
export interface Decision {
  allowed: boolean;
  verdict: 'allow' | 'deny';
  /** Every rule that blocks this attempt; empty if and only if allowed. */
  reasons: Reason[];
  /** Legal bases used to allow (consent, contract, out of scope…). */
  exemptions: Reason[];
  /** Non-blocking warnings (good practice, data quality). */
  advisories: Reason[];
  /**
   * allowed → undefined; denied → earliest instant (ISO 8601 with the recipient's offset) at
   * which the same attempt would be allowed given the same history; null → no date can be computed.
   */
  nextAllowedAt: string | null | undefined;
  recipient?: {
    e164: string;
    country: string;
    region?: string;
    /** The zone of `localTime` and of the ISO dates of the decision. */
    timeZone: string;
    localTime: string;
    /** Extension: every candidate zone, when the number does not tell which (rules passed in all). */
    timeZones?: string[];
    /** Extension: every region whose law applied, when there are several (area code state and address state). */
    regions?: string[];
  };
  /** `'FR'`, `'US'`, `'US-FL'`, … */
  jurisdiction?: string;
}

// The rule-pack types live with the rule engine; re-exported here so that `types` is the one
// place a host imports shapes from.
export type { RulePack, Rule, RuleContext, RuleOptions, RuleOutcome, Text, Location } from './rule.js';
