/**
 * Reading consents out of a history. A consent counts for an attempt when it was given to this
 * advertiser before the attempt, covers the channel and the scope asked for, has not expired (its
 * own `expiresAt`, or the host's `consentMaxAge`), and was not withdrawn or followed by an
 * objection for that channel since (a later consent re-opens contact). One place for this
 * reading, shared by every rule that accepts a consent (D.223-9 al. 2, L.223-1, CPCE L.34-5).
 */
import type { Duration } from 'luxon';
import { advise, defineReason } from '../../core/reason.js';
import type { HistoryEvent, Ms, RuleContext, RuleOutcome } from '../../core/rule.js';
import type { Channel, ConsentScope } from '../../core/types.js';

export type Consent = Extract<HistoryEvent, { type: 'consent' }>;

/** The most recent consent in force for this attempt's advertiser, channel and scope, or null. */
export function consentInForce(ctx: RuleContext, scope: ConsentScope, channel: Channel = ctx.attempt.channel): Consent | null {
  const { advertiser } = ctx.attempt;
  const history = ctx.history; // oldest first, all at or before ctx.at
  for (let i = history.length - 1; i >= 0; i--) {
    const e = history[i]!;
    if (!('advertiser' in e) || e.advertiser !== advertiser) continue;
    if ((e.type === 'consent-withdrawn' || e.type === 'objection') && e.channels.includes(channel)) return null;
    if (e.type === 'consent' && e.channels.includes(channel) && e.covers.includes(scope)) {
      const ends = consentEnd(ctx, e);
      return ends !== null && ends <= ctx.at ? null : e;
    }
  }
  return null;
}

/**
 * When a consent stops counting: its own `expiresAt`, or its date plus the host's
 * `consentMaxAge` (calendar arithmetic in the recipient's zone), whichever comes first; null if
 * neither is set. No text fixes a maximum age (L.223-1 as of 2026): the option is the host's policy.
 */
export function consentEnd(ctx: RuleContext, consent: Consent): Ms | null {
  const byAge = ctx.options.consentMaxAge === undefined ? null : ctx.toLocal(consent.at).plus(ctx.options.consentMaxAge).toMillis();
  if (consent.expiresAt === undefined) return byAge;
  return byAge === null ? consent.expiresAt : Math.min(byAge, consent.expiresAt);
}

/** Facts describing a consent relied on (every pack's consent exemptions). */
export type ConsentBasis = { consentAt: string; proof?: string; consentEnds?: string };

/** Meanings of the facts of a consent relied on, for the catalogue. */
export const CONSENT_BASIS_FACTS = {
  consentAt: 'when the consent relied on was given',
  proof: 'its proof reference, if recorded',
  consentEnds: 'when it stops counting (expiresAt or options.consentMaxAge), if known',
} as const;

/** Facts describing a consent relied on, for exemptions and advisories. */
export function consentFacts(ctx: RuleContext, consent: Consent): ConsentBasis {
  const facts: ConsentBasis = { consentAt: ctx.iso(consent.at) };
  if (consent.proof !== undefined) facts.proof = consent.proof;
  const ends = consentEnd(ctx, consent);
  if (ends !== null) facts.consentEnds = ctx.iso(ends);
  return facts;
}

/** The facts of `fr.exemption.consent`. */
export type ConsentExemptionFacts = ConsentBasis & { scope: 'prospecting' | 'outside-hours'; channel: Channel; lifts?: readonly string[] };

/**
 * The facts of the consent exemption (the consent relied on, its scope and channel, what it lifts),
 * built by assignment: an object spread of `consentFacts` with more keys made V8 deoptimise the
 * rules that return it, and cost a quarter of a whole decision (issue 15).
 */
export function consentExemptionFacts(ctx: RuleContext, consent: Consent, scope: ConsentExemptionFacts['scope'], channel: Channel, lifts?: readonly string[]): ConsentExemptionFacts {
  const facts = consentFacts(ctx, consent) as ConsentExemptionFacts;
  facts.scope = scope;
  facts.channel = channel;
  if (lifts !== undefined) facts.lifts = lifts;
  return facts;
}

export type ConsentGap = { lastConsent: string | null; lastConsentStatus?: 'expired' | 'withdrawn'; consentEnded?: string };

/** Meanings of the facts of a missing consent, for the catalogue. */
export const CONSENT_GAP_FACTS = {
  lastConsent: 'the last consent of this advertiser for the channel and scope, or null',
  lastConsentStatus: "'expired' or 'withdrawn' when there was one",
  consentEnded: 'when an expired consent ended (expiresAt or consentMaxAge)',
} as const;

/** Why no consent is in force: the last matching consent and what ended it. */
export function consentGap(ctx: RuleContext, scope: ConsentScope, channel: Channel = ctx.attempt.channel): ConsentGap {
  const { advertiser } = ctx.attempt;
  for (let i = ctx.history.length - 1; i >= 0; i--) {
    const e = ctx.history[i]!;
    if (e.type !== 'consent' || e.advertiser !== advertiser || !e.channels.includes(channel) || !e.covers.includes(scope)) continue;
    const ends = consentEnd(ctx, e);
    const at = ctx.iso(e.at);
    if (ends !== null && ends <= ctx.at) return { lastConsent: at, lastConsentStatus: 'expired', consentEnded: ctx.iso(ends) };
    return { lastConsent: at, lastConsentStatus: 'withdrawn' };
  }
  return { lastConsent: null };
}

/**
 * An advisory when a consent relied on is older than the host's `consentAgeAdvisory` (one year by
 * default): no text fixes a maximum age, but an old consent is harder to prove "éclairé" and
 * "spécifique" (L.223-1 al. 2-3, burden of proof on the professional).
 */
export function consentAgeing(ctx: RuleContext, consent: Consent): RuleOutcome[] {
  const after = ctx.options.consentAgeAdvisory;
  if (after === undefined) return [];
  if (!atLeastAsOld(ctx, consent.at, after)) return [];
  return [advise(CONSENT_AGEING, { consentAt: ctx.iso(consent.at), advisoryAfter: after.toISO(), ageDays: Math.floor((ctx.at - consent.at) / DAY_MS) }, null)];
}

const DAY_MS = 86_400_000;
/** Nominal length of each option duration, computed once per (immutable) Duration. */
const NOMINAL_MS = new WeakMap<Duration, number>();

/**
 * Whether an event dated `since` is at least `age` old at the attempt (calendar arithmetic in the
 * recipient's zone). Luxon's nominal length (a month is 30 days, a year 365) is never more than
 * three days above the real one (February, a DST hour) and never more than 2 % plus three days
 * below it (31-day months, leap days), so only ages near the boundary need the date math.
 */
function atLeastAsOld(ctx: RuleContext, since: Ms, age: Duration): boolean {
  const elapsed = ctx.at - since;
  let nominal = NOMINAL_MS.get(age);
  if (nominal === undefined) NOMINAL_MS.set(age, (nominal = age.toMillis())); // luxon normalises on every call
  if (elapsed < nominal - 3 * DAY_MS) return false;
  if (elapsed > nominal * 1.02 + 3 * DAY_MS) return true;
  return ctx.toLocal(since).plus(age).toMillis() <= ctx.at;
}

/** An old consent relied on (the rules that accept a consent report it beside their exemption). */
export const CONSENT_AGEING = defineReason<{ consentAt: string; advisoryAfter: string | null; ageDays: number }>()('fr.consent.ageing', {
  kind: 'advisory',
  facts: {
    consentAt: 'when the consent relied on was given',
    advisoryAfter: 'the consentAgeAdvisory option (ISO 8601 duration)',
    ageDays: 'age of the consent relied on, in days',
  },
  example: { consentAt: '2025-06-02T11:00:00+02:00', advisoryAfter: 'P1Y', ageDays: 540 },
  message: (f) => ({
    en: `The consent relied on was given on ${f.consentAt} (${f.ageDays} days ago); no law fixes its maximum age, but consider renewing it.`,
    fr: `Le consentement invoqué date du ${f.consentAt} (${f.ageDays} jours) ; aucun texte n'en fixe la durée maximale, mais il est prudent de le renouveler.`,
  }),
});

/**
 * The consent of the recipient lifts a French rule: one definition for every rule that accepts a
 * consent (outside-hours calls D.223-9 al. 2, phone prospecting L.223-1, automated calls and SMS
 * CPCE L.34-5); `scope` and `channel` tell which consent it was.
 */
export const CONSENT_EXEMPTION = defineReason<ConsentBasis & { scope: 'prospecting' | 'outside-hours'; channel: Channel; lifts?: readonly string[] }>()('fr.exemption.consent', {
  kind: 'exempt',
  facts: {
    ...CONSENT_BASIS_FACTS,
    scope: "what the consent covers: 'prospecting' or 'outside-hours' calls",
    channel: 'the channel of the attempt',
    lifts: 'the codes the consent lifted (outside-hours consent)',
  },
  example: { consentAt: '2026-10-20T12:00:00+02:00', proof: 'web-form-8841', scope: 'prospecting', channel: 'voice' },
  message: (f) => {
    const proof = f.proof === undefined ? '' : ` (${f.proof})`;
    return f.scope === 'outside-hours'
      ? {
          en: `The recipient expressly consented on ${f.consentAt}${proof} to be called outside the legal days and hours.`,
          fr: `Le destinataire a consenti expressément le ${f.consentAt}${proof} à être appelé en dehors des jours et horaires légaux.`,
        }
      : {
          en: `The recipient consented on ${f.consentAt}${proof} to ${f.channel === 'sms' ? 'SMS' : 'phone'} prospecting by this advertiser.`,
          fr: `Le destinataire a consenti le ${f.consentAt}${proof} à la prospection ${f.channel === 'sms' ? 'par SMS' : 'téléphonique'} de cet annonceur.`,
        };
  },
});
