/**
 * Automated calls (Ley 11/2022 art. 66.1.a; TRLGDCU art. 96.3) and commercial SMS (LSSI art. 21:
 * prior request or express authorisation, except for customers about similar products), and the
 * GDPR art. 21 objection.
 */
import { EPRIVACY_ART_13, GDPR_ART_21, GDPR_ART_83 } from '../eu/citations.js';
import { electronicConsent, objectionRule, verification } from '../eu/rules.js';
import { HOURS_FROM, LGTEL_66_1_A, LGTEL_SANCTION, LSSI_21, LSSI_SANCTION, TRLGDCU_96_3 } from './citations.js';

export const prerecorded = electronicConsent('prerecorded', {
  cc: 'es', id: 'es.prerecorded', inForce: { from: HOURS_FROM },
  citations: [TRLGDCU_96_3, LGTEL_66_1_A, EPRIVACY_ART_13], sanctions: [LGTEL_SANCTION],
  statement: {
    en: 'Automated calls without human intervention for commercial communication need the user\'s prior (express) consent.',
    fr: "Les appels automatisés sans intervention humaine à des fins de communication commerciale exigent le consentement préalable (exprès) de l'usager.",
  },
  reading: {
    en: 'Applies to `prerecorded: true` calls to any recipient; a dialer that connects a live agent is a live call (art. 66.1.b).',
    fr: "S'applique aux appels `prerecorded: true` vers tout destinataire ; un numéroteur qui met en relation un agent relève de l'art. 66.1.b.",
  },
  unverified: verification(
    'VERIFIED',
    'Art. 66.1.a read in the BOE consolidated Circular 1/2023 that quotes it; art. 96.3 TRLGDCU quoted by HuffPost (VERIFIED-2nd); BOE texts not opened.',
    "Art. 66.1.a lu dans la Circulaire 1/2023 consolidée (BOE) qui le cite ; art. 96.3 TRLGDCU cité par HuffPost ; textes BOE non consultés.",
  ),
});

export const sms = electronicConsent('sms', {
  cc: 'es', id: 'es.sms', inForce: { from: '2002-10-12' },
  citations: [LSSI_21, EPRIVACY_ART_13], sanctions: [LSSI_SANCTION], customerException: true,
  statement: {
    en: 'Commercial communications by e-mail or an equivalent electronic means (SMS) need the recipient\'s prior request or express authorisation, except to customers about the sender\'s own products similar to those bought, with a way to object.',
    fr: "Les communications commerciales par courrier électronique ou moyen équivalent (SMS) exigent la demande ou l'autorisation expresse préalable du destinataire, sauf envers des clients pour des produits analogues de l'expéditeur, avec un moyen de s'y opposer.",
  },
  reading: {
    en: 'A customer event or a contract of this advertiser is the art. 21.2 exception; the host vouches for "similar products" and the opt-out.',
    fr: "Un événement client ou un contrat de cet annonceur vaut exception de l'art. 21.2 ; l'hôte garantit les « produits analogues » et le moyen d'opposition.",
  },
  unverified: verification(
    'UNVERIFIED',
    'LSSI art. 21 is cited from memory (Circular 1/2023 refers to art. 21.2, VERIFIED-2nd); the BOE text and the LSSI sanction articles (38–39) were not opened.',
    "LSSI art. 21 cité de mémoire (la Circulaire 1/2023 renvoie à l'art. 21.2) ; texte BOE et articles de sanction (38–39) non consultés.",
  ),
});

export const objection = objectionRule('es', { from: '2018-05-25' }, [GDPR_ART_21], verification(
  'UNVERIFIED',
  'GDPR art. 21 not opened here (well-known text).',
  'RGPD art. 21 non consulté ici (texte connu).',
), [GDPR_ART_83]);
