/**
 * The Telemarketing Rules (Unsolicited Telecommunications Rules, Part III): calling hours, the
 * telemarketer's internal do-not-call list, the number displayed, no calls to emergency lines or
 * health-care facilities, and the predictive-dialer abandonment limits (advisory).
 */
import { advise, block, defineReason, defineRule } from '../../core/reason.js';
import type { Rule } from '../../core/rule.js';
import { callingHoursRule } from '../common/hours.js';
import { objectionReason, objectionRule } from '../common/consent.js';
import { ACT_41_7_4, CRTC_2014_155, UTR_TELEMARKETING } from './citations.js';
import { isTelemarketingCall } from './scope.js';

const SECOND_HAND = {
  en: 'VERIFIED-2nd: read in the CRTC summary "Key Unsolicited Telecommunications Rules" and agreeing secondary sources; the rule number inside Part III could not be opened (crtc.gc.ca/eng/trules-reglest.htm).',
  fr: 'VERIFIED-2nd : lu dans le résumé du CRTC « Principales règles sur les télécommunications non sollicitées » et des sources secondaires concordantes ; le numéro de la règle dans la partie III n\'a pu être ouvert.',
};

/** 09:00–21:30 Monday to Friday, 10:00–18:00 Saturday and Sunday, the consumer's local time. */
export const WEEKDAY_WINDOW = [9 * 60, 21 * 60 + 30] as const;
export const WEEKEND_WINDOW = [10 * 60, 18 * 60] as const;

export const callingHours: Rule = callingHoursRule({
  id: 'ca.hours',
  code: 'ca.hours.outside-window',
  inForce: { from: '2008-09-30' },
  citations: [UTR_TELEMARKETING],
  week: [[WEEKDAY_WINDOW], [WEEKDAY_WINDOW], [WEEKDAY_WINDOW], [WEEKDAY_WINDOW], [WEEKDAY_WINDOW], [WEEKEND_WINDOW], [WEEKEND_WINDOW]],
  applies: isTelemarketingCall,
  statement: {
    en: 'Telemarketing calls only from 9:00 a.m. to 9:30 p.m. on weekdays and from 10:00 a.m. to 6:00 p.m. on Saturdays and Sundays, in the local time of the consumer called.',
    fr: "Appels de télémarketing seulement de 9 h à 21 h 30 en semaine et de 10 h à 18 h le samedi et le dimanche, à l'heure locale du consommateur appelé.",
  },
  reading: {
    en: 'Half-open windows (21:30:00 is outside). No public-holiday closure (the Rules set none). Where an area code spans several zones (418, 807, 306, 250, 867…), the call must be inside the window in every one. Consent does not lift the hours. Prerecorded (ADAD) calls keep the same hours. Applies to business recipients too.',
    fr: "Fenêtres semi-ouvertes (21 h 30 est dehors). Pas de fermeture les jours fériés (les Règles n'en prévoient pas). Quand un indicatif couvre plusieurs fuseaux (418, 807, 306, 250, 867…), l'appel doit être dans la fenêtre dans chacun. Le consentement ne lève pas les heures. Mêmes heures pour les composeurs-messagers. S'applique aussi aux entreprises.",
  },
  unverified: SECOND_HAND,
});

export const internalDoNotCall: Rule = objectionRule({
  id: 'ca.dnc.internal',
  inForce: { from: '2008-09-30' },
  citations: [UTR_TELEMARKETING, CRTC_2014_155, ACT_41_7_4],
  applies: isTelemarketingCall,
  statement: {
    en: "A telemarketer, and its client, keeps an internal do-not-call list: a consumer's request not to be called is added within 14 days and kept for 3 years and 14 days. Callers exempt from the National DNCL keep one too (Telecommunications Act s. 41.7(4)).",
    fr: "Le télévendeur, et son client, tient une liste interne de numéros exclus : la demande d'un consommateur y est inscrite sous 14 jours et conservée 3 ans et 14 jours. Les appelants exemptés de la LNNTE en tiennent une aussi (Loi sur les télécommunications, art. 41.7(4)).",
  },
  reading: {
    en: 'Honoured from the request itself (the 14 days are a processing ceiling) and never expired here (3 years and 14 days is a minimum retention). An objection or withdrawal on the voice channel counts; a later consent to be called lifts it.',
    fr: "Respectée dès la demande (les 14 jours sont un délai maximal de traitement) et sans expiration ici (3 ans et 14 jours est une durée minimale). Une opposition ou un retrait sur le canal voix compte ; un consentement ultérieur la lève.",
  },
  unverified: { en: `s. 41.7(4) VERIFIED (Justice Canada consolidation, per the team reference). ${SECOND_HAND.en} The 14-day period's effective date (CRTC 2014-155) is UNVERIFIED.`, fr: `Art. 41.7(4) VERIFIED. ${SECOND_HAND.fr} La date d'effet des 14 jours (CRTC 2014-155) est UNVERIFIED.` },
  reason: objectionReason('ca.dnc.internal', (at) => ({
    en: `The consumer asked this advertiser not to call on ${at}: the number is on its internal do-not-call list.`,
    fr: `Le consommateur a demandé à cet annonceur de ne plus l'appeler le ${at} : le numéro est sur sa liste interne d'exclusion.`,
  })),
});

/** A telemarketing call that withholds its number (UTR Part III). */
export const WITHHELD = defineReason<Record<never, never>>()('ca.caller-id.withheld', {
  kind: 'block',
  facts: {},
  example: {},
  message: () => ({
    en: 'The call withholds its number: Canadian telemarketing calls must display a number where the caller can be reached.',
    fr: "L'appel masque son numéro : un appel de télémarketing au Canada doit afficher un numéro où l'appelant peut être joint.",
  }),
});

/** A displayed number the consumer may not be able to call back. */
export const UNREACHABLE = defineReason<{ callerId: string }>()('ca.caller-id.unreachable', {
  kind: 'advisory',
  facts: { callerId: 'the number displayed' },
  example: { callerId: '+33612345678' },
  message: (f) => ({
    en: `The number displayed (${f.callerId}) is not a North American number: make sure the consumer can call it back.`,
    fr: `Le numéro affiché (${f.callerId}) n'est pas nord-américain : assurez-vous que le consommateur peut le rappeler.`,
  }),
});

export const callerId: Rule = defineRule({
  id: 'ca.caller-id',
  inForce: { from: '2008-09-30' },
  citations: [UTR_TELEMARKETING],
  statement: {
    en: 'Telemarketers display the originating number, or another number where they can be reached; the number may not be blocked.',
    fr: "Le télévendeur affiche le numéro d'origine, ou un autre numéro où il peut être joint ; le numéro ne peut être masqué.",
  },
  reading: {
    en: 'A withheld number (no `callerId`) is denied. A number outside the North American plan draws an advisory: the Rules want a number where the telemarketer "can be reached", which a consumer may not be able to call.',
    fr: "Un numéro masqué (pas de `callerId`) est refusé. Un numéro hors du plan nord-américain donne un avertissement : les Règles veulent un numéro où le télévendeur « peut être joint », que le consommateur ne peut pas toujours appeler.",
  },
  unverified: SECOND_HAND,
  reasons: [WITHHELD, UNREACHABLE],
  check(ctx) {
    if (!isTelemarketingCall(ctx)) return [];
    const shown = ctx.attempt.callerId;
    if (shown === undefined || shown.trim() === '') return [block(WITHHELD, {}, null)];
    return shown.replace(/[\s().-]/g, '').startsWith('+1') ? [] : [advise(UNREACHABLE, { callerId: shown })];
  },
});

/** No telemarketing call to an emergency line or a health-care facility (UTR Part III). */
export const EMERGENCY_OR_HEALTH = defineReason<{ line: 'emergency-line' | 'healthcare-facility' }>()('ca.recipient.emergency-or-health', {
  kind: 'block',
  facts: { line: "'emergency-line' or 'healthcare-facility'" },
  example: { line: 'healthcare-facility' },
  message: (f) => ({
    en: `The number is ${f.line === 'emergency-line' ? 'an emergency line' : 'a health-care facility'}: no telemarketing call may be made to it.`,
    fr: `Le numéro est ${f.line === 'emergency-line' ? "une ligne d'urgence" : 'un établissement de santé'} : aucun appel de télémarketing ne peut y être fait.`,
  }),
});

export const emergencyAndHealthLines: Rule = defineRule({
  id: 'ca.recipient.emergency-health',
  inForce: { from: '2008-09-30' },
  citations: [UTR_TELEMARKETING],
  statement: {
    en: 'No telemarketing call to an emergency line or a health-care facility; no sequential dialling.',
    fr: "Aucun appel de télémarketing vers une ligne d'urgence ou un établissement de santé ; pas de composition séquentielle.",
  },
  reading: {
    en: "Applies when the host marks the number (`recipient.kind: 'emergency-line' | 'healthcare-facility'`); the engine cannot tell such numbers itself.",
    fr: "S'applique quand l'hôte marque le numéro (`recipient.kind: 'emergency-line' | 'healthcare-facility'`) ; le moteur ne peut pas reconnaître ces numéros lui-même.",
  },
  unverified: SECOND_HAND,
  reasons: [EMERGENCY_OR_HEALTH],
  check(ctx) {
    const line = ctx.attempt.recipientLine;
    if (line === undefined || ctx.attempt.purpose === 'non-commercial') return [];
    return [block(EMERGENCY_OR_HEALTH, { line }, null)];
  },
});

/** The predictive-dialer limits (UTR Part III): an advisory, the engine cannot see the campaign's rate. */
export const ABANDONMENT = defineReason<Record<never, never>>()('ca.dialer.abandonment', {
  kind: 'advisory',
  facts: {},
  example: {},
  message: () => ({
    en: 'Automated dialing: keep abandoned calls at or below 5 % per campaign over 30 days, with an agent on the line within 2 seconds, and a recorded message on abandoned calls.',
    fr: "Numérotation automatique : pas plus de 5 % d'appels abandonnés par campagne sur 30 jours, un agent en ligne dans les 2 secondes, et un message enregistré sur les appels abandonnés.",
  }),
});

export const dialerAbandonment: Rule = defineRule({
  id: 'ca.dialer.abandonment',
  inForce: { from: '2008-09-30' },
  citations: [UTR_TELEMARKETING],
  statement: {
    en: 'A predictive dialer may abandon at most 5 % of the calls answered by a person per campaign over 30 days; a call is abandoned when no agent is on the line within 2 seconds, and then a recorded message identifies the telemarketer with a call-back number.',
    fr: "Un composeur prédictif peut abandonner au plus 5 % des appels décrochés par une personne par campagne sur 30 jours ; un appel est abandonné quand aucun agent n'est en ligne dans les 2 secondes, et un message enregistré identifie alors le télévendeur avec un numéro de rappel.",
  },
  unverified: {
    en: 'VERIFIED-2nd for the 5 % rate (one secondary source) and the 2-second definition (UTR Part I, read); "per campaign over 30 days" and the message are UNVERIFIED. A campaign rate cannot be computed per attempt: advisory only.',
    fr: 'VERIFIED-2nd pour les 5 % (une source secondaire) et la définition des 2 secondes (partie I, lue) ; « par campagne sur 30 jours » et le message sont UNVERIFIED. Un taux de campagne ne se calcule pas par appel : avertissement seulement.',
  },
  reasons: [ABANDONMENT],
  check(ctx) {
    return ctx.attempt.automated && !ctx.attempt.prerecorded && isTelemarketingCall(ctx) ? [advise(ABANDONMENT, {})] : [];
  },
});
