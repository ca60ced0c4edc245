/**
 * TRLGDCU art. 96.2 (wording of Ley 3/2014): "En ningún caso, las llamadas telefónicas se
 * efectuarán antes de las 9 horas ni más tarde de las 21 horas ni festivos o fines de semana."
 * In the recipient's zone: the Canary Islands run an hour behind the peninsula.
 */
import { defineReason, defineRule, exempt } from '../../core/reason.js';
import type { Rule } from '../../core/rule.js';
import { callingHoursRule, type Span } from '../common/hours.js';
import { isCommercial, verification } from '../eu/rules.js';
import { HOURS_FROM, TRLGDCU_96_2, TRLGDCU_SANCTION } from './citations.js';

/** 09:00 inclusive to 21:00 exclusive, Monday to Friday. */
export const ES_WINDOW: Span = [9 * 60, 21 * 60];

const hours = callingHoursRule({
  id: 'es.hours',
  code: 'es.hours.outside-window',
  closedCodes: { weekend: 'es.hours.weekend', holiday: 'es.hours.public-holiday' },
  inForce: { from: HOURS_FROM },
  citations: [TRLGDCU_96_2],
  week: [[ES_WINDOW], [ES_WINDOW], [ES_WINDOW], [ES_WINDOW], [ES_WINDOW], [], []],
  closedOnHolidays: true,
  statement: {
    en: 'Commercial calls to consumers are allowed only Monday to Friday, 09:00–21:00, never on public holidays or weekends.',
    fr: 'Les appels commerciaux vers les consommateurs ne sont permis que du lundi au vendredi, de 9 h à 21 h, jamais les jours fériés ni le week-end.',
  },
  reading: {
    en: 'Half-open window (21:00 is outside), on the recipient\'s clock; a mobile or non-geographic number without a known region must be inside the window in both Europe/Madrid and Atlantic/Canary (10:00–21:00 peninsular time). "Festivos" is unqualified: national days always, the recipient region\'s days in conservative mode. "En ningún caso": no consent lifts it (covers: outside-hours is ignored). Calls to businesses are outside (art. 96 protects consumers). Prerecorded calls included; SMS are not calls.',
    fr: "Plage semi-ouverte (21:00 exclu), à l'heure du destinataire ; un mobile ou un numéro non géographique sans région connue doit être dans la plage à la fois en Europe/Madrid et en Atlantic/Canary (10:00–21:00 heure péninsulaire). « Festivos » sans précision : jours nationaux toujours, jours de la région du destinataire en mode prudent. « En ningún caso » : aucun consentement ne la lève (covers: outside-hours ignoré). Les appels aux entreprises en sont exclus (l'art. 96 protège les consommateurs). Appels préenregistrés compris ; les SMS ne sont pas des appels.",
  },
  unverified: verification(
    'VERIFIED-2nd',
    'Exact quotation of art. 96.2 identical in several secondary sources (genbeta, xatakamovil, HuffPost); the BOE consolidated TRLGDCU and the in-force date of Ley 3/2014 (2014-06-13) were not opened. The zone (recipient\'s local time) is the protective reading; the text does not name one. Sanction articles (TRLGDCU arts. 46–52) and amounts unverified.',
    "Citation exacte de l'art. 96.2 identique dans plusieurs sources secondaires ; le TRLGDCU consolidé (BOE) et la date d'entrée en vigueur de la Ley 3/2014 non consultés. Le fuseau (heure locale du destinataire) est la lecture protectrice. Articles de sanction (TRLGDCU arts. 46–52) et montants non vérifiés.",
  ),
  applies: (ctx) => ctx.attempt.channel === 'voice' && isCommercial(ctx) && ctx.attempt.recipientKind === 'consumer',
});

/** The hours rule, which also says when a business call is outside it. */
/** A call to a business: TRLGDCU art. 96.2 protects consumers. */
export const BUSINESS = defineReason<{ recipientKind: 'business' }>()('es.exemption.business', {
  kind: 'exempt',
  facts: { recipientKind: "'business': the consumer hours do not apply" },
  example: { recipientKind: 'business' },
  message: () => ({
    en: 'The recipient is a business: the consumer calling hours of TRLGDCU art. 96.2 do not apply.',
    fr: "Le destinataire est une entreprise : les horaires d'appel du TRLGDCU art. 96.2, qui protègent les consommateurs, ne s'appliquent pas.",
  }),
});

export const callingHours: Rule = defineRule({
  ...hours,
  sanctions: [TRLGDCU_SANCTION],
  reasons: [...hours.reasons!, BUSINESS],
  check(ctx) {
    if (ctx.attempt.channel === 'voice' && isCommercial(ctx) && ctx.attempt.recipientKind === 'business') return [exempt(BUSINESS, { recipientKind: 'business' })];
    return hours.check(ctx);
  },
});
