/**
 * Do-Not-Call: the national registry (47 CFR 64.1200(c)(2); 16 CFR 310.4(b)(1)(iii)(B)), the
 * company-specific list (64.1200(d); 310.4(b)(1)(iii)(A)) and the state lists that are not simply
 * the national registry (Florida, Texas), with New York's own prohibition on calls to registered
 * numbers (GBL 399-z, whose list is now the national registry).
 *
 * Scrubbing is recorded as `opposition-check` events: `{ list: 'us-national-dnc', at, listed }`,
 * `at` being the date of the registry version used (its download from the administrator).
 */
import { block, defineReason, defineRule, exempt } from '../../core/reason.js';
import type { Rule, RuleContext, RuleOutcome, Text } from '../../core/rule.js';
import type { Channel } from '../../core/types.js';
import * as law from './citations.js';
import { consentFor, daysSince, doNotCallRequest, establishedRelationship, latestCheck, localDateOf } from './relationship.js';
import { inState, isTelemarketing } from './scope.js';

/** List names of opposition-check events. */
export const DNC_LISTS = {
  national: 'us-national-dnc',
  newYork: 'us-ny-dnc',
  florida: 'us-fl-dnc',
  texas: 'us-tx-nocall',
} as const;

/**
 * Safe harbor: the registry version used must have been obtained no more than 31 days before the
 * call (64.1200(c)(2)(i)(D); 310.4(b)(3)(iv); since 1 January 2005, FCC 04-204). Calendar days in
 * the called party's zone: a check 31 days old is fresh, 32 days old is stale.
 */
export const REGISTRY_MAX_AGE_DAYS = 31;

/** An established business relationship lifts a do-not-call listing (64.1200(f)(5); 310.4(b)(1)(iii)(B)(ii)). */
export const EBR_EXEMPTION = defineReason<{ basis: string; since: string; endsAt: string | null; lifts: string }>()('us.exemption.ebr', {
  kind: 'exempt',
  facts: {
    basis: "what the relationship rests on ('purchase' or 'inquiry')",
    since: 'when it began',
    endsAt: 'when it ends (18 months after a purchase, 3 after an inquiry), or null',
    lifts: 'the rule id whose listing it lifts',
  },
  example: { basis: 'purchase', since: '2026-03-02T11:00:00-05:00', endsAt: '2027-09-02T11:00:00-04:00', lifts: 'us.dnc' },
  message: (f) => ({
    en: `Established business relationship (${f.basis} on ${f.since}${f.endsAt ? `, until ${f.endsAt}` : ''}): ${f.lifts} does not apply.`,
    fr: `Relation d'affaires établie (${f.basis} le ${f.since}${f.endsAt ? `, jusqu'au ${f.endsAt}` : ''}) : ${f.lifts} ne s'applique pas.`,
  }),
});

/** The consumer's agreement to this seller's calls lifts a do-not-call listing (written for the national registry). */
export const LISTING_CONSENT = defineReason<{ consentAt: string; written: boolean; proof?: string; lifts: string }>()('us.exemption.consent', {
  kind: 'exempt',
  facts: {
    consentAt: 'when the consumer agreed',
    written: 'whether it is a signed written agreement',
    proof: 'the proof reference, if recorded',
    lifts: 'the rule id whose listing it lifts',
  },
  example: { consentAt: '2026-05-18T16:40:00-04:00', written: true, proof: 'form-42', lifts: 'us.dnc' },
  message: (f) => ({
    en: `The consumer agreed${f.written ? ' in writing' : ''} on ${f.consentAt} to be called by this advertiser: ${f.lifts} does not apply.`,
    fr: `Le consommateur a accepté${f.written ? ' par écrit' : ''} le ${f.consentAt} d'être appelé par cet annonceur : ${f.lifts} ne s'applique pas.`,
  }),
});

/** The exemptions that lift a do-not-call listing: an EBR, or a written agreement (signed, naming the number). */
/** The established business relationship with this advertiser, as the exemption of the rule whose code it `lifts`; null without one. */
export function ebrExemption(ctx: RuleContext, lifts: string): RuleOutcome | null {
  const ebr = establishedRelationship(ctx);
  return ebr ? exempt(EBR_EXEMPTION, { basis: ebr.basis, since: ctx.iso(ebr.since), endsAt: ebr.endsAt === null ? null : ctx.iso(ebr.endsAt), lifts }) : null;
}

function listingExemption(ctx: RuleContext, lifts: string, acceptOral: boolean): RuleOutcome | null {
  const ebr = ebrExemption(ctx, lifts);
  if (ebr) return ebr;
  const { consent } = consentFor(ctx, 'prospecting', !acceptOral);
  if (consent) {
    const facts: { consentAt: string; written: boolean; proof?: string; lifts: string } = { consentAt: ctx.iso(consent.at), written: consent.written, lifts };
    if (consent.proof !== undefined) facts.proof = consent.proof;
    return exempt(LISTING_CONSENT, facts);
  }
  return null;
}

/** A number on the National Do-Not-Call Registry, with no EBR or written agreement. */
export const NATIONAL_LISTED = defineReason<{ checkedAt: string; list: string }>()('us.dnc.listed', {
  kind: 'block',
  facts: { checkedAt: 'the registry version the number was found in', list: 'the list of that check' },
  example: { checkedAt: '2026-11-20T00:00:00-05:00', list: 'us-national-dnc' },
  message: (f) => ({
    en: `The number is on the National Do-Not-Call Registry (checked ${f.checkedAt}) and there is no established business relationship or written consent.`,
    fr: `Le numéro est inscrit au registre national Do-Not-Call (vérifié le ${f.checkedAt}) et il n'y a ni relation d'affaires établie ni consentement écrit.`,
  }),
});

/** No registry check fresh enough for the safe harbor (64.1200(c)(2)(i)(D)). */
export const NATIONAL_UNCHECKED = defineReason<{ maxAgeDays: number; checkedAt: string | null; daysOld: number | null }>()('us.dnc.unchecked', {
  kind: 'block',
  facts: {
    maxAgeDays: `the oldest registry version allowed, in days (${REGISTRY_MAX_AGE_DAYS})`,
    checkedAt: 'the last check, or null',
    daysOld: 'its age in calendar days, or null',
  },
  example: { maxAgeDays: REGISTRY_MAX_AGE_DAYS, checkedAt: '2026-09-30T00:00:00-04:00', daysOld: 54 },
  message: (f) => ({
    en: f.checkedAt
      ? `The last National Do-Not-Call Registry check (${f.checkedAt}) is ${f.daysOld} days old: at most ${f.maxAgeDays} are allowed.`
      : 'The number was never checked against the National Do-Not-Call Registry.',
    fr: f.checkedAt
      ? `La dernière vérification du registre national (${f.checkedAt}) date de ${f.daysOld} jours : ${f.maxAgeDays} au plus.`
      : "Le numéro n'a jamais été vérifié dans le registre national Do-Not-Call.",
  }),
});

/** The consumer asked this seller not to call (company-specific list, 64.1200(d)). */
export const COMPANY_LIST = defineReason<{ requestedAt: string; event: string }>()('us.dnc.company', {
  kind: 'block',
  facts: { requestedAt: 'when the consumer asked', event: 'the event that recorded it (objection, consent-withdrawn, refusal)' },
  example: { requestedAt: '2026-10-07T19:12:00-04:00', event: 'objection' },
  message: (f) => ({
    en: `The consumer asked this advertiser not to contact them on ${f.requestedAt} (company do-not-call list).`,
    fr: `Le consommateur a demandé à cet annonceur de ne plus le contacter le ${f.requestedAt} (liste d'opposition de l'entreprise).`,
  }),
});

/** A New York number on the do-not-call registry (GBL § 399-z). */
export const NY_LISTED = defineReason<{ checkedAt: string; channel: Channel }>()('us.ny.dnc.listed', {
  kind: 'block',
  facts: { checkedAt: 'the registry check that found the number', channel: 'the channel of the attempt' },
  example: { checkedAt: '2026-11-20T00:00:00-05:00', channel: 'sms' },
  message: (f) => ({
    en: `New York: the number is on the do-not-call registry (checked ${f.checkedAt})${f.channel === 'sms' ? ', and texts are covered since 2021-08-12' : ''}.`,
    fr: `New York : le numéro est inscrit au registre d'opposition (vérifié le ${f.checkedAt})${f.channel === 'sms' ? ', et les SMS sont couverts depuis le 2021-08-12' : ''}.`,
  }),
});

export const nationalDoNotCall: Rule = defineRule({
  id: 'us.dnc.national',
  inForce: { from: '2005-01-01' },
  citations: [law.FCC_DNC, law.TSR_DNC, law.FCC_EBR],
  statement: {
    en: `No telephone solicitation (call or text) to a number on the National Do-Not-Call Registry, unless the seller has an established business relationship with the consumer or their signed written agreement. The seller must scrub against a registry version no more than ${REGISTRY_MAX_AGE_DAYS} days old.`,
    fr: `Aucun démarchage (appel ou SMS) vers un numéro inscrit au registre national Do-Not-Call, sauf relation d'affaires établie ou accord écrit signé. Le vendeur doit filtrer avec une version du registre de moins de ${REGISTRY_MAX_AGE_DAYS} jours.`,
  },
  reading: {
    en: 'Without a check of the registry at most 31 calendar days old (local dates), the call is denied (`us.dnc.unchecked`): the safe harbor is lost and each call to a listed number is a violation. An EBR or a written consent (`written: true`) makes the check unnecessary. Registrations never expire (15 U.S.C. 6155).',
    fr: "Sans vérification du registre datant d'au plus 31 jours calendaires (dates locales), l'appel est refusé (`us.dnc.unchecked`). Une relation d'affaires établie ou un consentement écrit (`written: true`) rend la vérification inutile. Les inscriptions n'expirent pas.",
  },
  reasons: [NATIONAL_LISTED, NATIONAL_UNCHECKED, EBR_EXEMPTION, LISTING_CONSENT],
  check(ctx) {
    if (!isTelemarketing(ctx)) return [];
    const check = latestCheck(ctx, [DNC_LISTS.national]);
    const daysOld = check ? daysSince(ctx, check.at) : null;
    if (check && daysOld !== null && daysOld <= REGISTRY_MAX_AGE_DAYS && !check.listed) return [];
    const exemption = listingExemption(ctx, 'us.dnc', false);
    if (exemption) return [exemption];
    if (!check || daysOld === null || daysOld > REGISTRY_MAX_AGE_DAYS) {
      return [block(NATIONAL_UNCHECKED, { maxAgeDays: REGISTRY_MAX_AGE_DAYS, checkedAt: check ? ctx.iso(check.at) : null, daysOld }, null)];
    }
    return [block(NATIONAL_LISTED, { checkedAt: ctx.iso(check.at), list: check.list }, null)];
  },
});

export const companyDoNotCall: Rule = defineRule({
  id: 'us.dnc.company',
  inForce: { from: '2003-03-31' },
  citations: [law.FCC_COMPANY_DNC, law.TSR_COMPANY_DNC, law.FCC_REVOCATION],
  statement: {
    en: 'No call or text to a consumer who asked this seller not to call them (company-specific do-not-call list); the request must be honoured within 10 business days at most and kept for 5 years.',
    fr: "Aucun appel ni SMS vers un consommateur qui a demandé à ce vendeur de ne plus l'appeler (liste d'opposition propre à l'entreprise) ; la demande doit être honorée sous 10 jours ouvrés au plus et conservée 5 ans.",
  },
  reading: {
    en: 'Honoured from the request itself (the 10 business days are a ceiling, not a grace period) and never expired. A revocation of consent (`consent-withdrawn`) or a STOP on any channel counts as a do-not-call request for every channel; only a later consent of the consumer lifts it.',
    fr: "Honorée dès la demande (les 10 jours ouvrés sont un plafond, pas un délai de grâce) et sans expiration. Un retrait de consentement ou un STOP sur un canal vaut demande d'opposition pour tous les canaux ; seul un consentement ultérieur la lève.",
  },
  reasons: [COMPANY_LIST],
  check(ctx) {
    // Applies to business numbers too: a do-not-call request binds whoever made it.
    if (ctx.attempt.purpose === 'non-commercial') return [];
    const request = doNotCallRequest(ctx);
    if (!request) return [];
    return [block(COMPANY_LIST, { requestedAt: ctx.iso(request.at), event: request.type }, null)];
  },
});

export const newYorkDoNotCall: Rule = defineRule({
  id: 'us.ny.dnc',
  inForce: { from: '2001-04-01' },
  citations: [law.NY_DNC, law.NY_TEXTS, law.NY_PENALTY],
  statement: {
    en: 'New York: no unsolicited telemarketing sales call to a customer whose number is on the do-not-call registry (now the national registry for New York numbers); texts are telemarketing since 12 August 2021.',
    fr: "New York : aucun appel de télémarketing non sollicité vers un client inscrit au registre d'opposition (désormais le registre national) ; les SMS en sont depuis le 12 août 2021.",
  },
  reading: {
    en: 'A call is solicited when it answers an express request of the customer (any consent) or an EBR; New York sets no EBR period, so the federal 18/3 months apply. The listing comes from the latest registry check (national or New York list) no more than 31 days old; an older check is handled by us.dnc.unchecked.',
    fr: "Un appel est sollicité s'il répond à une demande expresse (tout consentement) ou à une relation d'affaires ; New York ne fixant pas de durée, les 18/3 mois fédéraux s'appliquent.",
  },
  reasons: [NY_LISTED, EBR_EXEMPTION, LISTING_CONSENT],
  check(ctx) {
    if (!isTelemarketing(ctx) || !inState(ctx, 'US-NY')) return [];
    if (ctx.attempt.channel === 'sms' && ctx.localDate < law.NY_TEXTS_IN_FORCE) return [];
    const check = latestCheck(ctx, [DNC_LISTS.national, DNC_LISTS.newYork]);
    if (!check || !check.listed || daysSince(ctx, check.at) > REGISTRY_MAX_AGE_DAYS) return [];
    const exemption = listingExemption(ctx, 'us.ny.dnc', true);
    if (exemption) return [exemption];
    return [block(NY_LISTED, { checkedAt: ctx.iso(check.at), channel: ctx.attempt.channel }, null)];
  },
});

/** The first day of the calendar quarter of a local date (lists published 1 Jan, 1 Apr, 1 Jul, 1 Oct). */
function quarterStart(localDate: string): string {
  const month = +localDate.slice(5, 7);
  return `${localDate.slice(0, 4)}-${String(month - ((month - 1) % 3)).padStart(2, '0')}-01`;
}

/** A state list published quarterly: the check must be of the current quarter's list. */
function quarterlyList(opts: {
  id: string;
  region: string;
  list: string;
  name: Text;
  inForce: string;
  citations: Rule['citations'];
  unverified?: Rule['unverified'];
}): Rule {
  const { name } = opts;
  const unchecked = `${opts.id}.unchecked`;
  const listed = defineReason<{ list: string; checkedAt: string }>()(`${opts.id}.listed`, {
    kind: 'block',
    facts: { list: 'the state list', checkedAt: 'the check that found the number' },
    example: { list: opts.list, checkedAt: '2026-10-03T09:00:00-04:00' },
    message: (f) => ({
      en: `${name.en}: the number is on the state do-not-call list (checked ${f.checkedAt}).`,
      fr: `${name.fr} : le numéro est inscrit sur la liste d'opposition de l'État (vérifié le ${f.checkedAt}).`,
    }),
  });
  const notChecked = defineReason<{ list: string; quarterStart: string; checkedAt: string | null }>()(unchecked, {
    kind: 'block',
    facts: { list: 'the state list', quarterStart: 'first day of the current quarter (local date)', checkedAt: 'the last check of that list, or null' },
    example: { list: opts.list, quarterStart: '2026-10-01', checkedAt: '2026-08-14T09:00:00-04:00' },
    message: (f) => ({
      en: `${name.en}: the number was not checked against the state do-not-call list of the quarter starting ${f.quarterStart}.`,
      fr: `${name.fr} : le numéro n'a pas été vérifié dans la liste d'opposition de l'État du trimestre commençant le ${f.quarterStart}.`,
    }),
  });
  return defineRule({
    id: opts.id,
    inForce: { from: opts.inForce },
    citations: opts.citations,
    statement: {
      en: `${name.en}: no telephone solicitation (call or text) to a number on the state list, unless there is an established business relationship or the consumer's request; the list is published every quarter (1 January, 1 April, 1 July, 1 October).`,
      fr: `${name.fr} : aucun démarchage (appel ou SMS) vers un numéro de la liste de l'État, sauf relation d'affaires établie ou demande du consommateur ; la liste est publiée chaque trimestre.`,
    },
    reading: {
      en: `The number must have been checked against the current quarter's list (an \`opposition-check\` with list '${opts.list}' dated on or after the first day of the quarter, local date); otherwise the call is denied (${unchecked}). An EBR (federal 18/3 months) or any consent of the consumer lifts the listing.`,
      fr: `Le numéro doit avoir été vérifié dans la liste du trimestre en cours (\`opposition-check\` '${opts.list}' datée du premier jour du trimestre ou après) ; sinon l'appel est refusé (${unchecked}).`,
    },
    ...(opts.unverified ? { unverified: opts.unverified } : {}),
    reasons: [listed, notChecked, EBR_EXEMPTION, LISTING_CONSENT],
    check(ctx) {
      if (!isTelemarketing(ctx) || !inState(ctx, opts.region)) return [];
      const check = latestCheck(ctx, [opts.list]);
      const quarter = quarterStart(ctx.localDate);
      const fresh = check !== null && localDateOf(ctx, check.at) >= quarter;
      if (fresh && !check.listed) return [];
      const exemption = listingExemption(ctx, opts.id, true);
      if (exemption) return [exemption];
      if (!fresh) {
        return [block(notChecked, { list: opts.list, quarterStart: quarter, checkedAt: check ? ctx.iso(check.at) : null }, null)];
      }
      return [block(listed, { list: opts.list, checkedAt: ctx.iso(check.at) }, null)];
    },
  });
}

export const floridaDoNotCall = quarterlyList({
  id: 'us.fl.dnc',
  region: 'US-FL',
  list: DNC_LISTS.florida,
  name: { en: 'Florida', fr: 'Floride' },
  inForce: '2014-07-01',
  citations: [law.FL_FTSA_DNC, law.FL_FTSA_DAMAGES],
  unverified: {
    en: 'Seen in FDACS pages and secondary sources only: the subsection number in § 501.059 and the quarterly publication months of the Florida list are unverified (the conservative current-quarter requirement is applied).',
    fr: 'Vu seulement sur les pages de la FDACS et des sources secondaires : le numéro de paragraphe et les mois de publication de la liste sont non vérifiés.',
  },
});

export const texasNoCall = quarterlyList({
  id: 'us.tx.dnc',
  region: 'US-TX',
  list: DNC_LISTS.texas,
  name: { en: 'Texas', fr: 'Texas' },
  inForce: '2009-04-01',
  citations: [law.TX_NOCALL],
});
