/**
 * Who the US telemarketing rules protect, and which state laws apply.
 *
 * "Telephone solicitation" (47 CFR 64.1200(f)(15)) and "telemarketing" (16 CFR 310.2) are calls
 * (and texts, which are calls) to encourage a purchase; the hours and do-not-call rules protect
 * residential subscribers. A call to a business and a call that is not commercial are outside
 * them — but the autodialer rule of 64.1200(a)(1)(iii) protects every wireless number, whoever
 * holds it and whatever the call says (see consent.ts).
 */
import { defineReason, defineRule, exempt } from '../../core/reason.js';
import type { Rule, RuleContext } from '../../core/rule.js';
import { FCC_HOURS, TSR_HOURS } from './citations.js';

/** A commercial call or text to a consumer: the calls the telemarketing rules govern. */
export function isTelemarketing(ctx: RuleContext): boolean {
  return ctx.attempt.recipientKind === 'consumer' && ctx.attempt.purpose !== 'non-commercial';
}

/**
 * True when a state's law applies: the state of the number's area code (FL, OK, CT… presume a
 * call to one of their area codes reaches a resident) or of the recipient's known address.
 */
export function inState(ctx: RuleContext, region: string): boolean {
  return ctx.recipient.regions.includes(region);
}

/**
 * Sent by an automated system (autodialer, SMS platform) or with a prerecorded voice. Texts count
 * as automated: a host cannot type a marketing text without a platform, and the state laws (FL
 * before 2023, OK, MD) cover any "automated system for the selection or dialing" of numbers.
 */
export function isAutomated(ctx: RuleContext): boolean {
  return ctx.attempt.automated || ctx.attempt.prerecorded || ctx.attempt.channel === 'sms';
}

/** The recipient is a business: the consumer telemarketing rules do not apply. */
export const BUSINESS_RECIPIENT = defineReason<{ recipientKind: 'business' }>()('us.exemption.business', {
  kind: 'exempt',
  facts: { recipientKind: "'business': the recipient is out of scope" },
  example: { recipientKind: 'business' },
  message: () => ({
    en: 'The recipient is a business: the consumer telemarketing rules (hours, do-not-call) do not apply.',
    fr: "Le destinataire est une entreprise : les règles de démarchage des consommateurs (horaires, opposition) ne s'appliquent pas.",
  }),
});

/** A non-commercial call is not telemarketing (47 CFR 64.1200(f)(15), 16 CFR 310.2). */
export const NOT_TELEMARKETING = defineReason<{ purpose: 'non-commercial' }>()('us.exemption.not-telemarketing', {
  kind: 'exempt',
  facts: { purpose: "'non-commercial': the call is out of scope" },
  example: { purpose: 'non-commercial' },
  message: () => ({
    en: 'The call is not commercial: the telemarketing rules (hours, do-not-call) do not apply.',
    fr: "L'appel n'est pas commercial : les règles de démarchage (horaires, opposition) ne s'appliquent pas.",
  }),
});

export const telemarketingScope: Rule = defineRule({
  id: 'us.scope',
  inForce: { from: '1992-12-20' },
  citations: [FCC_HOURS, TSR_HOURS],
  statement: {
    en: 'The US calling-hours and do-not-call rules protect consumers (residential subscribers) from telephone solicitations; calls to businesses and non-commercial calls are outside them.',
    fr: "Les règles américaines d'horaires et d'opposition protègent les consommateurs (abonnés résidentiels) contre le démarchage téléphonique ; les appels aux entreprises et les appels non commerciaux en sont exclus.",
  },
  reading: {
    en: 'A recipient of unknown kind is a consumer. A call under a contract is still telemarketing. The consent rule for automated calls and texts still applies to businesses and non-commercial calls (47 CFR 64.1200(a)(1)(iii) protects every wireless number).',
    fr: "Un destinataire de nature inconnue est un consommateur. Un appel lié à un contrat reste du démarchage. La règle de consentement pour les appels et SMS automatisés s'applique aussi aux entreprises et aux appels non commerciaux (47 CFR 64.1200(a)(1)(iii) protège tout numéro mobile).",
  },
  reasons: [BUSINESS_RECIPIENT, NOT_TELEMARKETING],
  check(ctx) {
    if (ctx.attempt.recipientKind === 'business') return [exempt(BUSINESS_RECIPIENT, { recipientKind: 'business' })];
    if (ctx.attempt.purpose === 'non-commercial') return [exempt(NOT_TELEMARKETING, { purpose: 'non-commercial' })];
    return [];
  },
});
