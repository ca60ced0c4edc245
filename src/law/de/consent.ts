/**
 * UWG § 7 Abs. 2: advertising by telephone call to a consumer without their prior express
 * consent ("vorherige ausdrückliche Einwilligung"), or to another market participant without at
 * least their presumed consent, is always an unreasonable nuisance. Nr. 2 until 2022-05-27, Nr. 1
 * since (the old Nr. 1 moved to the Annex, No. 26). § 7a (since 2021-10-01): the consent must be
 * documented when given and the proof kept five years.
 */
import { advise, block, defineReason, defineRule, exempt } from '../../core/reason.js';
import type { Rule, Text } from '../../core/rule.js';
import type { Citation } from '../../core/types.js';
import { REASONS, consentFacts, consentInForce, isLiveCall, liveCallOptIn, objectionStands, verification } from '../eu/rules.js';
import { FAIR_CONTRACTS_2021, RENUMBERED_2022, TELEFONWERBUNG_2009, UWG_20_2009, UWG_20_2013, UWG_20_NR_1, UWG_20_NR_2, UWG_7_2_NR_1, UWG_7_2_NR_2_OLD, UWG_7A } from './citations.js';

const statement: Text = {
  en: 'A promotional call to a consumer needs their prior express consent; to another market participant (a business), at least their presumed consent. A customer relationship is not consent.',
  fr: "Un appel publicitaire vers un consommateur exige son consentement préalable exprès ; vers un autre acteur du marché (une entreprise), au moins son consentement présumé. Une relation client n'est pas un consentement.",
};

const reading: Text = {
  en: "A consent counts when given to this advertiser before the call, for voice, not expired, withdrawn or objected to since. A contract or a customer event does not replace it (the § 7 Abs. 3 customer exception covers electronic mail only). For recipient.kind 'business' the engine cannot judge presumed consent: it exempts the call and says, in an advisory, that the host must have concrete grounds for it (BGH case law). Calls about a contract (purpose 'contract') that advertise are still advertising. Prerecorded calls have their own rule (§ 7 Abs. 2 Nr. 2).",
  fr: "Un consentement compte s'il a été donné à cet annonceur avant l'appel, pour la voix, sans être expiré, retiré ni suivi d'une opposition. Un contrat ou un événement client ne le remplace pas (l'exception client du § 7 Abs. 3 ne vise que le courrier électronique). Pour recipient.kind 'business', le moteur ne peut juger du consentement présumé : il exempte l'appel et rappelle, par un avis, que l'hôte doit en avoir des raisons concrètes (jurisprudence du BGH). Un appel lié à un contrat (purpose 'contract') qui fait de la publicité reste de la publicité. Les appels préenregistrés ont leur propre règle (§ 7 Abs. 2 Nr. 2).",
};

/** No prior express consent of the consumer (UWG § 7 Abs. 2 Nr. 1, Nr. 2 before 2022-05-28). */
export const CONSENT_MISSING = defineReason<{ advertiser: string }>()('de.consent.missing', {
  kind: 'block',
  facts: { advertiser: 'the advertiser that needs the consent' },
  example: { advertiser: 'acme' },
  message: () => ({
    en: 'No prior express consent of the consumer to promotional calls from this advertiser is recorded (UWG § 7 Abs. 2).',
    fr: "Aucun consentement préalable exprès du consommateur aux appels publicitaires de cet annonceur n'est enregistré (UWG § 7 Abs. 2).",
  }),
});

/** A business: its presumed consent is enough (UWG § 7 Abs. 2 Nr. 1, "mutmaßliche Einwilligung"). */
export const BUSINESS = defineReason<{ recipientKind: 'business' }>()('de.exemption.business', {
  kind: 'exempt',
  facts: { recipientKind: "'business': presumed consent is enough" },
  example: { recipientKind: 'business' },
  message: () => ({
    en: 'The recipient is a business: presumed consent is enough (UWG § 7 Abs. 2), no express consent is required.',
    fr: "Le destinataire est une entreprise : un consentement présumé suffit (UWG § 7 Abs. 2), aucun consentement exprès n'est exigé.",
  }),
});

/** What presumed consent needs (BGH case law): the host must have concrete grounds. */
export const PRESUMED_CONSENT = defineReason<{ recipientKind: 'business' }>()('de.business.presumed-consent', {
  kind: 'advisory',
  facts: { recipientKind: "'business'" },
  example: { recipientKind: 'business' },
  message: () => ({
    en: "Presumed consent of a business needs concrete grounds (a real, specific interest of the business in this offer): the host must be able to show them.",
    fr: "Le consentement présumé d'une entreprise suppose des raisons concrètes (un intérêt réel et précis de l'entreprise pour cette offre) : l'hôte doit pouvoir les montrer.",
  }),
});

/** A consent relied on without a proof reference (UWG § 7a). */
export const UNDOCUMENTED = defineReason<{ consentAt: string; keepProofUntil: string }>()('de.consent.undocumented', {
  kind: 'block',
  facts: { consentAt: 'the consent relied on', keepProofUntil: 'five years after this call (§ 7a Abs. 2)' },
  example: { consentAt: '2026-02-10T09:00:00+01:00', keepProofUntil: '2031-11-24T10:00:00+01:00' },
  message: (f) => ({
    en: `The consent of ${f.consentAt} has no proof reference: § 7a UWG requires it to be documented and the proof kept five years.`,
    fr: `Le consentement du ${f.consentAt} n'a pas de référence de preuve : le § 7a UWG exige qu'il soit documenté et sa preuve conservée cinq ans.`,
  }),
});

function consentRule(id: string, inForce: Rule['inForce'], citations: readonly Citation[], sanctions: readonly Citation[], tag: Text): Rule {
  return defineRule({
    id,
    inForce,
    citations,
    sanctions,
    statement,
    reading,
    unverified: tag,
    reasons: [CONSENT_MISSING, REASONS.de.consent, BUSINESS, PRESUMED_CONSENT, REASONS.de.notProspecting],
    check(ctx) {
      const outside = liveCallOptIn(ctx, 'de');
      if (outside) return outside;
      const consent = consentInForce(ctx, 'prospecting');
      if (consent) return [exempt(REASONS.de.consent, consentFacts(ctx, consent))];
      if (ctx.attempt.recipientKind === 'business') return [exempt(BUSINESS, { recipientKind: 'business' }), advise(PRESUMED_CONSENT, { recipientKind: 'business' })];
      return [block(CONSENT_MISSING, { advertiser: ctx.attempt.advertiser }, null)];
    },
  });
}

const tag2009 = verification(
  'VERIFIED-2nd',
  'Wording of the 2009 version of § 7 Abs. 2 Nr. 2 read in secondary sources (medienrecht-24.de, rechtslupe.de) and through § 20 (2009 and 2013 versions, lexetius.com); gesetze-im-internet.de not opened. The date consumer opt-in began (2004 UWG, "Einwilligung" without "vorherige ausdrückliche" until 2009-08-04) is not encoded: the rule starts on 2009-08-04.',
  "Libellé de la version 2009 du § 7 Abs. 2 Nr. 2 lu dans des sources secondaires (medienrecht-24.de, rechtslupe.de) et par le § 20 (versions 2009 et 2013, lexetius.com) ; gesetze-im-internet.de non consulté. Le régime antérieur (UWG 2004) n'est pas encodé : la règle commence le 2009-08-04.",
);
const tag2022 = verification(
  'VERIFIED',
  'Current wording of § 7 Abs. 2 Nr. 1 read in a consolidated copy (lxgesetze.de, version citing the Digitale-Dienste-Gesetz); renumbering on 2022-05-28 from secondary sources. gesetze-im-internet.de itself not opened.',
  'Libellé actuel du § 7 Abs. 2 Nr. 1 lu dans une copie consolidée (lxgesetze.de) ; renumérotation au 2022-05-28 selon des sources secondaires. gesetze-im-internet.de non consulté.',
);

/** 2009-08-04 – 2022-05-27: § 7 Abs. 2 Nr. 2 (old numbering). */
export const consent2009 = consentRule('de.consent.2009', { from: TELEFONWERBUNG_2009, until: '2022-05-27' }, [UWG_7_2_NR_2_OLD], [UWG_20_2009, UWG_20_2013, UWG_20_NR_1], tag2009);
/** Since 2022-05-28: § 7 Abs. 2 Nr. 1. */
export const consent2022 = consentRule('de.consent.2022', { from: RENUMBERED_2022 }, [UWG_7_2_NR_1], [UWG_20_NR_1], tag2022);

/**
 * § 7a UWG: the advertiser must document a consumer's consent to telephone advertising when it is
 * given and keep the proof five years after it was given and after each use. A consent recorded
 * without a proof reference cannot be shown to the Bundesnetzagentur.
 */
export const consentDocumentation: Rule = defineRule({
  id: 'de.consent.documentation',
  inForce: { from: FAIR_CONTRACTS_2021 },
  citations: [UWG_7A],
  sanctions: [UWG_20_NR_2],
  statement: {
    en: "Whoever advertises by phone to a consumer must document the consumer's prior express consent in an appropriate form when it is given, and keep the proof for five years from when it was given and after each use.",
    fr: "Quiconque fait de la publicité par téléphone auprès d'un consommateur doit documenter son consentement préalable exprès sous une forme appropriée au moment où il est donné, et en conserver la preuve cinq ans à compter de son obtention et de chaque utilisation.",
  },
  reading: {
    en: "Conservative: a consent relied on for a call to a consumer without a `proof` reference blocks the call (the advertiser could not show the documentation § 7a requires), whatever the date the consent was given. Keep each proof until five years after the last call that relied on it (facts: keepProofUntil).",
    fr: "Lecture prudente : un consentement invoqué pour appeler un consommateur sans référence de preuve (`proof`) bloque l'appel (l'annonceur ne pourrait montrer la documentation exigée par le § 7a), quelle que soit sa date. Conserver chaque preuve jusqu'à cinq ans après le dernier appel qui l'a invoquée (fait keepProofUntil).",
  },
  unverified: verification(
    'VERIFIED',
    '§ 7a read in a consolidated copy (nwb datenbank) and secondary sources (ra-bock.de, IHK Osnabrück); the 50 000 € fine of § 20 Abs. 1 Nr. 2 read in the AOK legal database copy of § 20. Whether an undocumented consent should block or only warn is a reading (reference, open question 2).',
    "§ 7a lu dans une copie consolidée (nwb datenbank) et des sources secondaires ; l'amende de 50 000 € du § 20 Abs. 1 Nr. 2 lue dans la copie de la base juridique de l'AOK. Bloquer ou seulement avertir est un choix de lecture.",
  ),
  reasons: [UNDOCUMENTED],
  check(ctx) {
    if (!isLiveCall(ctx) || ctx.attempt.recipientKind !== 'consumer' || objectionStands(ctx)) return [];
    const consent = consentInForce(ctx, 'prospecting');
    if (!consent || consent.proof !== undefined) return [];
    return [block(UNDOCUMENTED, { consentAt: ctx.iso(consent.at), keepProofUntil: ctx.iso(ctx.local.plus({ years: 5 }).toMillis()) }, null)];
  },
});
