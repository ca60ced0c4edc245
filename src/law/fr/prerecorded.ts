/**
 * Prerecorded or synthetic-voice calls (CPCE L.34-5 al. 1): direct prospecting by an automated
 * calling system ("automate d'appel") using the contact details of a natural person who has not
 * consented beforehand is forbidden — in every era, and with no existing-customer exception (that
 * one is for electronic mail only).
 */
import { block, defineReason, defineRule, exempt } from '../../core/reason.js';
import type { Rule } from '../../core/rule.js';
import { L34_5 } from './citations.js';
import { CONSENT_AGEING, CONSENT_EXEMPTION, CONSENT_GAP_FACTS, consentAgeing, consentExemptionFacts, consentGap, consentInForce, type ConsentGap } from './consents.js';
import { objectionInForce } from './objection.js';

/** A prerecorded or synthetic-voice prospecting call without the prior consent of L.34-5 al. 1. */
export const PRERECORDED_CONSENT_MISSING = defineReason<{ advertiser: string } & ConsentGap>()('fr.prerecorded.consent-missing', {
  kind: 'block',
  facts: { advertiser: 'the advertiser that needs the consent', ...CONSENT_GAP_FACTS },
  example: { advertiser: 'acme', lastConsent: null },
  message: () => ({
    en: 'A prerecorded or synthetic-voice prospecting call needs the prior consent of the person called (CPCE L.34-5).',
    fr: "Un appel de prospection par automate (voix enregistrée ou synthétique) exige le consentement préalable de la personne appelée (L.34-5 CPCE).",
  }),
});

export const prerecordedConsent: Rule = defineRule({
  id: 'fr.prerecorded',
  inForce: { from: L34_5.inForce.from },
  citations: [L34_5],
  // Not L.242-16 (which sanctions L.223-1 to L.223-5): this breach has its own sanction, not encoded yet.
  sanctions: [],
  statement: {
    en: 'Prospecting a natural person with an automated calling machine (recorded or synthetic voice) requires their prior consent.',
    fr: "La prospection directe d'une personne physique au moyen d'un automate d'appel (voix enregistrée ou synthétique) requiert son consentement préalable.",
  },
  reading: {
    en: "Applies to every recipient, businesses included (L.34-5 protects natural persons, and a number rarely tells a legal person's line from a person's), and to calls under a contract (still direct prospecting). The consent is a consent of this advertiser covering voice and prospecting. No customer or contract exception. In the opt-in era the L.223-1 consent is required as well (the same consent event satisfies both).",
    fr: "S'applique à tout destinataire, professionnels compris (L.34-5 protège les personnes physiques, et un numéro distingue rarement la ligne d'une personne morale), et aux appels dans le cadre d'un contrat (toujours de la prospection directe). Le consentement est celui donné à cet annonceur pour la voix et la prospection. Ni exception client ni exception contractuelle. Depuis le 11 août 2026 le consentement de L.223-1 est aussi requis (le même événement vaut pour les deux).",
  },
  reasons: [PRERECORDED_CONSENT_MISSING, CONSENT_EXEMPTION, CONSENT_AGEING],
  check(ctx) {
    const { channel, prerecorded, purpose } = ctx.attempt;
    if (channel !== 'voice' || !prerecorded || purpose === 'non-commercial') return [];
    if (objectionInForce(ctx)) return [];
    const consent = consentInForce(ctx, 'prospecting');
    if (consent) return [exempt(CONSENT_EXEMPTION, consentExemptionFacts(ctx, consent, 'prospecting', channel)), ...consentAgeing(ctx, consent)];
    return [block(PRERECORDED_CONSENT_MISSING, { advertiser: ctx.attempt.advertiser, ...consentGap(ctx, 'prospecting') }, null)];
  },
});
