/**
 * Switzerland: an opt-out through the telephone directory. A promotional call is unfair (LCD art.
 * 3 al. 1 let. u) to a number marked with the asterisk — and, since 2021, to a number in no
 * directory — unless the person is a customer of the caller or consented; since 2021 the caller
 * shows a directory-listed number it may use (let. v). SMS and automated calls need consent
 * (let. o). No statutory hours or frequency cap.
 */
import { block, defineReason, defineRule, exempt } from '../../core/reason.js';
import type { HistoryEvent, Rule, RuleContext, RuleOutcome, Text } from '../../core/rule.js';
import { consentExemption, customerExemption, objectionReason, objectionRule, optInRule } from '../common/consent.js';
import { consentFacts, consentInForce, customerRelationship } from '../common/history.js';
import { listReasons, oppositionListRule } from '../common/opposition.js';
import { LCD_3_O, LCD_3_U, LCD_3_U_2012, LCD_3_V, LPD_30 } from './citations.js';

export const DIRECTORY_LIST = 'ch-directory';
/** No legal period: an engine default for how long a directory lookup is relied on. */
export const DIRECTORY_MAX_AGE_DAYS = 30;
/** No legal period either: how long a `customer` event keeps the customer exception (engine default). */
export const CUSTOMER_MONTHS = 12;

type Check = Extract<HistoryEvent, { type: 'opposition-check' }>;

const SECOND_HAND: Text = {
  en: 'VERIFIED-2nd: wording from SECO (official summary) and the Swiss Fairness Commission report quoting the 2012 text (legalis.ch); fedlex.admin.ch could not be opened.',
  fr: "VERIFIED-2nd : texte lu chez le SECO (résumé officiel) et dans le rapport de la Commission suisse pour la loyauté citant la version 2012 (legalis.ch) ; fedlex.admin.ch n'a pu être ouvert.",
};

const prospecting = (ctx: RuleContext) => ctx.attempt.purpose === 'prospecting';

/** The customer and consent exceptions of let. u. */
function directoryExemption(ctx: RuleContext): RuleOutcome | null {
  const consent = consentInForce(ctx, 'prospecting', 'voice');
  if (consent) return exempt(CONSENT, { ...consentFacts(ctx, consent), lifts: 'ch.directory' });
  const customer = customerRelationship(ctx, { purchase: CUSTOMER_MONTHS, inquiry: CUSTOMER_MONTHS });
  if (customer) return exempt(CUSTOMER, { basis: customer.basis, since: ctx.iso(customer.since), lifts: 'ch.directory' });
  return null;
}

/** A consent of the person lifts the directory mark (let. u). */
export const CONSENT = consentExemption('ch.exemption.consent', (f) => ({ en: `The person consented on ${f.consentAt} to promotional calls from this advertiser.`, fr: `La personne a consenti le ${f.consentAt} aux appels publicitaires de cet annonceur.` }));
/** A customer of the caller is outside the directory mark (let. u). */
export const CUSTOMER = customerExemption('ch.exemption.customer', (f) => ({ en: `The person is a customer of this advertiser (${f.basis} on ${f.since}): the directory mark does not bar its calls.`, fr: `La personne est cliente de cet annonceur (${f.basis} le ${f.since}) : la mention de l'annuaire n'interdit pas ses appels.` }));

/** The directory's reasons, shared by the 2012 and 2021 versions of let. u. */
const DIRECTORY_REASONS = listReasons({
  name: { en: 'Swiss telephone directory (asterisk: no advertising)', fr: "de l'annuaire suisse (astérisque : pas de publicité)" },
  freshness: { days: DIRECTORY_MAX_AGE_DAYS, count: 'dates' },
  codes: { listed: ['ch.directory.asterisk', 'ch.directory.unlisted'], unchecked: 'ch.directory.unchecked' },
  listedMessages: {
    'ch.directory.unlisted': (f) => ({
      en: `The number is in no directory (looked up ${f.checkedAt}): since 2021 it is protected like an asterisk entry.`,
      fr: `Le numéro ne figure dans aucun annuaire (consulté le ${f.checkedAt}) : depuis 2021 il est protégé comme une inscription avec astérisque.`,
    }),
  },
});

const directoryRule = (since2021: boolean) => oppositionListRule({
  id: since2021 ? 'ch.directory' : 'ch.directory.2012',
  inForce: since2021 ? { from: '2021-01-01' } : { from: '2012-04-01', until: '2020-12-31' },
  citations: [since2021 ? LCD_3_U : LCD_3_U_2012],
  name: { en: 'Swiss telephone directory (asterisk: no advertising)', fr: "de l'annuaire suisse (astérisque : pas de publicité)" },
  lists: [DIRECTORY_LIST],
  freshness: { days: DIRECTORY_MAX_AGE_DAYS, count: 'dates' },
  codes: { listed: ['ch.directory.asterisk', 'ch.directory.unlisted'], unchecked: 'ch.directory.unchecked' },
  // `listed: true` says "protected"; an asterisk (and, from 2021, no entry) protects whatever `listed` says.
  protects: (c: Check) => c.entry === 'asterisk' || (since2021 ? c.entry === 'none' || (c.listed && c.entry !== 'plain') : c.listed && c.entry !== 'none' && c.entry !== 'plain'),
  listedCode: (c: Check) => (c.entry === 'none' ? 'ch.directory.unlisted' : 'ch.directory.asterisk'),
  applies: (ctx) => ctx.attempt.channel === 'voice' && prospecting(ctx),
  exemption: directoryExemption,
  statement: since2021
    ? {
        en: 'No promotional call to a number marked in the directory as not wanting advertising from those with whom the person has no business relationship, nor to a number in no directory (treated as marked), unless the person is a customer of the caller or consented.',
        fr: "Aucun appel publicitaire vers un numéro dont l'inscription à l'annuaire porte la mention refusant la publicité de ceux avec qui la personne n'est pas en relation d'affaires, ni vers un numéro absent de tout annuaire (assimilé), sauf client de l'appelant ou consentement.",
      }
    : {
        en: 'No promotional call to a number whose directory entry carries the mark (asterisk) refusing advertising from third parties.',
        fr: "Aucun appel publicitaire vers un numéro dont l'inscription à l'annuaire porte la mention (astérisque) refusant la publicité de tiers.",
      },
  reading: {
    en: `Record lookups as \`{ list: 'ch-directory', listed, entry: 'plain' | 'asterisk' | 'none' }\`, relied on ${DIRECTORY_MAX_AGE_DAYS} days (engine default, no legal period). Without one the call is denied: most mobiles are in no directory and${since2021 ? '' : ' (from 2021)'} protected. Business numbers are covered (the text says "customer", not consumer). A customer event counts ${CUSTOMER_MONTHS} months (engine default: former customers are unsettled law); a running contract counts while it runs.`,
    fr: `Enregistrer la consultation comme \`{ list: 'ch-directory', listed, entry: 'plain' | 'asterisk' | 'none' }\`, valable ${DIRECTORY_MAX_AGE_DAYS} jours (défaut du moteur, pas de délai légal). Sans elle, l'appel est refusé : la plupart des mobiles sont absents des annuaires et${since2021 ? '' : ' (dès 2021)'} protégés. Les numéros d'entreprises sont couverts. Un événement client vaut ${CUSTOMER_MONTHS} mois (défaut du moteur : les anciens clients sont une question ouverte) ; un contrat en cours vaut tant qu'il court.`,
  },
  unverified: since2021
    ? SECOND_HAND
    : { en: `${SECOND_HAND.en} The 2012 wording protects against "third parties" (Dritten); the engine applies the same customer and consent exceptions as the 2021 wording (the Fairness Commission's reading).`, fr: `${SECOND_HAND.fr} La version 2012 protège contre les « tiers » ; le moteur applique les mêmes exceptions client et consentement que la version 2021 (lecture de la Commission pour la loyauté).` },
  exemptions: [CONSENT, CUSTOMER],
}, DIRECTORY_REASONS);

export const directory2012 = directoryRule(false);
export const directory = directoryRule(true);

/** Only promotional calls are governed (LCD art. 3 al. 1 let. u). */
export const NOT_PROSPECTING = defineReason<{ purpose: string }>()('ch.exemption.not-prospecting', {
  kind: 'exempt',
  facts: { purpose: 'the purpose of the attempt (not prospecting)' },
  example: { purpose: 'non-commercial' },
  message: () => ({ en: 'Not a promotional call: the Swiss advertising rules do not apply.', fr: "Pas un appel publicitaire : les règles suisses sur la publicité ne s'appliquent pas." }),
});

export const scope: Rule = defineRule({
  id: 'ch.scope',
  inForce: { from: '2007-04-01' },
  citations: [LCD_3_U],
  statement: {
    en: 'The directory and caller-number rules govern promotional calls; calls that do not advertise are outside them.',
    fr: "Les règles de l'annuaire et du numéro affiché visent les appels publicitaires ; les appels sans publicité en sont exclus.",
  },
  reasons: [NOT_PROSPECTING],
  check: (ctx) => (prospecting(ctx) ? [] : [exempt(NOT_PROSPECTING, { purpose: ctx.attempt.purpose })]),
});

/** A promotional call must show a directory-listed number (LCD art. 3 al. 1 let. v). */
export const WITHHELD = defineReason<Record<never, never>>()('ch.caller-id.withheld', {
  kind: 'block',
  facts: {},
  example: {},
  message: () => ({ en: 'A promotional call must show a number registered in the directory (LCD art. 3 al. 1 let. v).', fr: "Un appel publicitaire doit afficher un numéro inscrit à l'annuaire (LCD art. 3 al. 1 let. v)." }),
});

/** A number that cannot be in the Swiss directory (let. v). */
export const NOT_SWISS = defineReason<{ callerId: string | undefined }>()('ch.caller-id.not-allowed', {
  kind: 'block',
  facts: { callerId: 'the number shown' },
  example: { callerId: '+33612345678' },
  message: (f) => ({ en: `The number shown (${f.callerId}) is not Swiss, so it cannot be registered in the Swiss directory.`, fr: `Le numéro affiché (${f.callerId}) n'est pas suisse : il ne peut pas être inscrit à l'annuaire suisse.` }),
});

export const callerNumber: Rule = defineRule({
  id: 'ch.caller-id',
  inForce: { from: '2021-01-01' },
  citations: [LCD_3_V],
  statement: {
    en: 'A promotional call shows a telephone number registered in the directory that the caller is entitled to use.',
    fr: "Un appel publicitaire affiche un numéro de téléphone inscrit à l'annuaire que l'appelant a le droit d'utiliser.",
  },
  reading: {
    en: 'A withheld number is denied; so is a number outside +41, which cannot be in the Swiss directory (conservative). Whether the number shown is registered cannot be checked here: the host answers for it.',
    fr: "Un numéro masqué est refusé, ainsi qu'un numéro hors du +41, qui ne peut figurer dans l'annuaire suisse (lecture prudente). L'inscription du numéro affiché ne peut être vérifiée ici : l'hôte en répond.",
  },
  unverified: { en: `${SECOND_HAND.en} The exact wording of let. v (directory of Switzerland or any directory) is UNVERIFIED.`, fr: `${SECOND_HAND.fr} Le texte exact de la let. v (annuaire suisse ou tout annuaire) est UNVERIFIED.` },
  reasons: [WITHHELD, NOT_SWISS],
  check(ctx) {
    if (ctx.attempt.channel !== 'voice' || !prospecting(ctx)) return [];
    const shown = (ctx.attempt.callerId ?? '').replace(/[\s().-]/g, '');
    if (shown === '') return [block(WITHHELD, {}, null)];
    return shown.startsWith('+41') ? [] : [block(NOT_SWISS, { callerId: ctx.attempt.callerId }, null)];
  },
});

const LET_O_UNVERIFIED: Text = {
  en: 'VERIFIED-2nd for the rule (law-firm summaries); the wording of let. o and its date in force (2007-04-01) are UNVERIFIED.',
  fr: "VERIFIED-2nd pour la règle (résumés de cabinets) ; le texte de la let. o et sa date d'entrée en vigueur (2007-04-01) sont UNVERIFIED.",
};
/** A consent to mass advertising (let. o), shared by SMS and automated calls. */
const MASS_CONSENT = consentExemption('ch.exemption.mass-consent', (f) => ({ en: `The recipient consented on ${f.consentAt}.`, fr: `Le destinataire a consenti le ${f.consentAt}.` }));

export const promotionalTexts: Rule = optInRule({
  id: 'ch.sms',
  inForce: { from: '2007-04-01' },
  citations: [LCD_3_O],
  applies: (ctx) => ctx.attempt.channel === 'sms' && prospecting(ctx),
  scope: 'prospecting',
  customers: { purchase: CUSTOMER_MONTHS, inquiry: CUSTOMER_MONTHS },
  statement: {
    en: "Mass advertising by telecommunication (SMS) needs the prior consent of the recipient, except to customers for the sender's similar products with a free refusal offered each time; the sender is identified.",
    fr: "La publicité de masse par télécommunication (SMS) exige le consentement préalable du destinataire, sauf envers des clients pour des produits analogues de l'expéditeur avec un refus gratuit offert à chaque fois ; l'expéditeur est identifié.",
  },
  reading: { en: `A consent covering SMS, or a customer event (${CUSTOMER_MONTHS} months, engine default).`, fr: `Un consentement couvrant le SMS, ou un événement client (${CUSTOMER_MONTHS} mois, défaut du moteur).` },
  unverified: LET_O_UNVERIFIED,
  missing: {
    code: 'ch.sms.consent-missing',
    message: { en: "A promotional SMS needs the recipient's prior consent, or a customer relationship (LCD art. 3 al. 1 let. o).", fr: 'Un SMS publicitaire exige le consentement préalable du destinataire, ou une relation client (LCD art. 3 al. 1 let. o).' },
  },
  exemptions: {
    consent: MASS_CONSENT,
    customer: customerExemption('ch.exemption.mass-customer', (f) => ({ en: `Customer since ${f.since}: similar products only, with a free refusal offered each time.`, fr: `Client depuis le ${f.since} : produits analogues seulement, avec un refus gratuit offert à chaque fois.` })),
  },
});

export const automatedCalls: Rule = optInRule({
  id: 'ch.prerecorded',
  inForce: { from: '2007-04-01' },
  citations: [LCD_3_O],
  applies: (ctx) => ctx.attempt.prerecorded && ctx.attempt.channel === 'voice' && prospecting(ctx),
  scope: 'prerecorded',
  statement: {
    en: 'Mass advertising by automated calls needs the prior consent of the recipient: a promotional call is made by a person.',
    fr: "La publicité de masse par appels automatisés exige le consentement préalable du destinataire : un appel publicitaire est fait par une personne.",
  },
  reading: { en: "Only a consent covering `'prerecorded'` counts; no customer exception (conservative).", fr: "Seul un consentement couvrant `'prerecorded'` compte ; pas d'exception client (lecture prudente)." },
  unverified: LET_O_UNVERIFIED,
  missing: {
    code: 'ch.prerecorded.consent-missing',
    message: { en: "An automated promotional call needs the recipient's prior consent to such calls (LCD art. 3 al. 1 let. o).", fr: 'Un appel publicitaire automatisé exige le consentement préalable du destinataire à de tels appels (LCD art. 3 al. 1 let. o).' },
  },
  exemptions: { consent: MASS_CONSENT },
});

export const objection: Rule = objectionRule({
  id: 'ch.objection',
  reason: objectionReason('ch.objection'),
  inForce: { from: '2007-04-01' },
  citations: [LCD_3_U, LPD_30],
  applies: prospecting,
  statement: {
    en: 'A person who told the caller not to call again has withdrawn any consent and ended the customer exception for advertising.',
    fr: "La personne qui a demandé à l'appelant de ne plus l'appeler a retiré tout consentement et mis fin à l'exception client pour la publicité.",
  },
  unverified: { en: 'VERIFIED-2nd (a Geneva judgment as summarised by a law firm); the LPD article number is UNVERIFIED.', fr: "VERIFIED-2nd (jugement genevois résumé par un cabinet) ; le numéro d'article de la LPD est UNVERIFIED." },
});
