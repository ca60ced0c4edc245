/**
 * SMS under Canada's Anti-Spam Legislation: a commercial electronic message to a telephone
 * account needs express or implied consent (s. 6(1), s. 10), and an unsubscribe request must be
 * honoured (s. 11(3)). No calling hours, no DNCL scrub for SMS (Telecommunications Act s. 41(2)).
 */
import { block, defineReason, defineRule, exempt } from '../../core/reason.js';
import type { Rule } from '../../core/rule.js';
import { customerExemption, type CustomerFacts } from '../common/consent.js';
import { CHARITY, CONSENT, POLITICAL } from './reasons.js';
import { consentFacts, consentInForce, customerRelationship, objectionInForce } from '../common/history.js';
import { ACT_41_2, CASL_10, CASL_11, CASL_20, CASL_6, ECPR_2013_221 } from './citations.js';

/** Implied consent from an existing business relationship (s. 10(10)): purchase 2 years, inquiry 6 months. */
export const CASL_MONTHS = { purchase: 24, inquiry: 6 } as const;

const EXEMPT_SECTORS = { charity: CHARITY, political: POLITICAL } as const;

/** No express or implied consent to a commercial electronic message (s. 6(1)). */
export const CONSENT_MISSING = defineReason<{ requestedAt?: string }>()('ca.casl.consent-missing', {
  kind: 'block',
  facts: { requestedAt: 'when the recipient withdrew consent, if they did' },
  example: {},
  message: () => ({
      en: 'A commercial text message needs the express or implied consent of the recipient (CASL s. 6).',
      fr: 'Un message texte commercial exige le consentement exprès ou tacite du destinataire (LCAP, art. 6).',
  }),
});

/** An unsubscribe request not honoured (s. 11(3)). */
export const UNSUBSCRIBED = defineReason<{ requestedAt: string }>()('ca.casl.unsubscribed', {
  kind: 'block',
  facts: { requestedAt: 'when the recipient unsubscribed' },
  example: { requestedAt: '2026-10-11T20:02:00-04:00' },
  message: (f) => ({
      en: `The recipient unsubscribed on ${f.requestedAt}: no more commercial text messages from this advertiser.`,
      fr: `Le destinataire s'est désabonné le ${f.requestedAt} : plus de messages texte commerciaux de cet annonceur.`,
  }),
});

/** Implied consent from an existing business relationship (s. 10(9)–(10)). */
export const IMPLIED_CONSENT = customerExemption('ca.exemption.implied-consent', (f) => ({
      en: `Implied consent from an existing business relationship (${f.basis} on ${f.since}${f.endsAt ? `, until ${f.endsAt}` : ''}).`,
      fr: `Consentement tacite par une relation d'affaires en cours (${f.basis} le ${f.since}${f.endsAt ? `, jusqu'au ${f.endsAt}` : ''}).`,
}));

/** The messages of s. 6(6) need no consent (quote, transaction, warranty, account information). */
export const TRANSACTIONAL = defineReason<{ purpose: 'contract' }>()('ca.exemption.transactional', {
  kind: 'exempt',
  facts: { purpose: "'contract': a message about a transaction or account" },
  example: { purpose: 'contract' },
  message: () => ({ en: 'A message of CASL s. 6(6) (quote, transaction, warranty, account information): no consent needed.', fr: "Un message de l'art. 6(6) de la LCAP (devis, transaction, garantie, information de compte) : pas de consentement requis." }),
});

export const smsConsent: Rule = defineRule({
  id: 'ca.casl.consent',
  inForce: { from: '2014-07-01' },
  citations: [CASL_6, CASL_10, CASL_11, ECPR_2013_221, ACT_41_2],
  sanctions: [CASL_20],
  statement: {
    en: `No commercial text message without the recipient's express or implied consent. Implied consent: a purchase or contract within ${CASL_MONTHS.purchase / 12} years, an inquiry within ${CASL_MONTHS.inquiry} months. Registered charities raising funds and political contributions are exempt. An unsubscribe request is honoured within 10 business days at most.`,
    fr: `Aucun message texte commercial sans le consentement exprès ou tacite du destinataire. Consentement tacite : achat ou contrat depuis moins de ${CASL_MONTHS.purchase / 12} ans, demande depuis moins de ${CASL_MONTHS.inquiry} mois. Les collectes de fonds des organismes de bienfaisance enregistrés et les contributions politiques sont exemptées. Une demande de désabonnement est respectée sous 10 jours ouvrables au plus.`,
  },
  reading: {
    en: "An unsubscribe (objection or withdrawal on SMS) is honoured at once, not after 10 business days. `purpose: 'contract'` is a message of s. 6(6) (quote requested, transaction, warranty, account information): no consent needed. Business numbers are covered too (any electronic address). Periods are calendar months in the recipient's zone, the anniversary day excluded.",
    fr: "Un désabonnement (opposition ou retrait sur SMS) est respecté aussitôt, pas après 10 jours ouvrables. `purpose: 'contract'` est un message de l'art. 6(6) (devis demandé, transaction, garantie, information de compte) : pas de consentement requis. Les numéros d'entreprises sont couverts aussi. Les délais sont des mois civils dans le fuseau du destinataire, jour anniversaire exclu.",
  },
  unverified: {
    en: 'VERIFIED (CASL and SOR/2013-221 read in the Justice Canada consolidation, per the team reference); not re-opened by this pack\'s author.',
    fr: "VERIFIED (LCAP et DORS/2013-221 lus dans la codification de Justice Canada, selon la référence de l'équipe) ; non rouverts par l'auteur de ce pack.",
  },
  reasons: [CONSENT_MISSING, UNSUBSCRIBED, CONSENT, IMPLIED_CONSENT, TRANSACTIONAL, CHARITY, POLITICAL],
  check(ctx) {
    if (ctx.attempt.channel !== 'sms' || ctx.attempt.purpose === 'non-commercial') return [];
    const stop = objectionInForce(ctx, 'sms');
    if (stop) {
      const requestedAt = ctx.iso(stop.at);
      return [stop.type === 'objection' ? block(UNSUBSCRIBED, { requestedAt }, null) : block(CONSENT_MISSING, { requestedAt }, null)];
    }
    if (ctx.attempt.purpose === 'contract') return [exempt(TRANSACTIONAL, { purpose: 'contract' })];
    const sector = ctx.attempt.sector;
    if (sector !== undefined && sector in EXEMPT_SECTORS) return [exempt(EXEMPT_SECTORS[sector as keyof typeof EXEMPT_SECTORS], { sector })];
    const consent = consentInForce(ctx, 'prospecting', 'sms');
    if (consent) return [exempt(CONSENT, consentFacts(ctx, consent))];
    const ebr = customerRelationship(ctx, { purchase: CASL_MONTHS.purchase, inquiry: CASL_MONTHS.inquiry });
    if (ebr) {
      const facts: CustomerFacts = { basis: ebr.basis, since: ctx.iso(ebr.since) };
      if (ebr.endsAt !== null) facts.endsAt = ctx.iso(ebr.endsAt);
      return [exempt(IMPLIED_CONSENT, facts)];
    }
    return [block(CONSENT_MISSING, {}, null)];
  },
});
