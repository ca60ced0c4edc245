/**
 * SMS under Canada's Anti-Spam Legislation: a commercial electronic message to a telephone
 * account needs express or implied consent (s. 6(1), s. 10), and an unsubscribe request must be
 * honoured (s. 11(3)). No calling hours, no DNCL scrub for SMS (Telecommunications Act s. 41(2)).
 */
import type { Rule } from '../../core/rule.js';
import { consentFacts, consentInForce, customerRelationship, objectionInForce } from '../common/history.js';
import { ACT_41_2, CASL_10, CASL_11, CASL_20, CASL_6, ECPR_2013_221 } from './citations.js';

/** Implied consent from an existing business relationship (s. 10(10)): purchase 2 years, inquiry 6 months. */
export const CASL_MONTHS = { purchase: 24, inquiry: 6 } as const;

const EXEMPT_SECTORS: Readonly<Record<string, string>> = { charity: 'ca.exemption.charity', political: 'ca.exemption.political' };

export const smsConsent: Rule = {
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
  messages: {
    'ca.casl.consent-missing': () => ({
      en: 'A commercial text message needs the express or implied consent of the recipient (CASL s. 6).',
      fr: 'Un message texte commercial exige le consentement exprès ou tacite du destinataire (LCAP, art. 6).',
    }),
    'ca.casl.unsubscribed': (f) => ({
      en: `The recipient unsubscribed on ${String(f.requestedAt)}: no more commercial text messages from this advertiser.`,
      fr: `Le destinataire s'est désabonné le ${String(f.requestedAt)} : plus de messages texte commerciaux de cet annonceur.`,
    }),
    'ca.exemption.consent': (f) => ({ en: `The recipient expressly consented on ${String(f.consentAt)} to receive commercial messages.`, fr: `Le destinataire a consenti expressément le ${String(f.consentAt)} à recevoir des messages commerciaux.` }),
    'ca.exemption.implied-consent': (f) => ({
      en: `Implied consent from an existing business relationship (${String(f.basis)} on ${String(f.since)}${f.endsAt ? `, until ${String(f.endsAt)}` : ''}).`,
      fr: `Consentement tacite par une relation d'affaires en cours (${String(f.basis)} le ${String(f.since)}${f.endsAt ? `, jusqu'au ${String(f.endsAt)}` : ''}).`,
    }),
    'ca.exemption.transactional': () => ({ en: 'A message of CASL s. 6(6) (quote, transaction, warranty, account information): no consent needed.', fr: "Un message de l'art. 6(6) de la LCAP (devis, transaction, garantie, information de compte) : pas de consentement requis." }),
    'ca.exemption.charity': () => ({ en: 'Fundraising message by or for a registered charity: exempt from CASL s. 6 (SOR/2013-221 s. 3(g)).', fr: "Message de collecte de fonds d'un organisme de bienfaisance enregistré : exempté de l'art. 6 (DORS/2013-221, art. 3g))." }),
    'ca.exemption.political': () => ({ en: 'Message soliciting a political contribution: exempt from CASL s. 6 (SOR/2013-221 s. 3(h)).', fr: 'Message sollicitant une contribution politique : exempté de l\'art. 6 (DORS/2013-221, art. 3h)).' }),
  },
  check(ctx) {
    if (ctx.attempt.channel !== 'sms' || ctx.attempt.purpose === 'non-commercial') return [];
    const stop = objectionInForce(ctx, 'sms');
    if (stop) {
      const code = stop.type === 'objection' ? 'ca.casl.unsubscribed' : 'ca.casl.consent-missing';
      return [{ kind: 'block', code, facts: { requestedAt: ctx.iso(stop.at) }, until: null }];
    }
    if (ctx.attempt.purpose === 'contract') return [{ kind: 'exempt', code: 'ca.exemption.transactional', facts: { purpose: 'contract' } }];
    const sector = ctx.attempt.sector;
    if (sector !== undefined && EXEMPT_SECTORS[sector]) return [{ kind: 'exempt', code: EXEMPT_SECTORS[sector]!, facts: { sector } }];
    const consent = consentInForce(ctx, 'prospecting', 'sms');
    if (consent) return [{ kind: 'exempt', code: 'ca.exemption.consent', facts: consentFacts(ctx, consent) }];
    const ebr = customerRelationship(ctx, { purchase: CASL_MONTHS.purchase, inquiry: CASL_MONTHS.inquiry });
    if (ebr) {
      return [{ kind: 'exempt', code: 'ca.exemption.implied-consent', facts: { basis: ebr.basis, since: ctx.iso(ebr.since), endsAt: ebr.endsAt === null ? null : ctx.iso(ebr.endsAt) } }];
    }
    return [{ kind: 'block', code: 'ca.casl.consent-missing', facts: {}, until: null }];
  },
};
