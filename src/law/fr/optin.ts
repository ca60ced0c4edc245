/**
 * The opt-in era (from 11 August 2026, C. consom. L.223-1 as rewritten by loi n° 2025-594 art. 13):
 * a professional may not canvass by phone a consumer who has not previously consented to be
 * prospected by this means (al. 1); consent is free, specific, informed, unambiguous and revocable
 * (al. 2) and the professional must prove it (al. 3). Exception: a solicitation within the
 * execution of a contract in progress and related to its object (al. 4). D.223-9 still applies to
 * every call this rule lets through.
 */
import { block, defineReason, defineRule, exempt } from '../../core/reason.js';
import type { Rule } from '../../core/rule.js';
import type { Channel } from '../../core/types.js';
import { L223_1_2026, LOI_2025_594_ART_13, OPT_IN_FROM } from './citations.js';
import { CONSENT_AGEING, CONSENT_EXEMPTION, CONSENT_GAP_FACTS, consentAgeing, consentExemptionFacts, consentGap, consentInForce, type ConsentGap } from './consents.js';
import { CONTRACT_EXEMPTION, CONTRACT_GAP_FACTS, contractExemption, contractGap, contractInForce, contractStartsAfter, type ContractGap } from './contracts.js';
import { objectionInForce } from './objection.js';
import { pressExempt } from './press.js';
import { isTelephonicProspecting } from './scope.js';

/** No prior consent to phone prospecting and no contract in progress (L.223-1 al. 1 since 2026-08-11). */
export const CONSENT_MISSING = defineReason<{ advertiser: string; channel: Channel; regimeFrom: string } & ConsentGap & ContractGap>()('fr.consent.missing', {
  kind: 'block',
  facts: {
    advertiser: 'the advertiser that needs the consent',
    channel: 'the channel of the attempt',
    regimeFrom: 'first day of the opt-in regime (2026-08-11)',
    ...CONSENT_GAP_FACTS,
    ...CONTRACT_GAP_FACTS,
  },
  example: { advertiser: 'acme', channel: 'voice', regimeFrom: OPT_IN_FROM, lastConsent: null },
  message: (f) => ({
    en: f.lastConsentStatus === 'expired'
      ? `The consumer's consent of ${f.lastConsent} to this advertiser's phone prospecting ended on ${f.consentEnded}; a new prior consent is required (since 11 August 2026).`
      : f.lastConsentStatus === 'withdrawn'
        ? `The consumer withdrew the consent of ${f.lastConsent}; since 11 August 2026 a prior consent is required.`
        : 'No prior consent of the consumer to phone prospecting by this advertiser, and no contract in progress covers the call (required since 11 August 2026).',
    fr: f.lastConsentStatus === 'expired'
      ? `Le consentement du ${f.lastConsent} à la prospection téléphonique de cet annonceur a pris fin le ${f.consentEnded} ; un nouveau consentement préalable est requis (depuis le 11 août 2026).`
      : f.lastConsentStatus === 'withdrawn'
        ? `Le consommateur a retiré le consentement du ${f.lastConsent} ; depuis le 11 août 2026 un consentement préalable est requis.`
        : "Aucun consentement préalable du consommateur à la prospection téléphonique de cet annonceur, et aucun contrat en cours ne couvre l'appel (obligatoire depuis le 11 août 2026).",
  }),
});

export const priorConsent: Rule = defineRule({
  id: 'fr.consent',
  inForce: { from: OPT_IN_FROM },
  citations: [L223_1_2026, LOI_2025_594_ART_13],
  statement: {
    en: 'A consumer may be canvassed by phone only with their prior consent to phone prospecting by this professional, or within a contract in progress and about its object.',
    fr: "Un consommateur ne peut être démarché par téléphone qu'avec son consentement préalable à la prospection téléphonique de ce professionnel, ou dans le cadre de l'exécution d'un contrat en cours et en rapport avec son objet.",
  },
  reading: {
    en: "A consent counts when given to this advertiser before the call, for voice and for prospecting, not expired (expiresAt, or options.consentMaxAge) and not withdrawn or objected to since. No text fixes a maximum age: an old consent (options.consentAgeAdvisory, one year by default) draws an advisory. A Bloctel registration is no longer the test. The contract exception needs the call to name a contract of this advertiser in progress at the call (contractId, or purpose 'contract'); the host vouches that the offer relates to its object. An objection is reported alone (fr.objection).",
    fr: "Un consentement compte s'il a été donné à cet annonceur avant l'appel, pour la voix et pour la prospection, sans être expiré (expiresAt, ou options.consentMaxAge) ni retiré ou suivi d'une opposition. Aucun texte n'en fixe la durée maximale : un consentement ancien (options.consentAgeAdvisory, un an par défaut) donne lieu à un avis. L'inscription sur Bloctel n'est plus le critère. L'exception contractuelle suppose que l'appel vise un contrat de cet annonceur en cours à la date de l'appel (contractId ou purpose 'contract') ; l'hôte garantit le rapport avec son objet. Une opposition est signalée seule (fr.objection).",
  },
  reasons: [CONSENT_MISSING, CONSENT_EXEMPTION, CONTRACT_EXEMPTION, CONSENT_AGEING],
  check(ctx) {
    if (!isTelephonicProspecting(ctx)) return [];
    if (objectionInForce(ctx)) return []; // an objection blocks by itself and adds no other reason (docs/contract.md §3)
    const { advertiser, channel } = ctx.attempt;
    const consent = consentInForce(ctx, 'prospecting');
    if (consent) return [exempt(CONSENT_EXEMPTION, consentExemptionFacts(ctx, consent, 'prospecting', channel)), ...consentAgeing(ctx, consent)];
    const contract = contractInForce(ctx);
    if (contract) return [contractExemption(ctx, contract, 'prior-consent')];
    if (pressExempt(ctx, 'consent')) return []; // the press rule reports the exemption and its uncertainty
    // A contract the call names, starting later, lifts it then.
    return [block(CONSENT_MISSING, { advertiser, channel, regimeFrom: OPT_IN_FROM, ...consentGap(ctx, 'prospecting'), ...contractGap(ctx) }, contractStartsAfter(ctx))];
  },
});
