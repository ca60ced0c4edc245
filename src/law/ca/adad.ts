/**
 * Automatic dialing-announcing devices (Unsolicited Telecommunications Rules, Part IV): a
 * recorded or synthetic voice may not be used to solicit without the prior express consent of
 * the person called — charities included, an existing business relationship not enough (CRTC
 * 2014-155 refused it).
 */
import type { Rule } from '../../core/rule.js';
import { consentExemption, optInRule } from '../common/consent.js';
import { CRTC_2014_155, UTR_ADAD } from './citations.js';

/** The person called consented to automated calls (UTR Part IV). */
export const ADAD_CONSENT = consentExemption('ca.exemption.adad-consent', (f) => ({
  en: `The person called consented on ${f.consentAt} to receive prerecorded calls from this advertiser.`,
  fr: `La personne appelée a consenti le ${f.consentAt} à recevoir des appels préenregistrés de cet annonceur.`,
}));

export const prerecordedConsent: Rule = optInRule({
  id: 'ca.adad.consent',
  inForce: { from: '2008-09-30' },
  citations: [UTR_ADAD, CRTC_2014_155],
  applies: (ctx) => ctx.attempt.prerecorded && ctx.attempt.channel === 'voice' && ctx.attempt.purpose === 'prospecting',
  scope: 'prerecorded',
  statement: {
    en: 'No solicitation by an automatic dialing-announcing device (recorded or synthetic voice) without the prior express consent of the person called to receive such calls; charities are not exempt and an existing business relationship is not enough.',
    fr: "Aucune sollicitation par composeur-messager automatique (voix enregistrée ou synthétique) sans le consentement exprès préalable de la personne appelée à recevoir de tels appels ; les organismes de bienfaisance ne sont pas exemptés et une relation d'affaires ne suffit pas.",
  },
  reading: {
    en: "Only a consent covering `'prerecorded'` counts (the CRTC wants an authorization to receive ADAD calls at that number); a consent to be called does not. Non-solicitation calls (`purpose` other than prospecting) are outside this rule.",
    fr: "Seul un consentement couvrant `'prerecorded'` compte (le CRTC veut une autorisation de recevoir des appels par composeur-messager à ce numéro) ; un consentement à être appelé ne suffit pas. Les appels sans sollicitation sont hors de cette règle.",
  },
  unverified: {
    en: 'VERIFIED-2nd: CRTC summary page (read) and secondary tables; the Part IV rule numbers could not be opened.',
    fr: "VERIFIED-2nd : page de résumé du CRTC (lue) et tableaux secondaires ; les numéros des règles de la partie IV n'ont pu être ouverts.",
  },
  missing: {
    code: 'ca.adad.consent-missing',
    message: {
      en: 'A prerecorded solicitation call needs the prior express consent of the person called to receive automated calls.',
      fr: "Un appel de sollicitation préenregistré exige le consentement exprès préalable de la personne appelée à recevoir des appels automatisés.",
    },
  },
  exemptions: { consent: ADAD_CONSENT },
});
