/**
 * How a dialer must behave, which no single call shows: checks an audit runs over a campaign's
 * calls, not rules `evaluate` applies to one attempt. Written as data with their citations, so the
 * audit and the rule catalogue read the same numbers.
 *
 * - 47 CFR 64.1200(a)(7) and the TSR safe harbor (16 CFR 310.4(b)(4)): abandoned calls — answered
 *   by a person and not connected to a live sales representative within two seconds of the
 *   greeting — at most 3 % of the calls answered live by a person, per calling campaign, measured
 *   over a 30-day period.
 * - 47 CFR 64.1200(a)(6) and 310.4(b)(4): an unanswered call rings at least 15 seconds (or four
 *   rings) before it is disconnected.
 * Both apply to telemarketing calls to US numbers (+1).
 */
import type { Citation } from '../../core/vocabulary.js';
import type { Text } from '../../core/rule.js';
import { FCC_ABANDONMENT, FCC_RING_TIME, TSR_ABANDONMENT } from './citations.js';

/** A check of a dialer's behaviour over many calls. */
export interface DialerCheck {
  id: string;
  citations: readonly Citation[];
  statement: Text;
  reading: Text;
  unverified?: Text;
}

/** The abandonment rate of one campaign. */
export const ABANDONMENT = {
  id: 'us.dialer.abandonment',
  /** The most abandoned calls may be of the calls answered live by a person. */
  maxRate: 0.03,
  /** The period the rate is measured over, per campaign. */
  periodDays: 30,
  citations: [FCC_ABANDONMENT, TSR_ABANDONMENT],
  statement: {
    en: 'A calling campaign may abandon at most 3 % of the calls answered live by a person, measured over a 30-day period (an abandoned call: not connected to a live agent within two seconds of the greeting).',
    fr: "Une campagne d'appels peut abandonner au plus 3 % des appels décrochés par une personne, mesurés sur une période de 30 jours (un appel abandonné : non transmis à un agent dans les deux secondes suivant le « allô »).",
  },
  reading: {
    en: "Answered and abandoned calls come from the dialer's statuses (VICIdial: DROP and PDROP are abandoned; every status a person answered counts as answered, the drops included; machines, no-answers and busies do not). A campaign is the log's advertiser (VICIdial campaign_id). Periods: 30 consecutive days from the campaign's first call to a US number, then the next 30. Only +1 numbers.",
    fr: "Les appels décrochés et abandonnés viennent des statuts du numéroteur (VICIdial : DROP et PDROP sont abandonnés ; tout statut où une personne a répondu compte comme décroché, abandons compris ; répondeurs, non-réponses et occupés non). Une campagne est l'annonceur du journal (campaign_id de VICIdial). Périodes : 30 jours consécutifs depuis le premier appel de la campagne vers un numéro américain, puis les 30 suivants. Numéros +1 seulement.",
  },
  unverified: {
    en: 'The paragraph numbers of 64.1200 (a)(6)/(a)(7) and 310.4(b)(4) are read in the current eCFR; the in-force dates (2003) are from the 2003 orders as summarised, not opened.',
    fr: "Les numéros de paragraphe de 64.1200 (a)(6)/(a)(7) et 310.4(b)(4) sont lus dans l'eCFR en vigueur ; les dates d'entrée en vigueur (2003) viennent de résumés des décisions de 2003, non ouvertes.",
  },
} as const satisfies DialerCheck & { maxRate: number; periodDays: number };

/** The ring time of unanswered calls. */
export const RING_TIME = {
  id: 'us.dialer.ring-time',
  /** An unanswered call rings at least this long before the dialer hangs up. */
  minSeconds: 15,
  citations: [FCC_RING_TIME, TSR_ABANDONMENT],
  statement: {
    en: 'An unanswered telemarketing call must ring for at least 15 seconds or four rings before it is disconnected.',
    fr: "Un appel de télémarketing sans réponse doit sonner au moins 15 secondes ou quatre sonneries avant d'être raccroché.",
  },
  reading: {
    en: "Read where the log gives the call's duration (VICIdial length_in_sec): an unanswered call (no answer) shorter than 15 seconds is reported. Four rings are not in the log: the 15 seconds are the test.",
    fr: "Lu quand le journal donne la durée de l'appel (length_in_sec de VICIdial) : un appel sans réponse de moins de 15 secondes est signalé. Les quatre sonneries ne figurent pas au journal : les 15 secondes font foi.",
  },
} as const satisfies DialerCheck & { minSeconds: number };

/** The dialer checks of the US pack, for the catalogue. */
export const DIALER_CHECKS: readonly DialerCheck[] = [ABANDONMENT, RING_TIME];
