/**
 * Codice privacy art. 130 c. 1–2: automated calling systems without an operator, and SMS/MMS/e-mail
 * for direct marketing, need the contracting party's prior consent (no customer exception for SMS
 * encoded: the soft opt-in of c. 4 concerns e-mail addresses). Caller ID: the code of conduct
 * requires identifiable and callable numbers. GDPR art. 21 objection.
 */
import { EPRIVACY_ART_13, GDPR_ART_21 } from '../eu/citations.js';
import { electronicConsent, objectionRule, verification, withheldNumberRule } from '../eu/rules.js';
import { CODE_FROM, CODE_OF_CONDUCT, CODICE_PRIVACY_130 } from './citations.js';

const tag130 = verification(
  'VERIFIED-2nd',
  'Art. 130 c. 1–2 as summarised by secondary sources and by DPR 26/2022 art. 7 c. 1 (which names automated calls without operator); the normattiva text was not opened.',
  "Art. 130 c. 1–2 selon des sources secondaires et le DPR 26/2022 art. 7 c. 1 (qui vise les appels automatisés sans opérateur) ; texte normattiva non consulté.",
);

export const prerecorded = electronicConsent('prerecorded', {
  cc: 'it', id: 'it.prerecorded', inForce: { from: '2004-01-01' }, citations: [CODICE_PRIVACY_130, EPRIVACY_ART_13], unverified: tag130,
  statement: {
    en: 'Automated calling systems without an operator for direct marketing need the prior consent of the contracting party.',
    fr: "Les systèmes d'appel automatisés sans opérateur à des fins de prospection exigent le consentement préalable de l'abonné.",
  },
  reading: {
    en: 'Applies to `prerecorded: true` calls to any recipient. A consent given before a registration on the Registro pubblico delle opposizioni is revoked by it: record the consent after the registration.',
    fr: "S'applique aux appels `prerecorded: true` vers tout destinataire. Un consentement antérieur à une inscription au Registro pubblico delle opposizioni est révoqué par elle.",
  },
});

export const sms = electronicConsent('sms', {
  cc: 'it', id: 'it.sms', inForce: { from: '2004-01-01' }, citations: [CODICE_PRIVACY_130, EPRIVACY_ART_13], unverified: verification(
    'VERIFIED-2nd',
    'As for automated calls; whether the soft opt-in of art. 130 c. 4 extends to SMS is unverified (conservative: no customer exception).',
    "Comme pour les appels automatisés ; l'extension aux SMS de l'exception de l'art. 130 c. 4 non vérifiée (prudence : pas d'exception client).",
  ),
  statement: {
    en: 'Commercial SMS and MMS need the prior consent of the contracting party.',
    fr: "Les SMS et MMS commerciaux exigent le consentement préalable de l'abonné.",
  },
  reading: {
    en: 'Any recipient; no customer exception (the soft opt-in of c. 4 is read as e-mail only).',
    fr: "Tout destinataire ; pas d'exception client (l'exception du c. 4 est lue comme propre au courrier électronique).",
  },
});

export const withheld = withheldNumberRule({
  cc: 'it', id: 'it.caller-id.withheld', inForce: { from: CODE_FROM }, citations: [CODE_OF_CONDUCT],
  statement: {
    en: 'Telemarketing calls may be made only from identifiable and callable numbers.',
    fr: "Les appels de télémarketing ne peuvent provenir que de numéros identifiables et rappelables.",
  },
  reading: {
    en: 'Any commercial voice call; a missing callerId is a withheld number. Since 2025 operators block calls from abroad presenting Italian numbers (AGCOM 106/25/CONS): present the line\'s own number.',
    fr: "Tout appel vocal commercial ; un callerId absent est un numéro masqué. Depuis 2025 les opérateurs bloquent les appels de l'étranger présentant un numéro italien (AGCOM 106/25/CONS) : présenter le numéro propre de la ligne.",
  },
  unverified: verification(
    'VERIFIED-2nd',
    'Identifiable numbers required by the code of conduct per pmi.it and brocardi.it; the code\'s text was not opened.',
    'Numéros identifiables exigés par le code de conduite selon pmi.it et brocardi.it ; texte du code non consulté.',
  ),
});

export const objection = objectionRule('it', { from: '2018-05-25' }, [GDPR_ART_21], verification(
  'UNVERIFIED',
  'GDPR art. 21 not opened here (well-known text).',
  'RGPD art. 21 non consulté ici (texte connu).',
));
