/**
 * Marketing texts to individual subscribers (PECR reg. 22): the recipient's consent, or the soft
 * opt-in of reg. 22(3) — details obtained in a sale or negotiations for a sale, marketing of the
 * sender's own similar products, a free refusal offered at collection and in every message — and,
 * from 2026-02-05, the charities' soft opt-in (Data (Use and Access) Act 2025 s. 114).
 */
import { block, defineReason, defineRule, exempt } from '../../core/reason.js';
import type { ConsentBasis } from '../fr/consents.js';
import type { Rule } from '../../core/rule.js';
import { consentFacts, consentInForce, customerRelationship } from '../common/history.js';
import { DUAA_114, PECR_22 } from './citations.js';

/** The charity soft opt-in (DUAA 2025 s. 114, commenced by SI 2026/82). */
export const CHARITY_SOFT_OPT_IN_FROM = '2026-02-05';

/** A marketing text to an individual without consent or soft opt-in (PECR reg. 22). */
export const SMS_CONSENT_MISSING = defineReason<Record<never, never>>()('uk.sms.consent-missing', {
  kind: 'block',
  facts: {},
  example: {},
  message: () => ({
    en: 'A marketing text to an individual needs their consent, or the soft opt-in of an existing customer (PECR reg. 22).',
    fr: "Un SMS de prospection à un particulier exige son consentement, ou le « soft opt-in » d'un client existant (PECR reg. 22).",
  }),
});

/** Consent to marketing texts from this sender (reg. 22(2)). */
export const SMS_CONSENT = defineReason<ConsentBasis>()('uk.exemption.sms-consent', {
  kind: 'exempt',
  facts: { consentAt: 'when the recipient consented', proof: 'its proof reference, if recorded', consentEnds: 'when it stops counting, if known' },
  example: { consentAt: '2026-06-30T18:00:00+01:00' },
  message: (f) => ({ en: `The recipient consented on ${f.consentAt} to marketing texts from this sender.`, fr: `Le destinataire a consenti le ${f.consentAt} aux SMS de prospection de cet expéditeur.` }),
});

/** The soft opt-in of an existing customer or, for charities, a supporter (reg. 22(3), (3A)). */
export const SOFT_OPT_IN = defineReason<{ since: string; charity: boolean }>()('uk.exemption.soft-opt-in', {
  kind: 'exempt',
  facts: { since: 'when the details were obtained from the recipient', charity: 'true for a charity supporter (reg. 22(3A), from 2026-02-05)' },
  example: { since: '2025-12-01T12:00:00Z', charity: false },
  message: (f) => ({
    en: `Soft opt-in: details obtained from the recipient as a ${f.charity ? 'supporter' : 'customer'} on ${f.since}; market only similar ${f.charity ? 'charitable purposes' : 'products'} and offer a free refusal in every message.`,
    fr: `« Soft opt-in » : coordonnées obtenues du destinataire comme ${f.charity ? 'soutien' : 'client'} le ${f.since} ; ne promouvoir que des ${f.charity ? 'causes analogues' : 'produits analogues'} et offrir un refus gratuit dans chaque message.`,
  }),
});

export const textConsent: Rule = defineRule({
  id: 'uk.sms',
  inForce: { from: '2003-12-11' },
  citations: [PECR_22, DUAA_114],
  statement: {
    en: 'No marketing text to an individual subscriber without their consent, except the soft opt-in: an existing customer (details obtained in a sale or negotiations), for the sender\'s similar products, with a free refusal offered each time; charities have their own soft opt-in from 5 February 2026. Corporate subscribers are outside reg. 22.',
    fr: "Aucun SMS de prospection vers un abonné particulier sans son consentement, sauf le « soft opt-in » : client existant (coordonnées obtenues lors d'une vente ou de négociations), pour des produits analogues de l'expéditeur, avec un refus gratuit offert à chaque fois ; les associations caritatives ont le leur depuis le 5 février 2026. Les personnes morales sont hors de la reg. 22.",
  },
  reading: {
    en: "A `customer` event of this advertiser (any kind) is the soft opt-in: the host answers for its conditions (similar products, refusal offered). For `sector: 'charity'` a supporter recorded as `customer` counts only from 2026-02-05. An objection on SMS ends both (uk.objection). Consent must cover SMS: a consent to calls does not (ICO).",
    fr: "Un événement `customer` de cet annonceur (quel qu'il soit) vaut « soft opt-in » : l'hôte répond de ses conditions. Pour `sector: 'charity'`, un soutien enregistré comme `customer` ne compte qu'à partir du 2026-02-05. Une opposition par SMS met fin aux deux (uk.objection). Le consentement doit couvrir le SMS : un consentement aux appels ne suffit pas (ICO).",
  },
  unverified: {
    en: 'VERIFIED-2nd (reg. 22 from verbatim copies; DUAA s. 114 content from law-firm summaries, its commencement VERIFIED by the team reference).',
    fr: "VERIFIED-2nd (reg. 22 lue dans des copies intégrales ; contenu de l'art. 114 DUAA selon des cabinets, son entrée en vigueur VERIFIED par la référence de l'équipe).",
  },
  reasons: [SMS_CONSENT_MISSING, SMS_CONSENT, SOFT_OPT_IN],
  check(ctx) {
    if (ctx.attempt.channel !== 'sms' || ctx.attempt.purpose === 'non-commercial' || ctx.attempt.recipientKind === 'business') return [];
    const consent = consentInForce(ctx, 'prospecting', 'sms');
    if (consent) return [exempt(SMS_CONSENT, consentFacts(ctx, consent))];
    const charity = ctx.attempt.sector === 'charity';
    const relation = charity && ctx.localDate < CHARITY_SOFT_OPT_IN_FROM ? null : customerRelationship(ctx, { purchase: null, inquiry: null });
    if (relation) return [exempt(SOFT_OPT_IN, { since: ctx.iso(relation.since), charity })];
    return [block(SMS_CONSENT_MISSING, {}, null)];
  },
});
