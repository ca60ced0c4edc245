/**
 * Cooldown after a refusal (C. consom. D.223-9 al. 4): when the consumer refuses the solicitation
 * during the conversation, the professional must not contact or attempt to contact them again
 * before sixty full calendar days ("soixante jours calendaires révolus") from that refusal.
 */
import { block, defineReason, defineRule } from '../../core/reason.js';
import type { Rule } from '../../core/rule.js';
import { isoDateOfDay } from '../../time/local.js';
import { CURRENT_TERMS, type DatedTerms } from './d223-9.js';
import { isProspectingCallToConsumer } from './scope.js';

/** Full calendar days after the day of the refusal during which calls are barred (in force now; rules read their row). */
export const COOLDOWN_DAYS = CURRENT_TERMS.cooldownDays;

/** A call during the cooldown after a refusal (the number of days is that of the row in force). */
export const REFUSAL_COOLDOWN = defineReason<{ refusalDate: string; daysSinceRefusal: number; cooldownDays: number; allowedFrom: string }>()('fr.refusal.cooldown', {
  kind: 'block',
  facts: {
    refusalDate: 'local date of the latest refusal',
    daysSinceRefusal: 'full days since that date',
    cooldownDays: 'the cooldown length of the text in force',
    allowedFrom: 'first local date calls may resume',
  },
  example: { refusalDate: '2026-10-05', daysSinceRefusal: 20, cooldownDays: COOLDOWN_DAYS, allowedFrom: '2026-12-05' },
  message: (f) => ({
    en: `The consumer refused this advertiser's call on ${f.refusalDate}; no new call before ${f.allowedFrom} (${f.cooldownDays} full days).`,
    fr: `Le consommateur a refusé l'appel de cet annonceur le ${f.refusalDate} ; aucun nouvel appel avant le ${f.allowedFrom} (${f.cooldownDays} jours révolus).`,
  }),
});

/** The cooldown of one row of D.223-9 (al. 4). */
export const refusalCooldownRule = ({ inForce, citations, cooldownDays: COOLDOWN_DAYS }: DatedTerms, id: string): Rule => defineRule({
  id,
  inForce,
  citations,
  statement: {
    en: `After a consumer refuses a prospecting call, the advertiser may not call them again for ${COOLDOWN_DAYS} calendar days.`,
    fr: `Après un refus du consommateur au cours de l'appel, le professionnel doit s'abstenir de le recontacter pendant ${COOLDOWN_DAYS} jours calendaires révolus.`,
  },
  reading: {
    en: `"Révolus" read strictly: the day of the refusal does not count, so a refusal on local day R blocks until midnight starting day R+${COOLDOWN_DAYS + 1} (day ${COOLDOWN_DAYS} denied, day ${COOLDOWN_DAYS + 1} allowed). Applies to voice calls (D.223-9 governs calls).`,
    fr: `« Révolus » lu strictement : le jour du refus ne compte pas ; un refus le jour local R bloque jusqu'à minuit au début du jour R+${COOLDOWN_DAYS + 1} (jour ${COOLDOWN_DAYS} refusé, jour ${COOLDOWN_DAYS + 1} permis). S'applique aux appels vocaux.`,
  },
  reasons: [REFUSAL_COOLDOWN],
  check(ctx) {
    if (!isProspectingCallToConsumer(ctx)) return [];
    let latest: number | null = null;
    for (const e of ctx.history) {
      if (e.type === 'refusal' && e.advertiser === ctx.attempt.advertiser) latest = e.at; // oldest first: keep the last
    }
    if (latest === null) return [];
    const { clock } = ctx;
    const refusalDay = clock.dayOf(latest);
    const until = clock.plusDays(clock.startOfDayPlus(latest, 0), COOLDOWN_DAYS + 1);
    if (ctx.at >= until) return [];
    const facts = {
      refusalDate: isoDateOfDay(refusalDay),
      daysSinceRefusal: ctx.wall.day - refusalDay,
      cooldownDays: COOLDOWN_DAYS,
      allowedFrom: isoDateOfDay(clock.dayOf(until)),
    };
    return [block(REFUSAL_COOLDOWN, facts, until)];
  },
});
