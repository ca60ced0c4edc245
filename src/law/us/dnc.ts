/**
 * Do-Not-Call: the national registry (47 CFR 64.1200(c)(2); 16 CFR 310.4(b)(1)(iii)(B)), the
 * company-specific list (64.1200(d); 310.4(b)(1)(iii)(A)) and the state lists that are not simply
 * the national registry (Florida, Texas), with New York's own prohibition on calls to registered
 * numbers (GBL 399-z, whose list is now the national registry).
 *
 * Scrubbing is recorded as `opposition-check` events: `{ list: 'us-national-dnc', at, listed }`,
 * `at` being the date of the registry version used (its download from the administrator).
 */
import type { Rule, RuleContext, RuleOutcome } from '../../core/rule.js';
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

/** The exemptions that lift a do-not-call listing: an EBR, or a written agreement (signed, naming the number). */
function listingExemption(ctx: RuleContext, code: string, acceptOral: boolean): RuleOutcome | null {
  const ebr = establishedRelationship(ctx);
  if (ebr) {
    const facts: Record<string, unknown> = { basis: ebr.basis, since: ctx.iso(ebr.since), endsAt: ebr.endsAt === null ? null : ctx.iso(ebr.endsAt), lifts: code };
    return { kind: 'exempt', code: 'us.exemption.ebr', facts };
  }
  const { consent } = consentFor(ctx, 'prospecting', !acceptOral);
  if (consent) {
    const facts: Record<string, unknown> = { consentAt: ctx.iso(consent.at), written: consent.written, lifts: code };
    if (consent.proof !== undefined) facts.proof = consent.proof;
    return { kind: 'exempt', code: 'us.exemption.consent', facts };
  }
  return null;
}

const exemptionMessages = {
  'us.exemption.ebr': (f: Record<string, unknown>) => ({
    en: `Established business relationship (${String(f.basis)} on ${String(f.since)}${f.endsAt ? `, until ${String(f.endsAt)}` : ''}): ${String(f.lifts)} does not apply.`,
    fr: `Relation d'affaires établie (${String(f.basis)} le ${String(f.since)}${f.endsAt ? `, jusqu'au ${String(f.endsAt)}` : ''}) : ${String(f.lifts)} ne s'applique pas.`,
  }),
  'us.exemption.consent': (f: Record<string, unknown>) => ({
    en: `The consumer agreed${f.written ? ' in writing' : ''} on ${String(f.consentAt)} to be called by this advertiser: ${String(f.lifts)} does not apply.`,
    fr: `Le consommateur a accepté${f.written ? ' par écrit' : ''} le ${String(f.consentAt)} d'être appelé par cet annonceur : ${String(f.lifts)} ne s'applique pas.`,
  }),
};

export const nationalDoNotCall: Rule = {
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
  messages: {
    'us.dnc.listed': (f) => ({
      en: `The number is on the National Do-Not-Call Registry (checked ${String(f.checkedAt)}) and there is no established business relationship or written consent.`,
      fr: `Le numéro est inscrit au registre national Do-Not-Call (vérifié le ${String(f.checkedAt)}) et il n'y a ni relation d'affaires établie ni consentement écrit.`,
    }),
    'us.dnc.unchecked': (f) => ({
      en: f.checkedAt
        ? `The last National Do-Not-Call Registry check (${String(f.checkedAt)}) is ${String(f.daysOld)} days old: at most ${REGISTRY_MAX_AGE_DAYS} are allowed.`
        : 'The number was never checked against the National Do-Not-Call Registry.',
      fr: f.checkedAt
        ? `La dernière vérification du registre national (${String(f.checkedAt)}) date de ${String(f.daysOld)} jours : ${REGISTRY_MAX_AGE_DAYS} au plus.`
        : "Le numéro n'a jamais été vérifié dans le registre national Do-Not-Call.",
    }),
    ...exemptionMessages,
  },
  check(ctx) {
    if (!isTelemarketing(ctx)) return [];
    const check = latestCheck(ctx, [DNC_LISTS.national]);
    const daysOld = check ? daysSince(ctx, check.at) : null;
    if (check && daysOld !== null && daysOld <= REGISTRY_MAX_AGE_DAYS && !check.listed) return [];
    const exemption = listingExemption(ctx, 'us.dnc', false);
    if (exemption) return [exemption];
    if (!check || daysOld === null || daysOld > REGISTRY_MAX_AGE_DAYS) {
      const facts: Record<string, unknown> = { maxAgeDays: REGISTRY_MAX_AGE_DAYS, checkedAt: check ? ctx.iso(check.at) : null, daysOld };
      return [{ kind: 'block', code: 'us.dnc.unchecked', facts, until: null }];
    }
    return [{ kind: 'block', code: 'us.dnc.listed', facts: { checkedAt: ctx.iso(check.at), list: check.list }, until: null }];
  },
};

export const companyDoNotCall: Rule = {
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
  messages: {
    'us.dnc.company': (f) => ({
      en: `The consumer asked this advertiser not to contact them on ${String(f.requestedAt)} (company do-not-call list).`,
      fr: `Le consommateur a demandé à cet annonceur de ne plus le contacter le ${String(f.requestedAt)} (liste d'opposition de l'entreprise).`,
    }),
  },
  check(ctx) {
    // Applies to business numbers too: a do-not-call request binds whoever made it.
    if (ctx.attempt.purpose === 'non-commercial') return [];
    const request = doNotCallRequest(ctx);
    if (!request) return [];
    return [{ kind: 'block', code: 'us.dnc.company', facts: { requestedAt: ctx.iso(request.at), event: request.type }, until: null }];
  },
};

export const newYorkDoNotCall: Rule = {
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
  messages: {
    'us.ny.dnc.listed': (f) => ({
      en: `New York: the number is on the do-not-call registry (checked ${String(f.checkedAt)})${f.channel === 'sms' ? ', and texts are covered since 2021-08-12' : ''}.`,
      fr: `New York : le numéro est inscrit au registre d'opposition (vérifié le ${String(f.checkedAt)})${f.channel === 'sms' ? ', et les SMS sont couverts depuis le 2021-08-12' : ''}.`,
    }),
    ...exemptionMessages,
  },
  check(ctx) {
    if (!isTelemarketing(ctx) || !inState(ctx, 'US-NY')) return [];
    if (ctx.attempt.channel === 'sms' && ctx.localDate < law.NY_TEXTS_IN_FORCE) return [];
    const check = latestCheck(ctx, [DNC_LISTS.national, DNC_LISTS.newYork]);
    if (!check || !check.listed || daysSince(ctx, check.at) > REGISTRY_MAX_AGE_DAYS) return [];
    const exemption = listingExemption(ctx, 'us.ny.dnc', true);
    if (exemption) return [exemption];
    return [{ kind: 'block', code: 'us.ny.dnc.listed', facts: { checkedAt: ctx.iso(check.at), channel: ctx.attempt.channel }, until: null }];
  },
};

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
  name: string;
  inForce: string;
  citations: Rule['citations'];
  unverified?: Rule['unverified'];
}): Rule {
  const listed = `${opts.id}.listed`;
  const unchecked = `${opts.id}.unchecked`;
  const rule: Rule = {
    id: opts.id,
    inForce: { from: opts.inForce },
    citations: opts.citations,
    statement: {
      en: `${opts.name}: no telephone solicitation (call or text) to a number on the state list, unless there is an established business relationship or the consumer's request; the list is published every quarter (1 January, 1 April, 1 July, 1 October).`,
      fr: `${opts.name} : aucun démarchage (appel ou SMS) vers un numéro de la liste de l'État, sauf relation d'affaires établie ou demande du consommateur ; la liste est publiée chaque trimestre.`,
    },
    reading: {
      en: `The number must have been checked against the current quarter's list (an \`opposition-check\` with list '${opts.list}' dated on or after the first day of the quarter, local date); otherwise the call is denied (${unchecked}). An EBR (federal 18/3 months) or any consent of the consumer lifts the listing.`,
      fr: `Le numéro doit avoir été vérifié dans la liste du trimestre en cours (\`opposition-check\` '${opts.list}' datée du premier jour du trimestre ou après) ; sinon l'appel est refusé (${unchecked}).`,
    },
    messages: {
      [listed]: (f) => ({
        en: `${opts.name}: the number is on the state do-not-call list (checked ${String(f.checkedAt)}).`,
        fr: `${opts.name} : le numéro est inscrit sur la liste d'opposition de l'État (vérifié le ${String(f.checkedAt)}).`,
      }),
      [unchecked]: (f) => ({
        en: `${opts.name}: the number was not checked against the state do-not-call list of the quarter starting ${String(f.quarterStart)}.`,
        fr: `${opts.name} : le numéro n'a pas été vérifié dans la liste d'opposition de l'État du trimestre commençant le ${String(f.quarterStart)}.`,
      }),
      ...exemptionMessages,
    },
    check(ctx) {
      if (!isTelemarketing(ctx) || !inState(ctx, opts.region)) return [];
      const check = latestCheck(ctx, [opts.list]);
      const quarter = quarterStart(ctx.localDate);
      const fresh = check !== null && localDateOf(ctx, check.at) >= quarter;
      if (fresh && !check.listed) return [];
      const exemption = listingExemption(ctx, opts.id, true);
      if (exemption) return [exemption];
      if (!fresh) {
        return [{ kind: 'block', code: unchecked, facts: { list: opts.list, quarterStart: quarter, checkedAt: check ? ctx.iso(check.at) : null }, until: null }];
      }
      return [{ kind: 'block', code: listed, facts: { list: opts.list, checkedAt: ctx.iso(check.at) }, until: null }];
    },
  };
  if (opts.unverified) rule.unverified = opts.unverified;
  return rule;
}

export const floridaDoNotCall = quarterlyList({
  id: 'us.fl.dnc',
  region: 'US-FL',
  list: DNC_LISTS.florida,
  name: 'Florida',
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
  name: 'Texas',
  inForce: '2009-04-01',
  citations: [law.TX_NOCALL],
});
