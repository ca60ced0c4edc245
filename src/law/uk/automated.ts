/**
 * Automated calls: recorded marketing needs a consent to automated calls specifically (PECR
 * reg. 19); dialers must not call again within 72 hours a number that received an abandoned call
 * unless an agent is guaranteed (Ofcom's persistent-misuse policy, Communications Act s. 128–131).
 */
import { advise, block, defineReason, defineRule } from '../../core/reason.js';
import type { Rule } from '../../core/rule.js';
import { consentExemption, optInRule } from '../common/consent.js';
import { CA_2003_130, OFCOM_PERSISTENT_MISUSE, PECR_19 } from './citations.js';
import { isMarketingCall } from './calls.js';

/** Ofcom: no repeat automated call within 72 hours of an abandoned call. */
export const ABANDONED_REPEAT_HOURS = 72;

export const recordedMarketing: Rule = optInRule({
  id: 'uk.automated',
  inForce: { from: '2003-12-11' },
  citations: [PECR_19],
  applies: (ctx) => ctx.attempt.prerecorded && isMarketingCall(ctx),
  scope: 'prerecorded',
  statement: {
    en: 'No recorded direct-marketing call by an automated calling system unless the subscriber previously told this caller they consent to such calls on that line; general marketing consent, or consent to live calls, is not enough.',
    fr: "Aucun appel de prospection enregistré par un système d'appel automatisé sans que l'abonné ait auparavant consenti à de tels appels de cet appelant sur cette ligne ; un consentement général à la prospection, ou aux appels en direct, ne suffit pas.",
  },
  reading: {
    en: "Only a consent covering `'prerecorded'` counts. Applies to corporate subscribers too, whatever the TPS. A predictive dialer connecting to a live agent is not an automated calling system for reg. 19 (`automated: true`, `prerecorded: false`).",
    fr: "Seul un consentement couvrant `'prerecorded'` compte. S'applique aussi aux personnes morales, quel que soit le TPS. Un composeur prédictif qui passe l'appel à un agent n'est pas un système automatisé au sens de la reg. 19.",
  },
  unverified: { en: 'VERIFIED-2nd (ICO guidance quoted in secondary sources; reg. 19 wording from copies).', fr: "VERIFIED-2nd (guide de l'ICO cité par des sources secondaires ; texte de la reg. 19 lu dans des copies)." },
  missing: {
    code: 'uk.automated.consent-missing',
    message: {
        en: "A recorded marketing call needs the subscriber's prior consent to automated calls from this caller (PECR reg. 19).",
        fr: "Un appel de prospection enregistré exige le consentement préalable de l'abonné aux appels automatisés de cet appelant (PECR reg. 19).",
      },
  },
  exemptions: { consent: consentExemption('uk.exemption.automated-consent', (f) => ({ en: `The subscriber consented on ${f.consentAt} to recorded calls from this caller.`, fr: `L'abonné a consenti le ${f.consentAt} aux appels enregistrés de cet appelant.` })) },
});

/** No repeat call within 72 hours of an abandoned call without a live agent (Ofcom persistent-misuse policy). */
export const ABANDONED_REPEAT = defineReason<{ abandonedAt: string; until: string }>()('uk.abandoned.repeat-72h', {
  kind: 'block',
  facts: { abandonedAt: 'the abandoned call of this advertiser', until: '72 hours after it' },
  example: { abandonedAt: '2026-11-23T14:05:00Z', until: '2026-11-26T14:05:00Z' },
  message: (f) => ({
    en: `This number received an abandoned call on ${f.abandonedAt}: no automated call before ${f.until} unless a live agent is guaranteed.`,
    fr: `Ce numéro a reçu un appel abandonné le ${f.abandonedAt} : pas d'appel automatisé avant le ${f.until} sauf avec un agent garanti.`,
  }),
});

/** Ofcom's 3 % abandoned-call rate per campaign per 24 hours: an advisory, the engine cannot see the rate. */
export const ABANDON_RATE = defineReason<Record<never, never>>()('uk.dialer.abandon-rate', {
  kind: 'advisory',
  facts: {},
  example: {},
  message: () => ({
    en: 'Automated dialing: keep abandoned calls at or below 3 % of live calls per campaign over 24 hours, play an information message within 2 seconds, let unanswered calls ring 15 seconds.',
    fr: "Numérotation automatique : au plus 3 % d'appels abandonnés par campagne sur 24 heures, un message d'information dans les 2 secondes, 15 secondes de sonnerie pour les appels sans réponse.",
  }),
});

export const abandonedCallRepeat: Rule = defineRule({
  id: 'uk.abandoned',
  inForce: { from: '2017-03-01' },
  citations: [OFCOM_PERSISTENT_MISUSE],
  sanctions: [CA_2003_130],
  statement: {
    en: `A number that received an abandoned call is not called again by a dialer within ${ABANDONED_REPEAT_HOURS} hours unless a live agent is guaranteed; abandoned calls stay at or below 3 % of live calls per campaign over 24 hours, with an information message within 2 seconds.`,
    fr: `Un numéro qui a reçu un appel abandonné n'est pas rappelé par un composeur dans les ${ABANDONED_REPEAT_HOURS} heures sauf avec un agent garanti ; les appels abandonnés restent à 3 % au plus des appels aboutis par campagne sur 24 heures, avec un message d'information dans les 2 secondes.`,
  },
  reading: {
    en: "Blocks an automated (`automated: true`) call within 72 h of an attempt by this advertiser with `outcome: 'abandoned'`; a manual call (an agent is guaranteed) is allowed. The campaign rate cannot be computed per attempt: advisory.",
    fr: "Bloque un appel automatisé dans les 72 h d'une tentative de cet annonceur avec `outcome: 'abandoned'` ; un appel manuel (agent garanti) est permis. Le taux par campagne ne se calcule pas par appel : avertissement.",
  },
  unverified: {
    en: 'VERIFIED-2nd (policy figures from secondary sources; whether the 2016 statement keeps the 3 % figure is an open question). Denying the repeat call is an interpretation of a regulator\'s policy, not a statute.',
    fr: "VERIFIED-2nd (chiffres de la politique lus dans des sources secondaires ; le maintien des 3 % dans la déclaration de 2016 est une question ouverte). Refuser le rappel interprète une politique du régulateur, pas une loi.",
  },
  reasons: [ABANDONED_REPEAT, ABANDON_RATE],
  check(ctx) {
    if (!ctx.attempt.automated || ctx.attempt.channel !== 'voice') return [];
    const window = ABANDONED_REPEAT_HOURS * 3_600_000;
    let last: number | null = null;
    for (const e of ctx.history) {
      if (e.type === 'attempt' && e.outcome === 'abandoned' && e.advertiser === ctx.attempt.advertiser && e.channel === 'voice' && ctx.at - e.at < window) last = e.at;
    }
    if (last === null) return isMarketingCall(ctx) ? [advise(ABANDON_RATE, {})] : [];
    return [block(ABANDONED_REPEAT, { abandonedAt: ctx.iso(last), until: ctx.iso(last + window) }, last + window)];
  },
});
