/**
 * Prerecorded or synthetic-voice calls (CPCE L.34-5 al. 1): direct prospecting by an automated
 * calling system ("automate d'appel") using the contact details of a natural person who has not
 * consented beforehand is forbidden — in every era, and with no existing-customer exception (that
 * one is for electronic mail only).
 */
import type { Rule } from '../../core/rule.js';
import { L34_5 } from './citations.js';
import { consentAgeing, consentAgeingMessage, consentFacts, consentGap, consentInForce } from './consents.js';
import { objectionInForce } from './objection.js';

export const prerecordedConsent: Rule = {
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
  facts: {
    advertiser: 'the advertiser that needs the consent',
    lastConsent: 'the last consent of this advertiser for voice, or null',
    lastConsentStatus: "'expired' or 'withdrawn' when there was one",
    consentAt: 'the consent relied on (exemption)',
    ageDays: 'age of the consent relied on, in days (fr.consent.ageing)',
  },
  messages: {
    'fr.prerecorded.consent-missing': () => ({
      en: 'A prerecorded or synthetic-voice prospecting call needs the prior consent of the person called (CPCE L.34-5).',
      fr: "Un appel de prospection par automate (voix enregistrée ou synthétique) exige le consentement préalable de la personne appelée (L.34-5 CPCE).",
    }),
    'fr.exemption.consent': (f) => ({
      en: `The person consented on ${f.consentAt} to prospecting calls by this advertiser (automated calls allowed).`,
      fr: `La personne a consenti le ${f.consentAt} à la prospection téléphonique de cet annonceur (automates permis).`,
    }),
    'fr.consent.ageing': consentAgeingMessage,
  },
  check(ctx) {
    const { channel, prerecorded, purpose } = ctx.attempt;
    if (channel !== 'voice' || !prerecorded || purpose === 'non-commercial') return [];
    if (objectionInForce(ctx)) return [];
    const consent = consentInForce(ctx, 'prospecting');
    if (consent) return [{ kind: 'exempt', code: 'fr.exemption.consent', facts: consentFacts(ctx, consent) }, ...consentAgeing(ctx, consent)];
    return [{ kind: 'block', code: 'fr.prerecorded.consent-missing', facts: { advertiser: ctx.attempt.advertiser, ...consentGap(ctx, 'prospecting') }, until: null }];
  },
};
