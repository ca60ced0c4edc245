/**
 * Frequency caps of the "mini-TCPA" states: no more than three commercial solicitation calls
 * from any number to a person over a 24-hour period on the same subject matter or issue —
 * Florida § 501.616(6)(b) (from 2021-07-01), Oklahoma § 775C.4 (from 2022-11-01), Maryland
 * § 14-4502 (calls or text messages, from 2024-01-01).
 */
import { block, defineReason, defineRule } from '../../core/reason.js';
import type { Rule, Text } from '../../core/rule.js';
import { rollingLimit } from '../../core/window.js';
import type { Citation } from '../../core/types.js';
import * as law from './citations.js';
import { inState, isTelemarketing } from './scope.js';

/** At most this many calls or texts… */
export const STATE_MAX_CALLS = 3;
/** …over this rolling period. */
export const STATE_WINDOW_MS = 24 * 3_600_000;

function frequencyCap(id: string, region: string, from: string, citations: readonly Citation[], who: Text, unverified?: Rule['unverified']): Rule {
  const limit = defineReason<{ attemptsInWindow: number; limit: number; windowStart: string; oldestCounted: string }>()(id, {
    kind: 'block',
    facts: {
      attemptsInWindow: 'calls and texts of this advertiser in the last 24 hours',
      limit: `the maximum (${STATE_MAX_CALLS})`,
      windowStart: 'start of the rolling 24 hours',
      oldestCounted: 'the oldest counted attempt',
    },
    example: { attemptsInWindow: 3, limit: STATE_MAX_CALLS, windowStart: '2026-11-23T14:00:00-05:00', oldestCounted: '2026-11-23T15:10:00-05:00' },
    message: (f) => ({
      en: `${who.en}: ${f.attemptsInWindow} calls or texts by this advertiser in the last 24 hours (since ${f.windowStart}); the limit is ${f.limit}.`,
      fr: `${who.fr} : ${f.attemptsInWindow} appels ou SMS de cet annonceur dans les dernières 24 heures (depuis ${f.windowStart}) ; la limite est de ${f.limit}.`,
    }),
  });
  return defineRule({
    id,
    inForce: { from },
    citations,
    statement: {
      en: `${who.en}: no more than ${STATE_MAX_CALLS} commercial solicitation calls to a person over a 24-hour period on the same subject matter, whatever number they come from.`,
      fr: `${who.fr} : pas plus de ${STATE_MAX_CALLS} appels de démarchage vers une personne sur 24 heures pour le même objet, quel que soit le numéro appelant.`,
    },
    reading: {
      en: 'Rolling 24 hours (not a calendar day): an earlier attempt counts when it happened less than 24 hours before. Every attempt counts, answered or not, calls and texts alike, and every marketing contact of the advertiser is one subject (callgate does not know the subject).',
      fr: "24 heures glissantes : une tentative compte si elle a eu lieu moins de 24 heures avant. Toute tentative compte, aboutie ou non, appels et SMS, et tout démarchage de l'annonceur est un même objet.",
    },
    ...(unverified ? { unverified } : {}),
    reasons: [limit],
    check(ctx) {
      if (!isTelemarketing(ctx) || !inState(ctx, region)) return [];
      const windowStart = ctx.at - STATE_WINDOW_MS;
      const calls: number[] = [];
      for (const e of ctx.history) {
        if (e.type === 'attempt' && e.advertiser === ctx.attempt.advertiser) calls.push(e.at);
      }
      // Allowed again when enough counted attempts have left the window.
      const cap = rollingLimit(calls, windowStart, STATE_MAX_CALLS, (at) => at + STATE_WINDOW_MS);
      if (!cap) return [];
      const facts = { attemptsInWindow: cap.counted.length, limit: STATE_MAX_CALLS, windowStart: ctx.iso(windowStart), oldestCounted: ctx.iso(cap.counted[0]!) };
      return [block(limit, facts, cap.until)];
    },
  });
}

export const floridaFrequency = frequencyCap('us.fl.frequency', 'US-FL', law.FL_2021_IN_FORCE, [law.FL_FREQUENCY, law.FL_FTA_PENALTY], { en: 'Florida', fr: 'Floride' });
export const oklahomaFrequency = frequencyCap('us.ok.frequency', 'US-OK', law.OK_TSA_IN_FORCE, [law.OK_HOURS, law.OK_DAMAGES], { en: 'Oklahoma', fr: 'Oklahoma' }, {
  en: 'The cap is verified in secondary sources (dnc.com, ClickPoint citing § 775C.4); the official text was not opened.',
  fr: 'Plafond vérifié dans des sources secondaires ; le texte officiel n’a pas été ouvert.',
});
export const marylandFrequency = frequencyCap('us.md.frequency', 'US-MD', law.MD_IN_FORCE, [law.MD_HOURS, law.MD_PENALTY], { en: 'Maryland', fr: 'Maryland' }, {
  en: 'The cap ("calls or text messages") is from the legislature’s summary of the Act; the paragraph of § 14-4502 was not seen.',
  fr: 'Plafond tiré du résumé législatif ; le paragraphe du § 14-4502 n’a pas été vu.',
});
