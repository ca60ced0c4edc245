/**
 * TRLGDCU art. 96.2 (wording of Ley 3/2014): "En ningún caso, las llamadas telefónicas se
 * efectuarán antes de las 9 horas ni más tarde de las 21 horas ni festivos o fines de semana."
 * In the recipient's zone: the Canary Islands run an hour behind the peninsula.
 */
import type { Rule } from '../../core/rule.js';
import { callingHoursRule, holidayOn, isCommercial, verification, windowsLabel, type Hours } from '../eu/rules.js';
import { HOURS_FROM, TRLGDCU_96_2, TRLGDCU_SANCTION } from './citations.js';

/** 09:00 inclusive to 21:00 exclusive, Monday to Friday. */
export const ES_WINDOW: Hours = { from: 9, to: 21 };
const label = windowsLabel([ES_WINDOW]);

const exemptMessages: Rule['messages'] = {
  'es.exemption.business': () => ({
    en: 'The recipient is a business: the consumer calling hours of TRLGDCU art. 96.2 do not apply.',
    fr: "Le destinataire est une entreprise : les horaires d'appel du TRLGDCU art. 96.2, qui protègent les consommateurs, ne s'appliquent pas.",
  }),
};

export const callingHours = callingHoursRule({
  cc: 'es',
  id: 'es.hours',
  inForce: { from: HOURS_FROM },
  citations: [TRLGDCU_96_2],
  sanctions: [TRLGDCU_SANCTION],
  statement: {
    en: `Commercial calls to consumers are allowed only Monday to Friday, ${label}, never on public holidays or weekends.`,
    fr: `Les appels commerciaux vers les consommateurs ne sont permis que du lundi au vendredi, ${label}, jamais les jours fériés ni le week-end.`,
  },
  reading: {
    en: 'Half-open window (21:00 is outside), on the recipient\'s clock; a mobile or non-geographic number without a known region must be inside the window in both Europe/Madrid and Atlantic/Canary (10:00–21:00 peninsular time). "Festivos" is unqualified: national days always, the recipient region\'s days in conservative mode. "En ningún caso": no consent lifts it (covers: outside-hours is ignored). Prerecorded calls included; SMS are not calls.',
    fr: "Plage semi-ouverte (21:00 exclu), à l'heure du destinataire ; un mobile ou un numéro non géographique sans région connue doit être dans la plage à la fois en Europe/Madrid et en Atlantic/Canary (10:00–21:00 heure péninsulaire). « Festivos » sans précision : jours nationaux toujours, jours de la région du destinataire en mode prudent. « En ningún caso » : aucun consentement ne la lève (covers: outside-hours ignoré). Appels préenregistrés compris ; les SMS ne sont pas des appels.",
  },
  unverified: verification(
    'VERIFIED-2nd',
    'Exact quotation of art. 96.2 identical in several secondary sources (genbeta, xatakamovil, HuffPost); the BOE consolidated TRLGDCU and the in-force date of Ley 3/2014 (2014-06-13) were not opened. The zone (recipient\'s local time) is the protective reading; the text does not name one. Sanction articles (TRLGDCU arts. 46–52) and amounts unverified.',
    "Citation exacte de l'art. 96.2 identique dans plusieurs sources secondaires ; le TRLGDCU consolidé (BOE) et la date d'entrée en vigueur de la Ley 3/2014 non consultés. Le fuseau (heure locale du destinataire) est la lecture protectrice. Articles de sanction (TRLGDCU arts. 46–52) et montants non vérifiés.",
  ),
  applies: (ctx) => ctx.attempt.channel === 'voice' && isCommercial(ctx),
  exempt: (ctx) => (ctx.attempt.recipientKind === 'business' ? { kind: 'exempt', code: 'es.exemption.business', facts: { recipientKind: 'business' } } : null),
  exemptMessages,
  day(ctx, day) {
    if (day.weekday >= 6) return { closed: 'weekend' };
    const holiday = holidayOn(ctx, day);
    if (holiday) return { closed: 'public-holiday', holiday };
    return { windows: [ES_WINDOW], label };
  },
});
