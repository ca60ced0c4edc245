/**
 * The Dutch rule pack (+31): opt-in for telemarketing to natural persons since 2021-07-01
 * (Telecommunicatiewet art. 11.7), with the customer exception (and ex-customers up to three years,
 * Code Telemarketing), the objection offered in every call, a visible number, and consent for
 * automated calls and SMS. No statutory hours, no opposition list (the Bel-me-niet Register closed
 * on 2021-07-01).
 */
import type { Rule, RulePack, Text } from '../../core/rule.js';
import { EPRIVACY_ART_13, GDPR_ART_21 } from '../eu/citations.js';
import {
  consentFacts, consentInForce, customerBasis, electronicConsent, isLiveCall, objectionInForce, objectionRule, verification, withheldNumberRule,
} from '../eu/rules.js';
import { CODE_TELEMARKETING, MEMORANDUM_35421, OPT_IN_FROM, TW_11_7, TW_11_7_ELECTRONIC, TW_15_4 } from './citations.js';

/** Ex-customers may be called for at most three years after the relationship ended (Code Telemarketing). */
export const CUSTOMER_YEARS = 3;

const tagStatute = 'The opt-in and its scope are VERIFIED in the explanatory memorandum (Kamerstukken 35 421 nr. 3, opened); the statutory wording and lid numbers of art. 11.7 on wetten.overheid.nl were not opened.';
const tagStatuteFr = "L'opt-in et sa portée sont VÉRIFIÉS dans l'exposé des motifs (Kamerstukken 35 421 nr. 3, consulté) ; le libellé et les numéros d'alinéa de l'art. 11.7 sur wetten.overheid.nl non consultés.";

export const consent: Rule = {
  id: 'nl.consent',
  inForce: { from: OPT_IN_FROM },
  citations: [TW_11_7, MEMORANDUM_35421, CODE_TELEMARKETING],
  statement: {
    en: 'Telemarketing calls (commercial, idealistic or charitable) to natural persons need their prior express consent, except to customers about the same kind of products or services.',
    fr: "Les appels de télémarketing (commerciaux, idéalistes ou caritatifs) vers des personnes physiques exigent leur consentement préalable exprès, sauf envers des clients pour le même type de produits ou services.",
  },
  reading: {
    en: `Natural persons include sole traders and partnerships, so recipient.kind 'business' is not an exemption (the API cannot tell a sole trader from a company). Consent: of this advertiser, for voice, not withdrawn or objected to. Customer exception: a contract of this advertiser in progress or ended less than ${CUSTOMER_YEARS} years before, or a customer event less than ${CUSTOMER_YEARS} years old (the Code Telemarketing's term; charities' donors and volunteers are customer events). Calls before 2021-07-01 (the Bel-me-niet era) are not encoded.`,
    fr: `Les personnes physiques comprennent les indépendants et sociétés de personnes : recipient.kind 'business' n'est donc pas une exemption (l'API ne distingue pas un indépendant d'une société). Consentement : de cet annonceur, pour la voix, non retiré ni suivi d'une opposition. Exception client : un contrat de cet annonceur en cours ou terminé depuis moins de ${CUSTOMER_YEARS} ans, ou un événement client de moins de ${CUSTOMER_YEARS} ans (délai du Code Telemarketing ; donateurs et bénévoles des associations sont des événements client). Les appels antérieurs au 2021-07-01 (ère du Bel-me-niet) ne sont pas encodés.`,
  },
  unverified: verification(
    'VERIFIED-2nd',
    `${tagStatute} The customer exception is from secondary sources (security.nl, nu.nl, ACM via nd.nl); the 3-year term is self-regulation (reclamecode.nl), not statute.`,
    `${tagStatuteFr} L'exception client vient de sources secondaires ; le délai de 3 ans relève de l'autorégulation (reclamecode.nl), non de la loi.`,
  ),
  facts: { consentAt: 'the consent relied on', contractId: 'the contract relied on', customerAt: 'the customer event relied on' },
  messages: {
    'nl.consent.missing': () => ({
      en: `No prior consent of the recipient to telemarketing calls from this advertiser, and no customer relationship in the last ${CUSTOMER_YEARS} years (Telecommunicatiewet art. 11.7, since 2021-07-01).`,
      fr: `Aucun consentement préalable du destinataire aux appels de télémarketing de cet annonceur, et aucune relation client au cours des ${CUSTOMER_YEARS} dernières années (Telecommunicatiewet art. 11.7, depuis le 2021-07-01).`,
    }),
    'nl.exemption.consent': (f) => ({
      en: `The recipient consented on ${f.consentAt} to telemarketing calls from this advertiser.`,
      fr: `Le destinataire a consenti le ${f.consentAt} aux appels de télémarketing de cet annonceur.`,
    }),
    'nl.exemption.customer': (f) => ({
      en: `Customer of this advertiser (${String(f.contractId ?? f.customerAt)}) within the last ${CUSTOMER_YEARS} years: a call about the same kind of products is allowed.`,
      fr: `Client de cet annonceur (${String(f.contractId ?? f.customerAt)}) au cours des ${CUSTOMER_YEARS} dernières années : un appel sur le même type de produits est permis.`,
    }),
    'nl.exemption.not-prospecting': () => ({
      en: 'The call is not telemarketing: art. 11.7 does not apply.',
      fr: "L'appel n'est pas du télémarketing : l'art. 11.7 ne s'applique pas.",
    }),
  },
  check(ctx) {
    if (ctx.attempt.channel !== 'voice' || ctx.attempt.prerecorded) return [];
    if (ctx.attempt.purpose === 'non-commercial') return [{ kind: 'exempt', code: 'nl.exemption.not-prospecting', facts: { purpose: 'non-commercial' } }];
    if (!isLiveCall(ctx) || objectionInForce(ctx)) return [];
    const c = consentInForce(ctx, 'prospecting');
    if (c) return [{ kind: 'exempt', code: 'nl.exemption.consent', facts: consentFacts(ctx, c) }];
    const basis = customerBasis(ctx, { years: CUSTOMER_YEARS });
    if (basis) return [{ kind: 'exempt', code: 'nl.exemption.customer', facts: basis }];
    return [{ kind: 'block', code: 'nl.consent.missing', facts: { advertiser: ctx.attempt.advertiser }, until: null }];
  },
};

const electronicTag = verification(
  'VERIFIED-2nd',
  `${tagStatute} The ePrivacy split (automated calls, fax, electronic messages need consent; soft opt-in for customers) is described by the memorandum; its application to SMS is the standard reading.`,
  `${tagStatuteFr} La distinction de la directive ePrivacy (automates, fax, messages électroniques : consentement ; exception client) est décrite par l'exposé des motifs ; son application aux SMS est la lecture courante.`,
);
const electronicText = (what: Text): Text => ({
  en: `${what.en} for commercial, idealistic or charitable purposes need the recipient's prior consent.`,
  fr: `${what.fr} à des fins commerciales, idéalistes ou caritatives exigent le consentement préalable du destinataire.`,
});

export const prerecorded = electronicConsent('prerecorded', {
  cc: 'nl', id: 'nl.prerecorded', inForce: { from: '2009-10-01' }, citations: [TW_11_7_ELECTRONIC, EPRIVACY_ART_13],
  statement: electronicText({ en: 'Calls by automated calling systems without human intervention', fr: "Les appels par automate sans intervention humaine" }),
  reading: { en: 'Applies to `prerecorded: true` calls to any recipient.', fr: "S'applique aux appels `prerecorded: true` vers tout destinataire." },
  unverified: electronicTag,
});

export const sms = electronicConsent('sms', {
  cc: 'nl', id: 'nl.sms', inForce: { from: '2009-10-01' }, citations: [TW_11_7_ELECTRONIC, EPRIVACY_ART_13], customerException: true,
  statement: electronicText({ en: 'Electronic messages (SMS)', fr: 'Les messages électroniques (SMS)' }),
  reading: {
    en: 'A customer event or a contract of this advertiser is the soft opt-in (own similar products, opt-out offered at collection and in each message; the host vouches for it).',
    fr: "Un événement client ou un contrat de cet annonceur vaut exception client (produits analogues, opposition offerte à la collecte et dans chaque message ; l'hôte s'en porte garant).",
  },
  unverified: electronicTag,
});

export const withheld = withheldNumberRule({
  cc: 'nl', id: 'nl.caller-id.withheld', inForce: { from: OPT_IN_FROM }, citations: [TW_11_7, CODE_TELEMARKETING],
  statement: {
    en: 'Telemarketing calls may not be made anonymously: the caller\'s number must be shown (and, under the Code Telemarketing, be reachable).',
    fr: "Les appels de télémarketing ne peuvent être anonymes : le numéro de l'appelant doit s'afficher (et, selon le Code Telemarketing, être joignable).",
  },
  reading: {
    en: 'Any commercial voice call, any recipient; a missing callerId is a withheld number. Whether the number is reachable (six months, Code 2024) cannot be checked.',
    fr: 'Tout appel vocal commercial, tout destinataire ; un callerId absent est un numéro masqué. La joignabilité du numéro (six mois, Code 2024) ne peut être vérifiée.',
  },
  unverified: verification(
    'VERIFIED-2nd',
    `"Anoniem bellen mag niet meer" from the ministry as quoted by security.nl, telegraaf, destentor; ${tagStatute}`,
    `« Anoniem bellen mag niet meer » selon le ministère cité par security.nl ; ${tagStatuteFr}`,
  ),
});

export const objection = objectionRule('nl', { from: '2018-05-25' }, [GDPR_ART_21, TW_11_7], verification(
  'VERIFIED-2nd',
  'The right to object offered in every call and honoured at once, customers and earlier consents included, from secondary sources (nu.nl, security.nl, nd.nl); GDPR art. 21 not opened here.',
  "Le droit d'opposition offert à chaque appel et respecté aussitôt, clients et consentements antérieurs compris, selon des sources secondaires ; RGPD art. 21 non consulté ici.",
));

export const nlPack: RulePack = {
  id: 'nl',
  jurisdiction: 'NL',
  calendarCountry: 'NL',
  countries: ['NL'],
  // European Netherlands only; the Caribbean Netherlands (+599) are out of scope.
  locate: () => ({ timeZones: ['Europe/Amsterdam'] }),
  sanctions: [TW_15_4],
  rules: [objection, consent, prerecorded, sms, withheld],
};

export * as citations from './citations.js';
