/**
 * Who D.223-9 protects: "la sollicitation d'un consommateur par voie téléphonique à des fins de
 * prospection commerciale". A professional called at work, or a call that is not commercial
 * prospecting, is outside the decree; the decision says so in `exemptions`.
 */
import { defineReason, defineRule, exempt } from '../../core/reason.js';
import type { Rule, RuleContext } from '../../core/rule.js';
import { D223_9, D223_9_IN_FORCE, DECRET_2022_1313 } from './citations.js';

/**
 * True for a voice call prospecting a consumer: the calls D.223-9 governs. Calls under a contract
 * in progress are still prospecting (the decree applies to them, per its notice).
 */
export function isProspectingCallToConsumer(ctx: RuleContext): boolean {
  return ctx.attempt.channel === 'voice' && ctx.attempt.recipientKind === 'consumer' && ctx.attempt.purpose !== 'non-commercial';
}

/**
 * True for prospecting of a consumer "par voie téléphonique" in the sense of C. consom. L.223-1
 * (the opposition list until 2026-08-10, prior consent since, the 2020 energy-renovation ban):
 * one reading for the whole article. By default, voice calls: the words name the telephone as a
 * means of canvassing, the article's own measures (a list of telephone numbers to scrub, calls)
 * are about calls, the DGCCRF presents Bloctel as a list against calls, and SMS prospecting has
 * its own text, CPCE L.34-5 (prior consent, fr.sms). `options.telephonicMeans: 'voice-and-sms'`
 * takes the broad reading (an SMS is sent over the telephone network), which the text does not
 * exclude: SMS then also need a clean Bloctel check, and a consent under L.223-1.
 */
export function isTelephonicProspecting(ctx: RuleContext): boolean {
  const { channel, recipientKind, purpose } = ctx.attempt;
  if (recipientKind !== 'consumer' || purpose === 'non-commercial') return false;
  return channel === 'voice' || ctx.options.telephonicMeans === 'voice-and-sms';
}

/** The recipient is a business: the consumer rules do not apply. */
export const BUSINESS_RECIPIENT = defineReason<{ recipientKind: 'business' }>()('fr.exemption.business', {
  kind: 'exempt',
  facts: { recipientKind: "'business': the recipient is out of scope" },
  example: { recipientKind: 'business' },
  message: () => ({
    en: 'The recipient is a business: consumer prospecting rules do not apply.',
    fr: 'Le destinataire est un professionnel : les règles de prospection des consommateurs ne s’appliquent pas.',
  }),
});

/** A non-commercial call: the prospecting rules do not apply. */
export const NOT_PROSPECTING = defineReason<{ purpose: 'non-commercial' }>()('fr.exemption.not-prospecting', {
  kind: 'exempt',
  facts: { purpose: "'non-commercial': the call is out of scope" },
  example: { purpose: 'non-commercial' },
  message: () => ({
    en: 'The call is not commercial prospecting: prospecting rules do not apply.',
    fr: 'L’appel n’est pas de la prospection commerciale : les règles de prospection ne s’appliquent pas.',
  }),
});

export const prospectingScope: Rule = defineRule({
  id: 'fr.scope',
  inForce: { from: D223_9_IN_FORCE },
  citations: [D223_9, DECRET_2022_1313],
  statement: {
    en: 'The calling rules protect consumers from commercial prospecting; calls to businesses and non-commercial calls are out of their scope.',
    fr: "Les règles d'appel protègent les consommateurs contre la prospection commerciale ; les appels aux professionnels et les appels non commerciaux en sont exclus.",
  },
  reading: {
    en: 'A recipient of unknown kind is a consumer; a call under a contract in progress is still prospecting.',
    fr: "Un destinataire de nature inconnue est un consommateur ; un appel dans le cadre d'un contrat en cours reste de la prospection.",
  },
  reasons: [BUSINESS_RECIPIENT, NOT_PROSPECTING],
  check(ctx) {
    if (ctx.attempt.recipientKind === 'business') return [exempt(BUSINESS_RECIPIENT, { recipientKind: 'business' })];
    if (ctx.attempt.purpose === 'non-commercial') return [exempt(NOT_PROSPECTING, { purpose: 'non-commercial' })];
    return [];
  },
});
