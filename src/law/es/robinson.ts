/**
 * LOPDGDD art. 23.4: whoever intends to carry out direct marketing must first consult the
 * advertising exclusion systems (the Lista Robinson) that may affect it and exclude those who
 * objected — unless the person consented to receive the communication from that advertiser.
 */
import { exempt } from '../../core/reason.js';
import { GDPR_ART_83 } from '../eu/citations.js';
import { oppositionListRule } from '../common/opposition.js';
import { REASONS, consentFacts, isCommercial, objectionStands, verification } from '../eu/rules.js';
import { currentConsent } from './consent.js';
import { LOPDGDD_23_4, LOPDGDD_FROM } from './citations.js';

/** A Lista Robinson consultation is relied on for 30 days (registrations take effect within 30 days). */
export const ROBINSON_VALID_DAYS = 30;
export const ROBINSON_LIST = 'es-robinson';

export const robinsonList = oppositionListRule({
  id: 'es.robinson',
  codes: { listed: 'es.robinson.listed', unchecked: 'es.robinson.unchecked' },
  lists: [ROBINSON_LIST],
  name: { en: 'Lista Robinson', fr: 'Lista Robinson' },
  freshness: { days: ROBINSON_VALID_DAYS, count: 'elapsed' },
  inForce: { from: LOPDGDD_FROM },
  citations: [LOPDGDD_23_4],
  sanctions: [GDPR_ART_83],
  statement: {
    en: 'Before direct marketing, the advertising exclusion systems (Lista Robinson) must be consulted and the people registered there excluded, unless they consented to receive the communication from this advertiser.',
    fr: "Avant toute prospection directe, les systèmes d'exclusion publicitaire (Lista Robinson) doivent être consultés et les personnes inscrites exclues, sauf si elles ont consenti à recevoir la communication de cet annonceur.",
  },
  reading: {
    en: `Calls (prerecorded included) and SMS, prospecting or to customers, any recipient kind. The latest "${ROBINSON_LIST}" check counts and is relied on for ${ROBINSON_VALID_DAYS} days, to the same wall-clock instant (a registration takes effect within 30 days); a consent of this advertiser for the channel makes the consultation unnecessary (reported as es.exemption.consent). A listed result, even old, still blocks.`,
    fr: `Appels (préenregistrés compris) et SMS, prospection ou clients, tout destinataire. Le dernier contrôle « ${ROBINSON_LIST} » compte et vaut ${ROBINSON_VALID_DAYS} jours, jusqu'au même instant de l'horloge locale (une inscription prend effet sous 30 jours) ; un consentement de cet annonceur pour le canal dispense de la consultation (es.exemption.consent). Un résultat « inscrit », même ancien, bloque toujours.`,
  },
  unverified: verification(
    'VERIFIED-2nd',
    'Art. 23.4 quoted identically by secondary sources (xataka.com, elespanol.com); the BOE text of the LOPDGDD was not opened. The 30-day freshness is the engine\'s reading of "up to 30 days" to update databases (diariodeavisos 2025); the list operator\'s terms were not opened. Sanction: GDPR art. 83 (the LOPDGDD infringement article is unverified).',
    "L'art. 23.4 est cité à l'identique par des sources secondaires ; le texte BOE de la LOPDGDD non consulté. La validité de 30 jours est la lecture du « jusqu'à 30 jours » pour mettre à jour les fichiers ; conditions du gestionnaire de la liste non consultées. Sanction : RGPD art. 83 (l'article d'infraction de la LOPDGDD non vérifié).",
  ),
  // An objection blocks alone (es.objection) and adds no other reason.
  applies: (ctx) => isCommercial(ctx) && !objectionStands(ctx),
  exemption(ctx) {
    const consent = currentConsent(ctx);
    return consent ? exempt(REASONS.es.consent, { ...consentFacts(ctx, consent), lifts: 'es.robinson' }) : null;
  },
  exemptions: [REASONS.es.consent],
});
