/**
 * Frequency cap (C. consom. D.223-9 al. 3): the same professional, directly or through anyone
 * acting on its behalf, may not solicit or attempt to solicit the same consumer by phone more
 * than four times over a period of thirty calendar days. Every attempt counts, answered or not,
 * whichever call centre placed it; SMS are not calls.
 */
import { block, defineReason, defineRule } from '../../core/reason.js';
import type { Rule } from '../../core/rule.js';
import { rollingLimit } from '../../core/window.js';
import { CURRENT_TERMS, type DatedTerms } from './d223-9.js';
import { isProspectingCallToConsumer } from './scope.js';

/** At most this many calls or attempts per advertiser… (in force now; rules read their row) */
export const MAX_CALLS = CURRENT_TERMS.maxCalls;
/** …within this many calendar days. */
export const WINDOW_DAYS = CURRENT_TERMS.windowDays;

/** A fifth call or attempt within the window (the numbers are those of the row in force). */
export const FREQUENCY_LIMIT = defineReason<{ attemptsInWindow: number; limit: number; windowDays: number; windowStart: string; oldestCounted: string }>()('fr.frequency.limit', {
  kind: 'block',
  facts: {
    attemptsInWindow: 'voice attempts of this advertiser counted in the window',
    limit: 'the maximum of the text in force',
    windowDays: 'the window length in days',
    windowStart: 'start of the window (exclusive), recipient local time',
    oldestCounted: 'the oldest counted attempt',
  },
  example: { attemptsInWindow: 4, limit: MAX_CALLS, windowDays: WINDOW_DAYS, windowStart: '2026-10-25T09:30:00+01:00', oldestCounted: '2026-11-02T10:15:00+01:00' },
  message: (f) => ({
    en: `${f.attemptsInWindow} calls or attempts by this advertiser since ${f.windowStart}: the limit is ${f.limit} in ${f.windowDays} days.`,
    fr: `${f.attemptsInWindow} appels ou tentatives de cet annonceur depuis le ${f.windowStart} : la limite est de ${f.limit} sur ${f.windowDays} jours.`,
  }),
});

/** The cap of one row of D.223-9 (al. 3). */
export const frequencyCapRule = ({ inForce, citations, maxCalls: MAX_CALLS, windowDays: WINDOW_DAYS }: DatedTerms, id: string): Rule => defineRule({
  id,
  inForce,
  citations,
  statement: {
    en: `An advertiser may call or attempt to call a consumer at most ${MAX_CALLS} times within ${WINDOW_DAYS} calendar days.`,
    fr: `Un professionnel ne peut solliciter ou tenter de solliciter un consommateur par téléphone plus de ${MAX_CALLS} fois sur ${WINDOW_DAYS} jours calendaires.`,
  },
  reading: {
    en: `Rolling window: an earlier voice attempt of the same advertiser counts when it happened after the same local wall-clock time ${WINDOW_DAYS} days before. Every outcome counts (no answer, busy, voicemail, failed). Consent to outside-hours calls and the contract exception do not lift the cap.`,
    fr: `Fenêtre glissante : une tentative vocale antérieure du même annonceur compte si elle a eu lieu après la même heure locale ${WINDOW_DAYS} jours plus tôt. Toute issue compte (non-réponse, occupé, messagerie, échec). Ni le consentement aux appels hors plages ni l'exception contractuelle ne lèvent le plafond.`,
  },
  reasons: [FREQUENCY_LIMIT],
  check(ctx) {
    if (!isProspectingCallToConsumer(ctx)) return [];
    const calls: number[] = [];
    for (const e of ctx.history) {
      if (e.type === 'attempt' && e.channel === 'voice' && e.advertiser === ctx.attempt.advertiser) calls.push(e.at);
    }
    if (calls.length < MAX_CALLS) return [];
    const windowStart = ctx.clock.plusDays(ctx.at, -WINDOW_DAYS);
    // Released WINDOW_DAYS after the counted attempt that must leave, same local wall-clock time.
    const cap = rollingLimit(calls, windowStart, MAX_CALLS, (at) => ctx.clock.plusDays(at, WINDOW_DAYS));
    if (!cap) return [];
    const facts = { attemptsInWindow: cap.counted.length, limit: MAX_CALLS, windowDays: WINDOW_DAYS, windowStart: ctx.iso(windowStart), oldestCounted: ctx.iso(cap.counted[0]!) };
    return [block(FREQUENCY_LIMIT, facts, cap.until)];
  },
});
