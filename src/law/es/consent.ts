/**
 * Ley 11/2022 General de Telecomunicaciones art. 66.1.b (in force 2023-06-29): end users have the
 * right not to receive unwanted calls for commercial communication, unless they consented before
 * or the call rests on another basis of GDPR art. 6.1 — in practice legitimate interest towards
 * customers (AEPD Circular 1/2023: a relationship that ended, with no request or interaction in
 * the last year, no longer counts). Ley 10/2025: consents renewed every two years.
 */
import { block, defineReason, defineRule, exempt } from '../../core/reason.js';
import type { Rule, RuleContext, RuleOutcome, Text } from '../../core/rule.js';
import type { Citation } from '../../core/types.js';
import { GDPR_ART_6_1_F } from '../eu/citations.js';
import { REASONS, consentFacts, consentInForce, customerBasis, liveCallOptIn, verification, type Consent } from '../eu/rules.js';
import { CIRCULAR_1_2023, LEY_10_2025, LGTEL_66_1_B, OPT_IN_FROM, RENEWAL_FROM } from './citations.js';

/** Legitimate interest towards a customer lasts one year after the relationship or last interaction. */
export const CUSTOMER_YEARS = 1;
/** A consent is renewed every two years (Ley 10/2025). */
export const CONSENT_RENEWAL_YEARS = 2;

/**
 * The consent of this advertiser that counts for a call at the attempt: in force and, from
 * 2025-12-28, less than two years old (Ley 10/2025); null otherwise.
 */
export function currentConsent(ctx: RuleContext): Consent | null {
  const consent = consentInForce(ctx, 'prospecting');
  if (!consent || ctx.localDate < RENEWAL_FROM) return consent;
  return ctx.at < renewalDue(ctx, consent) ? consent : null;
}

/** When a consent must have been renewed. */
const renewalDue = (ctx: RuleContext, consent: Consent) => ctx.toLocal(consent.at).plus({ years: CONSENT_RENEWAL_YEARS }).toMillis();

/** No consent and no customer basis for a live commercial call (Ley 11/2022 art. 66.1.b). */
export const CONSENT_MISSING = defineReason<{ advertiser: string }>()('es.consent.missing', {
  kind: 'block',
  facts: { advertiser: 'the advertiser that needs the consent' },
  example: { advertiser: 'acme' },
  message: () => ({
    en: 'No prior consent of the user to commercial calls from this advertiser, and no customer relationship in the last year (Ley 11/2022 art. 66.1.b).',
    fr: "Aucun consentement préalable de l'usager aux appels commerciaux de cet annonceur, et aucune relation client au cours de la dernière année (Ley 11/2022 art. 66.1.b).",
  }),
});

/** A consent older than the renewal period of Ley 10/2025. */
export const CONSENT_EXPIRED = defineReason<{ consentAt: string; renewBy: string }>()('es.consent.expired', {
  kind: 'block',
  facts: { consentAt: 'the expired consent', renewBy: 'when it had to be renewed' },
  example: { consentAt: '2024-01-15T10:00:00+01:00', renewBy: '2026-01-15T10:00:00+01:00' },
  message: (f) => ({
    en: `The consent of ${f.consentAt} is more than ${CONSENT_RENEWAL_YEARS} years old (since ${f.renewBy}): it must be renewed (Ley 10/2025).`,
    fr: `Le consentement du ${f.consentAt} a plus de ${CONSENT_RENEWAL_YEARS} ans (depuis le ${f.renewBy}) : il doit être renouvelé (Ley 10/2025).`,
  }),
});

const statement: Text = {
  en: 'A commercial call needs the prior consent of the user, unless another basis of GDPR art. 6.1 covers it — for a customer of the advertiser, legitimate interest, which lapses one year after the relationship ended or the last interaction.',
  fr: "Un appel commercial exige le consentement préalable de l'usager, sauf autre base de l'art. 6.1 du RGPD — pour un client de l'annonceur, l'intérêt légitime, qui cesse un an après la fin de la relation ou la dernière interaction.",
};

function consentRule(id: string, inForce: Rule['inForce'], citations: readonly Citation[], renewal: boolean, tag: Text): Rule {
  return defineRule({
    id,
    inForce,
    citations,
    statement: renewal
      ? { en: `${statement.en} A consent must be renewed every ${CONSENT_RENEWAL_YEARS} years.`, fr: `${statement.fr} Un consentement doit être renouvelé tous les ${CONSENT_RENEWAL_YEARS} ans.` }
      : statement,
    reading: {
      en: `Applies to live commercial calls to every end user, businesses included ("usuarios finales"; conservative). Consent: of this advertiser, for voice, not withdrawn or objected to${renewal ? `, given less than ${CONSENT_RENEWAL_YEARS} years before the call (calendar years, recipient's clock; older consents age from their own date)` : ''}. Customer basis: a contract of this advertiser in progress or ended less than ${CUSTOMER_YEARS} year before, or a customer event less than ${CUSTOMER_YEARS} year old; the host vouches for "similar products" and records the call. The Lista Robinson still applies to customer calls.`,
      fr: `S'applique aux appels commerciaux avec agent vers tout usager final, entreprises comprises (« usuarios finales » ; lecture prudente). Consentement : de cet annonceur, pour la voix, non retiré ni suivi d'une opposition${renewal ? `, donné moins de ${CONSENT_RENEWAL_YEARS} ans avant l'appel (années civiles, heure du destinataire ; les consentements antérieurs vieillissent depuis leur date)` : ''}. Base client : un contrat de cet annonceur en cours ou terminé depuis moins d'${CUSTOMER_YEARS} an, ou un événement client de moins d'${CUSTOMER_YEARS} an ; l'hôte garantit les « produits analogues » et enregistre l'appel. La Lista Robinson s'applique encore aux appels aux clients.`,
    },
    unverified: tag,
    reasons: [CONSENT_MISSING, CONSENT_EXPIRED, REASONS.es.consent, REASONS.es.customer, REASONS.es.notProspecting],
    check(ctx) {
      const outside = liveCallOptIn(ctx, 'es');
      if (outside) return outside;
      const consent = consentInForce(ctx, 'prospecting');
      let expired: RuleOutcome | null = null;
      if (consent) {
        const renewBy = renewalDue(ctx, consent);
        if (!renewal || ctx.at < renewBy) return [exempt(REASONS.es.consent, consentFacts(ctx, consent))];
        expired = block(CONSENT_EXPIRED, { consentAt: ctx.iso(consent.at), renewBy: ctx.iso(renewBy) }, null);
      }
      const basis = customerBasis(ctx, 12 * CUSTOMER_YEARS);
      if (basis) return [exempt(REASONS.es.customer, basis)];
      return [expired ?? block(CONSENT_MISSING, { advertiser: ctx.attempt.advertiser }, null)];
    },
  });
}

const tag66 = 'Wording of art. 66.1.a-b read in the BOE consolidated text of Circular 1/2023 that quotes it and in press quotations (elEconomista, alcazardesanjuan.es) that agree; the BOE text of Ley 11/2022 and its final provision were not opened (the date 2023-06-29 — one year after publication on 29/06/2022 — is what the press and the AEPD report). The one-year customer limit is from Circular 1/2023 as reported by secondary sources (sadapaz.com, cmponlinestore.com).';
const tag66Fr = "Libellé de l'art. 66.1.a-b lu dans le texte consolidé BOE de la Circulaire 1/2023 qui le cite et dans des citations de presse concordantes ; le texte BOE de la Ley 11/2022 et sa disposition finale non consultés (la date du 2023-06-29, un an après la publication du 29/06/2022, est celle que rapportent la presse et l'AEPD). La limite d'un an pour les clients vient de la Circulaire 1/2023 selon des sources secondaires.";

export const consent2023 = consentRule('es.consent.2023', { from: OPT_IN_FROM, until: '2025-12-27' }, [LGTEL_66_1_B, CIRCULAR_1_2023, GDPR_ART_6_1_F], false, verification('VERIFIED', tag66, tag66Fr));
export const consent2025 = consentRule('es.consent.2025', { from: RENEWAL_FROM }, [LGTEL_66_1_B, CIRCULAR_1_2023, GDPR_ART_6_1_F, LEY_10_2025], true, verification(
  'VERIFIED-2nd',
  `${tag66} The two-year renewal of Ley 10/2025 is from secondary sources (legaltoday.com, huffingtonpost.es); its article, and whether it applies to consents given before 2025-12-28 or only after the 12-month adaptation period, are unverified: the conservative reading ages every consent from its own date from 2025-12-28.`,
  `${tag66Fr} Le renouvellement tous les deux ans (Ley 10/2025) vient de sources secondaires ; son article, et son application aux consentements antérieurs au 2025-12-28 ou seulement après la période d'adaptation de 12 mois, non vérifiés : lecture prudente, tout consentement vieillit depuis sa date à partir du 2025-12-28.`,
));
