/**
 * Telecommunicatiewet art. 11.7 as amended by the opt-in act (Kamerstukken 35 421), in force
 * 2021-07-01: telemarketing to natural persons needs their express consent, except to customers
 * about the same kind of products; ex-customers up to three years (Code Telemarketing).
 */
import { block, defineReason, defineRule, exempt } from '../../core/reason.js';
import type { Rule } from '../../core/rule.js';
import { REASONS, consentFacts, consentInForce, customerBasis, liveCallOptIn, verification } from '../eu/rules.js';
import { CODE_TELEMARKETING, MEMORANDUM_35421, OPT_IN_FROM, TW_11_7 } from './citations.js';

/** Ex-customers may be called for at most three years after the relationship ended (Code Telemarketing). */
export const CUSTOMER_YEARS = 3;

export const tagStatute = 'The opt-in and its scope are VERIFIED in the explanatory memorandum (Kamerstukken 35 421 nr. 3, opened); the statutory wording and lid numbers of art. 11.7 on wetten.overheid.nl were not opened.';
export const tagStatuteFr = "L'opt-in et sa portée sont VÉRIFIÉS dans l'exposé des motifs (Kamerstukken 35 421 nr. 3, consulté) ; le libellé et les numéros d'alinéa de l'art. 11.7 sur wetten.overheid.nl non consultés.";

/** No consent, no customer relationship, to a natural person (Tw art. 11.7, from 2021-07-01). */
export const CONSENT_MISSING = defineReason<{ advertiser: string }>()('nl.consent.missing', {
  kind: 'block',
  facts: { advertiser: 'the advertiser that needs the consent' },
  example: { advertiser: 'acme' },
  message: () => ({
      en: `No prior consent of the recipient to telemarketing calls from this advertiser, and no customer relationship in the last ${CUSTOMER_YEARS} years (Telecommunicatiewet art. 11.7, since 2021-07-01).`,
      fr: `Aucun consentement préalable du destinataire aux appels de télémarketing de cet annonceur, et aucune relation client au cours des ${CUSTOMER_YEARS} dernières années (Telecommunicatiewet art. 11.7, depuis le 2021-07-01).`,
  }),
});

/** A legal person is outside the opt-in ("natuurlijke personen"). */
export const LEGAL_PERSON = defineReason<{ legalPerson: true }>()('nl.exemption.business', {
  kind: 'exempt',
  facts: { legalPerson: 'true: the recipient is a legal person' },
  example: { legalPerson: true },
  message: () => ({
    en: 'The recipient is a legal person (recipient.legalPerson): the opt-in of art. 11.7 protects natural persons only.',
    fr: "Le destinataire est une personne morale (recipient.legalPerson) : l'opt-in de l'art. 11.7 ne protège que les personnes physiques.",
  }),
});

export const consent: Rule = defineRule({
  id: 'nl.consent',
  inForce: { from: OPT_IN_FROM },
  citations: [TW_11_7, MEMORANDUM_35421, CODE_TELEMARKETING],
  statement: {
    en: 'Telemarketing calls (commercial, idealistic or charitable) to natural persons need their prior express consent, except to customers about the same kind of products or services.',
    fr: "Les appels de télémarketing (commerciaux, idéalistes ou caritatifs) vers des personnes physiques exigent leur consentement préalable exprès, sauf envers des clients pour le même type de produits ou services.",
  },
  reading: {
    en: `Natural persons include sole traders and partnerships, so recipient.kind 'business' is not an exemption (it cannot tell a sole trader from a company); only recipient.legalPerson: true is. Consent: of this advertiser, for voice, not withdrawn or objected to. Customer exception: a contract of this advertiser in progress or ended less than ${CUSTOMER_YEARS} years before, or a customer event less than ${CUSTOMER_YEARS} years old (the Code Telemarketing's term; charities' donors and volunteers are customer events). Calls before 2021-07-01 (the Bel-me-niet era) are not encoded.`,
    fr: `Les personnes physiques comprennent les indépendants et sociétés de personnes : recipient.kind 'business' n'est donc pas une exemption (il ne distingue pas un indépendant d'une société) ; seul recipient.legalPerson: true l'est. Consentement : de cet annonceur, pour la voix, non retiré ni suivi d'une opposition. Exception client : un contrat de cet annonceur en cours ou terminé depuis moins de ${CUSTOMER_YEARS} ans, ou un événement client de moins de ${CUSTOMER_YEARS} ans (délai du Code Telemarketing ; donateurs et bénévoles des associations sont des événements client). Les appels antérieurs au 2021-07-01 (ère du Bel-me-niet) ne sont pas encodés.`,
  },
  unverified: verification(
    'VERIFIED-2nd',
    `${tagStatute} The customer exception is from secondary sources (security.nl, nu.nl, ACM via nd.nl); the 3-year term is self-regulation (reclamecode.nl), not statute.`,
    `${tagStatuteFr} L'exception client vient de sources secondaires ; le délai de 3 ans relève de l'autorégulation (reclamecode.nl), non de la loi.`,
  ),
  reasons: [CONSENT_MISSING, REASONS.nl.consent, REASONS.nl.customer, LEGAL_PERSON, REASONS.nl.notProspecting],
  check(ctx) {
    const outside = liveCallOptIn(ctx, 'nl');
    if (outside) return outside;
    const c = consentInForce(ctx, 'prospecting');
    if (c) return [exempt(REASONS.nl.consent, consentFacts(ctx, c))];
    // Only a legal person is outside "natuurlijke personen"; a sole trader (recipient.kind 'business' alone) is not.
    if (ctx.attempt.legalPerson) return [exempt(LEGAL_PERSON, { legalPerson: true })];
    const basis = customerBasis(ctx, 12 * CUSTOMER_YEARS);
    if (basis) return [exempt(REASONS.nl.customer, basis)];
    return [block(CONSENT_MISSING, { advertiser: ctx.attempt.advertiser }, null)];
  },
});

