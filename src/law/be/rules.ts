/**
 * Belgium: an opt-out regime. A marketing call is allowed unless the subscriber — a person or a
 * company — objected, through the "Ne m'appelez plus" list or to the caller; automated calls and
 * SMS need prior consent. No statutory calling hours or frequency cap (a 2024 proposal for time
 * slots was not retained). Customers are not exempt from the list.
 */
import { advise, defineReason, defineRule, exempt } from '../../core/reason.js';
import type { Rule, RuleContext, Text } from '../../core/rule.js';
import { consentExemption, customerExemption, objectionReason, objectionRule, optInRule } from '../common/consent.js';
import type { ConsentBasis } from '../fr/consents.js';
import { consentFacts, consentInForce } from '../common/history.js';
import { oppositionListRule } from '../common/opposition.js';
import { CDE_VI_110, CDE_XII_13, GDPR_21, SPF_ECONOMIE } from './citations.js';

export const DNCM_LIST = 'be-dncm';
/** The list operator's terms: download the list again at least every 5 days. */
export const DNCM_MAX_AGE_DAYS = 5;

const SECOND_HAND: Text = {
  en: 'VERIFIED-2nd: SPF Economie page (official summary, read) and the list operator; the Justel text of CDE art. VI.110 et seq. could not be opened.',
  fr: "VERIFIED-2nd : page du SPF Economie (résumé officiel, lu) et gestionnaire de la liste ; le texte Justel des art. VI.110 et s. du CDE n'a pu être ouvert.",
};

const prospecting = (ctx: RuleContext) => ctx.attempt.purpose === 'prospecting';

/** Only direct marketing is governed (CDE art. VI.110). */
export const NOT_PROSPECTING = defineReason<{ purpose: string }>()('be.exemption.not-prospecting', {
  kind: 'exempt',
  facts: { purpose: 'the purpose of the attempt (not prospecting)' },
  example: { purpose: 'non-commercial' },
  message: () => ({ en: 'Not direct marketing: the Belgian prospecting rules do not apply.', fr: "Pas du marketing direct : les règles belges de prospection ne s'appliquent pas." }),
});

export const scope: Rule = defineRule({
  id: 'be.scope',
  inForce: { from: '2014-05-31' },
  citations: [SPF_ECONOMIE],
  statement: {
    en: 'The rules govern direct marketing (fundraising and member recruitment included), to people and companies alike; confirming an appointment or informing a customer about a product bought is not direct marketing.',
    fr: "Les règles visent le marketing direct (collecte de fonds et recrutement de membres compris), vers les personnes comme vers les entreprises ; confirmer un rendez-vous ou informer un client d'un problème sur un produit acheté n'en est pas.",
  },
  reading: { en: "`purpose` other than prospecting is outside; `recipient.kind: 'business'` is no exemption.", fr: "Un `purpose` autre que la prospection est hors champ ; `recipient.kind: 'business'` n'exempte pas." },
  unverified: SECOND_HAND,
  reasons: [NOT_PROSPECTING],
  check: (ctx) => (prospecting(ctx) ? [] : [exempt(NOT_PROSPECTING, { purpose: ctx.attempt.purpose })]),
});

/** A consent given after the registration lifts the listing (the person opted back in). */
export const LISTED_CONSENT = defineReason<ConsentBasis & { lifts: string; listedBy: string }>()('be.exemption.consent', {
  kind: 'exempt',
  facts: { consentAt: 'when the subscriber asked to be called', proof: 'its proof reference, if recorded', consentEnds: 'when it stops counting, if known', lifts: 'the rule it lifts (be.opposition)', listedBy: 'the first check that found the number listed (the registration came before it)' },
  example: { consentAt: '2026-10-20T12:00:00+02:00', listedBy: '2026-03-01T09:00:00+01:00', lifts: 'be.opposition' },
  message: (f) => ({
    en: `The subscriber asked this advertiser on ${f.consentAt}, after registering on the list, to be called.`,
    fr: `L'abonné a demandé à cet annonceur le ${f.consentAt}, après son inscription sur la liste, d'être appelé.`,
  }),
});

export const doNotCallMe = oppositionListRule({
  id: 'be.opposition',
  inForce: { from: '2014-05-31' },
  citations: [CDE_VI_110, SPF_ECONOMIE],
  name: { en: '"Ne m\'appelez plus" (Do Not Call Me) list', fr: "« Ne m'appelez plus »" },
  lists: [DNCM_LIST],
  freshness: { days: DNCM_MAX_AGE_DAYS, count: 'elapsed' },
  codes: { listed: 'be.opposition.listed', unchecked: 'be.opposition.unchecked' },
  applies: (ctx) => ctx.attempt.channel === 'voice' && prospecting(ctx),
  exemption(ctx) {
    // A consent lifts a listing only if given after it: the earliest check that found the number
    // listed bounds the registration date from above (DNCM: the person "has opted in" since).
    const consent = consentInForce(ctx, 'prospecting', 'voice');
    if (!consent) return null;
    const firstListed = ctx.history.find((e) => e.type === 'opposition-check' && e.list === DNCM_LIST && e.listed);
    if (!firstListed || consent.at <= firstListed.at) return null;
    return exempt(LISTED_CONSENT, { ...consentFacts(ctx, consent), listedBy: ctx.iso(firstListed.at), lifts: 'be.opposition' });
  },
  statement: {
    en: `No marketing call to a number on the "Ne m'appelez plus" list, whether its holder is a person or a company, unless they asked this advertiser to call after registering. The list is downloaded again at least every ${DNCM_MAX_AGE_DAYS} days.`,
    fr: `Aucun appel publicitaire vers un numéro inscrit sur la liste « Ne m'appelez plus », que son titulaire soit une personne ou une entreprise, sauf s'il a demandé à cet annonceur de l'appeler après son inscription. La liste est retéléchargée au moins tous les ${DNCM_MAX_AGE_DAYS} jours.`,
  },
  reading: {
    en: "A `be-dncm` check is relied on for less than 5 × 24 hours (5 calendar days, not working days; a check dated in the future does not count). Customers are not exempt. A consent counts only if it is later than the first check that found the number listed (the registration date is unknown, the check bounds it). Applies to voice calls only (the list does not cover SMS).",
    fr: "Une vérification `be-dncm` vaut moins de 5 × 24 heures (jours calendaires, pas ouvrables). Les clients ne sont pas exemptés. Un consentement ne compte que s'il est postérieur à la première vérification qui a trouvé le numéro inscrit. Appels vocaux seulement (la liste ne couvre pas les SMS).",
  },
  unverified: { en: `${SECOND_HAND.en} Whether the 5-day download duty is law or only the operator's licence terms is UNVERIFIED. The sanction article cited (XV.83) is UNVERIFIED (the operator cites XIV.78 and XIV.81, an older numbering; fines up to €80,000 reported by the press).`, fr: `${SECOND_HAND.fr} Le caractère légal (ou seulement contractuel) du délai de 5 jours est UNVERIFIED. L'article de sanction cité (XV.83) est UNVERIFIED (le gestionnaire cite XIV.78 et XIV.81, ancienne numérotation ; amendes jusqu'à 80 000 € selon la presse).` },
  exemptions: [LISTED_CONSENT],
});

export const automatedCalls: Rule = optInRule({
  id: 'be.prerecorded',
  inForce: { from: '2014-05-31' },
  citations: [CDE_VI_110, SPF_ECONOMIE],
  applies: (ctx) => ctx.attempt.prerecorded && ctx.attempt.channel === 'voice' && prospecting(ctx),
  scope: 'prerecorded',
  statement: {
    en: 'No automated calling system without human intervention for direct marketing without the prior, free, specific and informed consent of the recipient, withdrawable at any time; the sender bears the burden of proof.',
    fr: "L'utilisation d'un système automatisé d'appel sans intervention humaine à des fins de prospection directe est interdite sans le consentement préalable, libre, spécifique et informé du destinataire, révocable à tout moment ; l'émetteur a la charge de la preuve.",
  },
  reading: {
    en: "A \"specific\" consent: only one covering `'prerecorded'` counts (conservative; the reference accepted any consent to calls). A predictive dialer handing calls to agents is not this rule. Companies are protected too.",
    fr: "Un consentement « spécifique » : seul un consentement couvrant `'prerecorded'` compte (lecture prudente ; la référence admettait tout consentement aux appels). Un composeur prédictif qui passe les appels à des agents n'est pas visé. Les entreprises sont protégées aussi.",
  },
  unverified: { en: `${SECOND_HAND.en} Paragraph number of VI.110 UNVERIFIED.`, fr: `${SECOND_HAND.fr} Numéro de paragraphe de l'art. VI.110 UNVERIFIED.` },
  missing: {
    code: 'be.prerecorded.consent-missing',
    message: {
        en: "An automated marketing call without a live agent needs the recipient's prior, specific consent (CDE art. VI.110).",
        fr: "Un appel publicitaire automatisé sans intervention humaine exige le consentement préalable et spécifique du destinataire (CDE art. VI.110).",
      },
  },
  exemptions: { consent: consentExemption('be.exemption.prerecorded-consent', (f) => ({ en: `The recipient consented on ${f.consentAt} to automated calls from this advertiser.`, fr: `Le destinataire a consenti le ${f.consentAt} aux appels automatisés de cet annonceur.` })) },
});

export const textConsent: Rule = optInRule({
  id: 'be.sms',
  inForce: { from: '2014-05-31' },
  citations: [CDE_XII_13],
  applies: (ctx) => ctx.attempt.channel === 'sms' && prospecting(ctx),
  scope: 'prospecting',
  customers: { purchase: null, inquiry: null },
  statement: {
    en: "Advertising by electronic mail, SMS included, needs the prior, free, specific and informed consent of the recipient; an existing customer may receive offers for the sender's similar products if refusal is offered each time.",
    fr: "La publicité par courrier électronique, SMS compris, exige le consentement préalable, libre, spécifique et informé du destinataire ; un client existant peut recevoir des offres de produits analogues de l'expéditeur si le refus lui est proposé à chaque fois.",
  },
  reading: { en: 'A `customer` event of this advertiser is the soft opt-in (the host answers for "similar products"). Companies are treated like people (conservative).', fr: "Un événement `customer` de cet annonceur vaut exception client (l'hôte répond des « produits analogues »). Les entreprises sont traitées comme les personnes (lecture prudente)." },
  unverified: {
    en: 'UNVERIFIED: art. XII.13 and the royal decree of 4 April 2003 are cited from memory by the team reference; the opt-in for SMS is VERIFIED-2nd (DNCM FAQ).',
    fr: "UNVERIFIED : l'art. XII.13 et l'arrêté royal du 4 avril 2003 sont cités de mémoire par la référence de l'équipe ; l'opt-in pour les SMS est VERIFIED-2nd (FAQ de la DNCM).",
  },
  missing: {
    code: 'be.sms.consent-missing',
    message: { en: "A marketing SMS needs the recipient's prior consent, or an existing customer relationship.", fr: 'Un SMS publicitaire exige le consentement préalable du destinataire, ou une relation client existante.' },
  },
  exemptions: { consent: consentExemption('be.exemption.sms-consent', (f) => ({ en: `The recipient consented on ${f.consentAt} to marketing SMS from this advertiser.`, fr: `Le destinataire a consenti le ${f.consentAt} aux SMS publicitaires de cet annonceur.` })), customer: customerExemption('be.exemption.customer', (f) => ({ en: `Existing customer since ${f.since}: offers for similar products, with refusal offered in every message.`, fr: `Client existant depuis le ${f.since} : offres de produits analogues, avec un refus proposé dans chaque message.` })) },
});

export const objection: Rule = objectionRule({
  id: 'be.objection',
  reason: objectionReason('be.objection'),
  inForce: { from: '2018-05-25' },
  citations: [GDPR_21, CDE_VI_110],
  applies: prospecting,
  statement: {
    en: 'A person may object at any time to direct marketing: once they asked this advertiser not to contact them, it must stop.',
    fr: "Une personne peut s'opposer à tout moment à la prospection : une fois qu'elle a demandé à cet annonceur de ne plus la contacter, il doit cesser.",
  },
  reading: { en: 'Effective at once, per channel, no expiry; a later consent lifts it.', fr: 'Effective aussitôt, par canal, sans expiration ; un consentement ultérieur la lève.' },
  unverified: { en: 'VERIFIED-2nd (GDPR art. 21 is EU law in force; its application to calls read in Belgian press).', fr: "VERIFIED-2nd (l'art. 21 du RGPD est en vigueur ; son application aux appels lue dans la presse belge)." },
});

/** A withheld number: an advisory (no Belgian text found that requires one). */
export const WITHHELD = defineReason<Record<never, never>>()('be.caller-id.withheld', {
  kind: 'advisory',
  facts: {},
  example: {},
  message: () => ({ en: 'The call withholds its number: the advertiser\'s identity may not be concealed; show a number.', fr: "L'appel masque son numéro : l'identité de l'annonceur ne peut être dissimulée ; affichez un numéro." }),
});

export const callerIdentity: Rule = defineRule({
  id: 'be.caller-id',
  inForce: { from: '2014-05-31' },
  citations: [SPF_ECONOMIE],
  statement: {
    en: 'The identity of the company on whose behalf a marketing communication is made may not be concealed.',
    fr: "L'identité de l'entreprise au nom de laquelle la communication publicitaire est faite ne peut être dissimulée.",
  },
  reading: { en: 'No Belgian text found requiring a number to be shown: a withheld number draws an advisory, not a block.', fr: "Aucun texte belge trouvé n'impose d'afficher un numéro : un numéro masqué donne un avertissement, pas un refus." },
  unverified: SECOND_HAND,
  reasons: [WITHHELD],
  check(ctx) {
    return ctx.attempt.channel === 'voice' && prospecting(ctx) && (ctx.attempt.callerId ?? '').trim() === ''
      ? [advise(WITHHELD, {})]
      : [];
  },
});

