/**
 * The leaf vocabulary of callgate's types: words that every other type and the rule interface
 * use, and that use nothing. Kept apart so that `types.ts` and `rule.ts` do not import each other.
 */

/** A contact channel. SMS are not calls: D.223-9 (hours, 4/30 cap) governs calls only. */
export type Channel = 'voice' | 'sms';

/**
 * Outcome of a past attempt. Every attempt counts toward caps, whatever its outcome. `'abandoned'`
 * (extension): answered by a person but no agent was available (a dialer's abandoned or silent call).
 */
export type AttemptOutcome = 'answered' | 'no-answer' | 'busy' | 'voicemail' | 'failed' | 'abandoned';

/**
 * A Swiss directory entry (UWG art. 3 al. 1 let. u): listed without mark, listed with the asterisk
 * (no advertising), or not listed in any directory (protected like an asterisk since 2021).
 */
export type DirectoryEntry = 'plain' | 'asterisk' | 'none';

/**
 * What a US customer event records (47 CFR 64.1200(f)(5)): a purchase or transaction (an
 * established business relationship for 18 months) or an inquiry or application (3 months).
 */
export type CustomerKind = 'purchase' | 'inquiry';

/**
 * What a consent covers: being prospected, being called outside the legal days and hours, or
 * (extension) receiving automated calls with a recorded or synthetic voice — a consent some laws
 * require on its own (PECR reg. 19, CRTC ADAD Rules).
 */
export type ConsentScope = 'prospecting' | 'outside-hours' | 'prerecorded';

/** A legal source behind a reason. */
export interface Citation {
  /** `'Code de la consommation'`, `'Décret n° 2022-1313'`, … */
  instrument: string;
  /** `'D.223-9'`, `'L.242-16'` */
  article?: string;
  /** Official source (Légifrance, Arcep, eCFR…). */
  url: string;
  /** `YYYY-MM-DD` period of the version applied. */
  inForce: { from: string; until?: string };
  /** The sanction article is cited beside the rule. */
  role?: 'rule' | 'sanction';
  /** What a sanction article sets per breach, where the text gives an amount (audit exposure ceilings). */
  fine?: Fine;
}

/**
 * The most a sanction article allows per breach, as data beside its citation, so that an audit can
 * state a ceiling for any pack (docs/contract.md §5).
 */
export interface Fine {
  /** Maximum per breach, in `currency` (for the offender below). */
  max: number;
  /** ISO 4217 code: `'EUR'`, `'USD'`. */
  currency: string;
  /** Who that maximum applies to: the ceiling for a company, or any violator. */
  offender: 'legal person' | 'any';
  /** What the amount is, in both languages (an administrative fine, statutory damages…). */
  kind: { en: string; fr: string };
  /** What the ceiling leaves out, in both languages. */
  note?: { en: string; fr: string };
}
