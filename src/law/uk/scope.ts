/**
 * What PECR governs: direct marketing (since DUAA 2025 s. 110, the DPA 2018 definition; a "call"
 * includes an attempt). Market research and service messages are not direct marketing. Corporate
 * subscribers keep the TPS (as the CTPS), reg. 19 and reg. 21(A1), but not reg. 22 (texts). No
 * statute sets calling hours: an advisory flags unsociable hours, which Ofcom counts against
 * persistent misuse.
 */
import { advise, defineReason, defineRule, exempt } from '../../core/reason.js';
import type { Rule } from '../../core/rule.js';
import { OFCOM_PERSISTENT_MISUSE, PECR_21, PECR_22 } from './citations.js';

/** The advisory's quiet hours: before 08:00 or from 21:00 local (industry convention, not law). */
export const SOCIABLE_HOURS = [8 * 60, 21 * 60] as const;

/** Market research and service messages are not direct marketing (PECR). */
export const NOT_MARKETING = defineReason<{ purpose: 'non-commercial' }>()('uk.exemption.not-marketing', {
  kind: 'exempt',
  facts: { purpose: "'non-commercial': market research or a service message" },
  example: { purpose: 'non-commercial' },
  message: () => ({ en: 'Not direct marketing (market research or a service message): PECR marketing rules do not apply.', fr: "Pas de la prospection (étude de marché ou message de service) : les règles de prospection du PECR ne s'appliquent pas." }),
});

/** Reg. 22 protects individual subscribers: a text to a corporate subscriber is outside it. */
export const CORPORATE_TEXT = defineReason<{ recipientKind: 'business' }>()('uk.exemption.business', {
  kind: 'exempt',
  facts: { recipientKind: "'business': a corporate subscriber" },
  example: { recipientKind: 'business' },
  message: () => ({ en: 'Text to a corporate subscriber: reg. 22 does not apply (identify the sender and give a contact address).', fr: "SMS à une personne morale : la reg. 22 ne s'applique pas (identifier l'expéditeur et donner une adresse de contact)." }),
});

export const marketingScope: Rule = defineRule({
  id: 'uk.scope',
  inForce: { from: '2003-12-11' },
  citations: [PECR_21, PECR_22],
  statement: {
    en: 'PECR governs direct marketing: market research and service calls are outside it. Texts to corporate subscribers are outside reg. 22.',
    fr: 'Le PECR régit la prospection directe : les études de marché et les appels de service en sont exclus. Les SMS aux personnes morales sont hors de la reg. 22.',
  },
  reading: {
    en: "`recipient.kind: 'business'` is a corporate subscriber (company, LLP, Scottish partnership, public body); a sole trader or partnership is an individual subscriber (`consumer`), the protective reading.",
    fr: "`recipient.kind: 'business'` est une personne morale abonnée (société, LLP, partnership écossais, organisme public) ; un entrepreneur individuel est un abonné particulier (`consumer`), lecture protectrice.",
  },
  reasons: [NOT_MARKETING, CORPORATE_TEXT],
  check(ctx) {
    if (ctx.attempt.purpose === 'non-commercial') return [exempt(NOT_MARKETING, { purpose: 'non-commercial' })];
    if (ctx.attempt.channel === 'sms' && ctx.attempt.recipientKind === 'business') return [exempt(CORPORATE_TEXT, { recipientKind: 'business' })];
    return [];
  },
});

/** Ofcom counts calls at unsociable hours against the caller (persistent-misuse policy). */
export const UNSOCIABLE = defineReason<{ localTime: string }>()('uk.hours.unsociable', {
  kind: 'advisory',
  facts: { localTime: "the recipient's local time (HH:mm)" },
  example: { localTime: '21:20' },
  message: (f) => ({
    en: `${f.localTime} is an unsociable time to call or text (before 08:00 or from 21:00, local): no law forbids it, but the regulator counts it against the caller.`,
    fr: `${f.localTime} est une heure indue pour appeler ou écrire (avant 8 h ou à partir de 21 h, heure locale) : aucune loi ne l'interdit, mais le régulateur le retient contre l'appelant.`,
  }),
});

export const unsociableHours: Rule = defineRule({
  id: 'uk.hours',
  inForce: { from: '2017-03-01' },
  citations: [OFCOM_PERSISTENT_MISUSE],
  sanctions: [],
  statement: {
    en: 'No statute sets calling hours in the UK; Ofcom treats calls at unsociable times as an aggravating factor of persistent misuse.',
    fr: "Aucune loi ne fixe d'horaires d'appel au Royaume-Uni ; l'Ofcom tient les appels à des heures indues pour une circonstance aggravante d'usage abusif.",
  },
  unverified: {
    en: 'VERIFIED-2nd that no statutory hours exist (absence in ICO/Ofcom material read). The 08:00–21:00 advisory window is an industry convention, UNVERIFIED.',
    fr: "VERIFIED-2nd qu'aucun horaire légal n'existe (absence dans les documents ICO/Ofcom lus). La fenêtre indicative 8 h–21 h est un usage du secteur, UNVERIFIED.",
  },
  reasons: [UNSOCIABLE],
  check(ctx) {
    if (ctx.attempt.purpose === 'non-commercial') return [];
    const m = ctx.local.hour * 60 + ctx.local.minute;
    return m < SOCIABLE_HOURS[0] || m >= SOCIABLE_HOURS[1] ? [advise(UNSOCIABLE, { localTime: ctx.local.toFormat('HH:mm') })] : [];
  },
});
