/**
 * Live marketing calls under PECR reg. 21 (objection to the caller, TPS/CTPS register, 28 days),
 * reg. 21(A1) (the caller's line identity), reg. 21A (claims management) and reg. 21B (pensions).
 * Market research and service calls are not direct marketing (`purpose: 'non-commercial'`).
 */
import { block, defineReason, defineRule, exempt } from '../../core/reason.js';
import type { ConsentBasis } from '../fr/consents.js';
import type { Rule, RuleContext } from '../../core/rule.js';
import type { Text } from '../../core/rule.js';
import { consentExemption, objectionReason, objectionRule, optInRule } from '../common/consent.js';
import { consentFacts, consentInForce } from '../common/history.js';
import { oppositionListRule } from '../common/opposition.js';
import { PECR_21, PECR_21A, PECR_21B, PECR_21_A1, PECR_22, PECR_26 } from './citations.js';

export const TPS_LIST = 'uk-tps';
export const CTPS_LIST = 'uk-ctps';
/** reg. 21(3): a listing binds 28 days after it; the ICO expects screening at least every 28 days. */
export const TPS_MAX_AGE_DAYS = 28;
/**
 * Calls with their own regulation, to which reg. 21(1) does not apply (reg. 21(6)): claims
 * management (reg. 21A, any subscriber) and pensions (reg. 21B, calls to an individual only).
 */
const ownRegime = (ctx: RuleContext): boolean =>
  ctx.attempt.sector === 'claims-management' || (ctx.attempt.sector === 'pensions' && ctx.attempt.recipientKind === 'consumer');

const SECOND_HAND: Text = {
  en: 'VERIFIED-2nd: wording read in verbatim copies of PECR (legislation.gov.uk itself not displayed).',
  fr: 'VERIFIED-2nd : texte lu dans des copies intégrales du PECR (legislation.gov.uk non affiché).',
};

/** A direct-marketing call: voice, not market research or a pure service call. */
export const isMarketingCall = (ctx: RuleContext): boolean => ctx.attempt.channel === 'voice' && ctx.attempt.purpose !== 'non-commercial';

/** The subscriber told this caller they do not object to its calls (reg. 21(4)): lifts the TPS. */
export const TPS_CONSENT = consentExemption('uk.exemption.consent', (f) => ({
    en: `The subscriber told this caller on ${f.consentAt} that they do not object to its calls (reg. 21(4)).`,
    fr: `L'abonné a fait savoir à cet appelant le ${f.consentAt} qu'il ne s'oppose pas à ses appels (reg. 21(4)).`,
}));

export const preferenceService = oppositionListRule({
  id: 'uk.tps',
  inForce: { from: '2003-12-11' },
  citations: [PECR_21, PECR_26],
  name: { en: 'Telephone Preference Service register', fr: "d'opposition britannique (Telephone Preference Service)" },
  // A corporate subscriber's number is on the Corporate TPS.
  lists: (ctx) => (ctx.attempt.recipientKind === 'business' ? [CTPS_LIST] : [TPS_LIST]),
  freshness: { days: TPS_MAX_AGE_DAYS, count: 'dates' },
  codes: { listed: 'uk.tps.listed', unchecked: 'uk.tps.unchecked' },
  applies: (ctx) => isMarketingCall(ctx) && !ctx.attempt.prerecorded && !ownRegime(ctx),
  exemption(ctx) {
    // reg. 21(4): the subscriber told this caller they do not object to its calls.
    const consent = consentInForce(ctx, 'prospecting', 'voice');
    return consent ? exempt(TPS_CONSENT, { ...consentFacts(ctx, consent), lifts: 'uk.tps' }) : null;
  },
  statement: {
    en: `No unsolicited direct-marketing call to a number listed on the TPS (individuals) or the CTPS (corporate subscribers) for 28 days or more, unless the subscriber told this caller they do not object to its calls. Screen at least every ${TPS_MAX_AGE_DAYS} days.`,
    fr: `Aucun appel de prospection non sollicité vers un numéro inscrit depuis 28 jours ou plus au TPS (particuliers) ou au CTPS (personnes morales), sauf si l'abonné a fait savoir à cet appelant qu'il ne s'oppose pas à ses appels. Vérifier au moins tous les ${TPS_MAX_AGE_DAYS} jours.`,
  },
  reading: {
    en: "Without a check at most 28 local calendar days old (`uk-tps`, or `uk-ctps` for `recipient.kind: 'business'`), the call is denied: a number listed after the check binds from its 28th day. An existing customer on the TPS still needs the reg. 21(4) notification (ICO): `customer` events do not lift it; a `consent` of this advertiser on voice does. Calls within reg. 21A/21B follow those regulations instead (reg. 21(6)). Applies to every direct-marketing call, contract customers included.",
    fr: "Sans vérification d'au plus 28 jours calendaires locaux (`uk-tps`, ou `uk-ctps` pour `recipient.kind: 'business'`), l'appel est refusé. Un client inscrit au TPS doit encore avoir donné la notification de la reg. 21(4) (ICO) : un événement `customer` ne suffit pas ; un `consent` de cet annonceur sur la voix, si. Les appels relevant des reg. 21A/21B suivent ces règlements (reg. 21(6)).",
  },
  unverified: { en: `${SECOND_HAND.en} The 28-day screening cadence is ICO/TPS guidance (VERIFIED-2nd), derived from reg. 21(3).`, fr: `${SECOND_HAND.fr} La cadence de 28 jours est une recommandation de l'ICO (VERIFIED-2nd), tirée de la reg. 21(3).` },
  exemptions: [TPS_CONSENT],
});

export const callerObjection: Rule = objectionRule({
  id: 'uk.objection',
  inForce: { from: '2003-12-11' },
  citations: [PECR_21, PECR_22],
  applies: (ctx) => ctx.attempt.purpose !== 'non-commercial',
  statement: {
    en: 'No marketing call or message to a subscriber who told this caller not to call or write for the time being.',
    fr: "Aucun appel ni message de prospection vers un abonné qui a demandé à cet appelant de ne plus l'appeler ou lui écrire.",
  },
  reading: { en: 'Effective at once, no expiry, per channel; a later consent lifts it.', fr: 'Effective aussitôt, sans expiration, par canal ; un consentement ultérieur la lève.' },
  unverified: SECOND_HAND,
  reason: objectionReason('uk.objection', (at) => ({
    en: `The subscriber told this advertiser on ${at} not to contact them for marketing.`,
    fr: `L'abonné a demandé à cet annonceur le ${at} de ne plus le démarcher.`,
  })),
});

/** A direct-marketing call must present a contact number (PECR reg. 21(A1)). */
export const WITHHELD = defineReason<Record<never, never>>()('uk.caller-id.withheld', {
  kind: 'block',
  facts: {},
  example: {},
  message: () => ({
    en: 'A direct-marketing call must present a number on which the caller can be contacted (PECR reg. 21(A1)).',
    fr: "Un appel de prospection doit présenter un numéro où l'appelant peut être joint (PECR reg. 21(A1)).",
  }),
});

export const callingLineIdentity: Rule = defineRule({
  id: 'uk.caller-id',
  inForce: { from: '2016-05-16' },
  citations: [PECR_21_A1],
  statement: {
    en: 'Every direct-marketing call, solicited or not, presents the identity of the calling line or of a line on which the caller can be contacted.',
    fr: "Tout appel de prospection, sollicité ou non, présente l'identité de la ligne appelante ou d'une ligne où l'appelant peut être joint.",
  },
  unverified: { en: `${SECOND_HAND.en} The inserting instrument (SI 2016/524) and its date are UNVERIFIED.`, fr: `${SECOND_HAND.fr} L'instrument qui l'insère (SI 2016/524) et sa date sont UNVERIFIED.` },
  reasons: [WITHHELD],
  check(ctx) {
    if (!isMarketingCall(ctx) || (ctx.attempt.callerId ?? '').trim() !== '') return [];
    return [block(WITHHELD, {}, null)];
  },
});

export const claimsManagement: Rule = optInRule({
  id: 'uk.claims',
  inForce: { from: '2018-09-08' },
  citations: [PECR_21A],
  applies: (ctx) => isMarketingCall(ctx) && ctx.attempt.sector === 'claims-management',
  scope: 'prospecting',
  statement: {
    en: 'No unsolicited marketing call about claims-management services unless the subscriber previously told this caller they consent to such calls.',
    fr: "Aucun appel de prospection non sollicité pour des services de gestion de réclamations sauf si l'abonné a auparavant consenti à de tels appels de cet appelant.",
  },
  reading: { en: "Read from `sector: 'claims-management'`. The TPS does not matter: consent is needed anyway.", fr: "Lu dans `sector: 'claims-management'`. Le TPS importe peu : le consentement est requis de toute façon." },
  unverified: {
    en: 'VERIFIED (legislation.gov.uk reg. 21A, per the team reference). In-force date 2018-09-08 UNVERIFIED.',
    fr: "VERIFIED (legislation.gov.uk reg. 21A, selon la référence de l'équipe). Date d'entrée en vigueur 2018-09-08 UNVERIFIED.",
  },
  missing: {
    code: 'uk.claims.consent-missing',
    message: {
        en: "Claims-management marketing calls need the subscriber's prior consent to calls from this caller (PECR reg. 21A).",
        fr: "Les appels de prospection pour la gestion de réclamations exigent le consentement préalable de l'abonné aux appels de cet appelant (PECR reg. 21A).",
      },
  },
  exemptions: { consent: consentExemption('uk.exemption.claims-consent', (f) => ({ en: `The subscriber consented on ${f.consentAt} to claims-management calls from this caller.`, fr: `L'abonné a consenti le ${f.consentAt} aux appels de gestion de réclamations de cet appelant.` })) },
});

/** Who may make pensions calls at all under reg. 21B(2)(a). */
export type PensionsCaller = 'fca-authorised' | 'pension-trustee';

/** Reg. 21B, for a host that is (or is not) an authorised person or a scheme's trustee or manager. */
/** A pensions call without the caller status and consent of reg. 21B. */
export const PENSIONS_NOT_PERMITTED = defineReason<{ caller: PensionsCaller | null }>()('uk.pensions.not-permitted', {
  kind: 'block',
  facts: { caller: "the host's declared status ('fca-authorised', 'pension-trustee'), or null" },
  example: { caller: null },
  message: (f) => ({
    en: f.caller
      ? 'Pensions marketing calls need the subscriber\'s prior consent to calls from this caller (PECR reg. 21B).'
      : 'Pensions cold calls are banned unless the caller is FCA-authorised or a scheme trustee (PECR reg. 21B): the host has not declared that status.',
    fr: f.caller
      ? "Les appels de prospection sur les retraites exigent le consentement préalable de l'abonné aux appels de cet appelant (PECR reg. 21B)."
      : "Le démarchage téléphonique sur les retraites est interdit sauf à un appelant agréé par la FCA ou fiduciaire d'un régime (PECR reg. 21B) : l'hôte n'a pas déclaré ce statut.",
  }),
});

/** A permitted pensions caller with the subscriber's consent (reg. 21B(2)). */
export const PENSIONS_CONSENT = defineReason<ConsentBasis & { caller: PensionsCaller }>()('uk.exemption.pensions-consent', {
  kind: 'exempt',
  facts: { caller: "the host's declared status", consentAt: 'when the subscriber consented', proof: 'its proof reference, if recorded', consentEnds: 'when it stops counting, if known' },
  example: { caller: 'fca-authorised', consentAt: '2026-09-01T10:00:00+01:00' },
  message: (f) => ({ en: `A ${f.caller} caller, with the subscriber's consent of ${f.consentAt} (reg. 21B).`, fr: `Appelant ${f.caller}, avec le consentement de l'abonné du ${f.consentAt} (reg. 21B).` }),
});

export function pensionsColdCalls(caller: PensionsCaller | undefined): Rule {
  return defineRule({
    id: 'uk.pensions',
    inForce: { from: '2019-01-09' },
    citations: [PECR_21B],
    statement: {
      en: 'No unsolicited marketing call to an individual about occupational or personal pension schemes, unless the caller is an authorised person or the trustee or manager of a scheme and either the individual consented to its calls, or has an existing client relationship with it in which such calls might reasonably be envisaged and was offered a simple, free way to refuse.',
      fr: "Aucun appel de prospection non sollicité vers un particulier sur les régimes de retraite professionnels ou individuels, sauf si l'appelant est une personne agréée ou le fiduciaire ou gestionnaire d'un régime et que le particulier a consenti à ses appels, ou a avec lui une relation client où de tels appels peuvent raisonnablement être attendus et s'est vu offrir un moyen simple et gratuit de refuser.",
    },
    reading: {
      en: "Read from `sector: 'pensions'`, for individuals (`recipient.kind: 'consumer'`); a call to a corporate subscriber falls under reg. 21 (CTPS). The caller's status is the host's: `createUkPack({ pensionsCaller })`; without it, every pensions call to an individual is denied. The existing-client route of 21B(3) needs facts the engine does not hold (the client could reasonably envisage such calls, a refusal was offered at collection and each time): not modelled, a consent is required (conservative).",
      fr: "Lu dans `sector: 'pensions'`, pour les particuliers (`recipient.kind: 'consumer'`) ; un appel à une personne morale relève de la reg. 21 (CTPS). Le statut de l'appelant est celui de l'hôte : `createUkPack({ pensionsCaller })` ; sans lui, tout appel sur les retraites à un particulier est refusé. La voie du client existant de la 21B(3) suppose des faits que le moteur n'a pas : non modélisée, un consentement est requis (lecture prudente).",
    },
    unverified: {
      en: 'VERIFIED: the text of reg. 21B read on legislation.gov.uk (SI 2018/1396 reg. 2, as made), which limits the ban to calls to an individual (the team reference said "subscriber"). Its commencement date (2019-01-09) is UNVERIFIED.',
      fr: "VERIFIED : texte de la reg. 21B lu sur legislation.gov.uk (SI 2018/1396 reg. 2, version adoptée), qui limite l'interdiction aux appels vers un particulier (la référence de l'équipe disait « abonné »). Sa date d'entrée en vigueur (2019-01-09) est UNVERIFIED.",
    },
    reasons: [PENSIONS_NOT_PERMITTED, PENSIONS_CONSENT],
    check(ctx) {
      if (!isMarketingCall(ctx) || ctx.attempt.sector !== 'pensions' || ctx.attempt.recipientKind !== 'consumer') return [];
      const consent = consentInForce(ctx, 'prospecting', 'voice');
      if (caller && consent) return [exempt(PENSIONS_CONSENT, { caller, ...consentFacts(ctx, consent) })];
      return [block(PENSIONS_NOT_PERMITTED, { caller: caller ?? null }, null)];
    },
  });
}
