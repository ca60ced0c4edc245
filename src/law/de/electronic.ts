/**
 * UWG § 7 Abs. 2 Nr. 2 (Nr. 3 until 2022-05-27): advertising with an automatic calling machine,
 * fax or electronic mail (SMS count as electronic mail) needs the prior express consent of the
 * addressee — any addressee, businesses included. § 7 Abs. 3: electronic mail to an existing
 * customer about the advertiser's own similar goods, with an opt-out at collection and each use.
 * GDPR art. 21 and § 7 Abs. 1 Satz 2: no advertising to someone who recognisably does not want it.
 */
import type { Text } from '../../core/rule.js';
import { EPRIVACY_ART_13, GDPR_ART_21 } from '../eu/citations.js';
import { electronicConsent, objectionRule, verification } from '../eu/rules.js';
import { RENUMBERED_2022, TELEFONWERBUNG_2009, UWG_20_2009, UWG_20_2013, UWG_20_NR_1, UWG_7_1, UWG_7_2_NR_2, UWG_7_2_NR_3_OLD, UWG_7_3 } from './citations.js';

const prerecordedText: Text = {
  en: 'Advertising with an automatic calling machine (no live agent) needs the prior express consent of the addressee, consumer or business.',
  fr: "La publicité au moyen d'un automate d'appel (sans agent) exige le consentement préalable exprès du destinataire, consommateur ou entreprise.",
};
const prerecordedReading: Text = {
  en: "Applies to `prerecorded: true` calls. A predictive dialer that connects a live agent (`automated: true` only) is a telephone call under § 7 Abs. 2 Nr. 1, not an automatic calling machine (the prevailing reading; unverified).",
  fr: "S'applique aux appels `prerecorded: true`. Un numéroteur prédictif qui met en relation un agent (`automated: true` seul) relève du § 7 Abs. 2 Nr. 1 et non de l'automate d'appel (lecture dominante ; non vérifiée).",
};
const prerecordedTag = verification(
  'VERIFIED',
  'Wording of § 7 Abs. 2 Nr. 2 read in a consolidated copy (lxgesetze.de); the 2009 version (Nr. 3) from the lexetius copy of § 20 (2013 version); gesetze-im-internet.de not opened.',
  'Libellé du § 7 Abs. 2 Nr. 2 lu dans une copie consolidée (lxgesetze.de) ; version 2009 (Nr. 3) via la copie lexetius du § 20 ; gesetze-im-internet.de non consulté.',
);

export const prerecorded2009 = electronicConsent('prerecorded', {
  cc: 'de', id: 'de.prerecorded.2009', inForce: { from: TELEFONWERBUNG_2009, until: '2022-05-27' },
  citations: [UWG_7_2_NR_3_OLD, EPRIVACY_ART_13], sanctions: [UWG_20_2009, UWG_20_2013, UWG_20_NR_1],
  statement: prerecordedText, reading: prerecordedReading, unverified: prerecordedTag,
});
export const prerecorded2022 = electronicConsent('prerecorded', {
  cc: 'de', id: 'de.prerecorded.2022', inForce: { from: RENUMBERED_2022 },
  citations: [UWG_7_2_NR_2, EPRIVACY_ART_13], sanctions: [UWG_20_NR_1],
  statement: prerecordedText, reading: prerecordedReading, unverified: prerecordedTag,
});

const smsText: Text = {
  en: 'Advertising by electronic mail, SMS included, needs the prior express consent of the addressee, except to an existing customer whose contact details were obtained in a sale, for the advertiser\'s own similar goods, who did not object and is told at each message how to object.',
  fr: "La publicité par courrier électronique, SMS compris, exige le consentement préalable exprès du destinataire, sauf envers un client existant dont les coordonnées ont été obtenues lors d'une vente, pour des produits analogues de l'annonceur, qui ne s'y est pas opposé et à qui chaque message rappelle comment s'y opposer.",
};
const smsReading: Text = {
  en: 'SMS are electronic mail (the standard reading). A `customer` event or a contract of this advertiser is the customer exception: the host vouches for "similar goods" and the opt-out notice. No fine in § 20 for SMS (injunctions under § 8 UWG only): no sanction cited.',
  fr: "Les SMS sont du courrier électronique (lecture courante). Un événement `customer` ou un contrat de cet annonceur vaut exception client : l'hôte garantit les « produits analogues » et la mention d'opposition. Pas d'amende au § 20 pour les SMS (seulement des actions en cessation, § 8 UWG) : aucune sanction citée.",
};
export const sms = electronicConsent('sms', {
  cc: 'de', id: 'de.sms', inForce: { from: TELEFONWERBUNG_2009 },
  citations: [UWG_7_2_NR_2, UWG_7_3, EPRIVACY_ART_13], sanctions: [],
  statement: smsText, reading: smsReading, customerException: true,
  unverified: verification(
    'VERIFIED-2nd',
    'Text of § 7 Abs. 2 Nr. 2 and Abs. 3 read in a consolidated copy (lxgesetze.de); that SMS are "elektronische Post" is from secondary sources (ipwiki.de). The numbering before 2022-05-28 (Nr. 3) is cited through the current paragraph.',
    "Texte du § 7 Abs. 2 Nr. 2 et Abs. 3 lu dans une copie consolidée (lxgesetze.de) ; l'assimilation des SMS à l'« elektronische Post » vient de sources secondaires (ipwiki.de).",
  ),
});

export const objection = objectionRule('de', { from: '2004-07-08' }, [UWG_7_1, GDPR_ART_21], verification(
  'VERIFIED',
  '§ 7 Abs. 1 Satz 2 read in a consolidated copy (lxgesetze.de); GDPR art. 21 not opened here (well-known text). No fine for this breach in § 20: no sanction cited.',
  '§ 7 Abs. 1 Satz 2 lu dans une copie consolidée (lxgesetze.de) ; RGPD art. 21 non consulté ici. Pas d’amende au § 20 pour ce manquement : aucune sanction citée.',
), []);
