/**
 * Automated calls and SMS (art. 11.7, ePrivacy art. 13(1)-(2)), the visible number (since
 * 2021-07-01) and the objection offered in every call.
 */
import type { Text } from '../../core/rule.js';
import { EPRIVACY_ART_13, GDPR_ART_21 } from '../eu/citations.js';
import { electronicConsent, objectionRule, verification, withheldNumberRule } from '../eu/rules.js';
import { CODE_TELEMARKETING, OPT_IN_FROM, TW_11_7, TW_11_7_ELECTRONIC } from './citations.js';
import { tagStatute, tagStatuteFr } from './optin.js';

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

