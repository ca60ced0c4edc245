/**
 * Opt-out keywords in inbound replies (an SMS answer, a chat message): whether a consumer's text
 * asks the sender to stop, and the event to record when it does.
 *
 * United States: 47 CFR 64.1200(a)(10) (FCC 24-24, 2024) — a revocation sent in reply to a text
 * using "stop", "quit", "end", "revoke", "opt out", "cancel" or "unsubscribe" is a valid and
 * reasonable revocation; the consumer may use other reasonable words. France: the "STOP" reply of
 * SMS prospecting (CPCE L.34-5 requires a free and simple way to object in every message; the
 * industry's practice is "STOP" or "STOP SMS" to a short number).
 *
 * Matching is forgiving, as the FCC asks: case, accents, punctuation and spacing do not matter
 * ("Stop.", "STOP!!", "opt-out", "Arrêt", " stop sms "), nor a few words around the keyword
 * ("stop please", "please unsubscribe me"). A long message merely containing the word is not read
 * as an opt-out unless it starts or ends with it.
 */
import type { Channel, ContactEvent, Instant } from './core/types.js';

/** Keywords per language, written in the normalised form (lower case, no accents, single spaces). */
export const OPT_OUT_KEYWORDS = {
  /** 47 CFR 64.1200(a)(10), and common variants. */
  en: ['stop', 'stopall', 'stop all', 'quit', 'end', 'revoke', 'opt out', 'optout', 'cancel', 'unsubscribe', 'unsub', 'remove me'],
  /** French practice for SMS prospecting (CPCE L.34-5). */
  fr: ['stop', 'stop sms', 'arret', 'arreter', 'arrete', 'arretez', 'desabonner', 'desabonnement', 'desinscrire', 'desinscription', 'ne plus recevoir'],
} as const;

/** Options of {@link isOptOut}. */
export interface OptOutOptions {
  /** Which keywords: `'en'`, `'fr'`, or `'any'` (default: both lists). */
  locale?: 'en' | 'fr' | 'any';
  /** The channel the reply came on, which the event covers. Default `'sms'`. */
  channel?: Channel;
  /** With `advertiser` and `at`, the result carries the event to record. */
  advertiser?: string;
  /** When the reply was received. */
  at?: Instant;
}

/** An opt-out found in a reply. */
export interface OptOut {
  /** The keyword recognised, in its normalised form (`'opt out'`). */
  keyword: string;
  /**
   * The event to record (when `advertiser` and `at` were given): an `objection` for the channel —
   * stronger than withdrawing one consent, it ends every marketing contact of this advertiser on
   * that channel until a new consent, which is what a consumer sending "STOP" asks for.
   */
  event?: ContactEvent;
}

/** Words beyond which a message is read as an opt-out only if it starts or ends with a keyword. */
const SHORT_REPLY_WORDS = 6;

/** Lower case, accents removed, anything not a letter or digit turned into a space, spaces collapsed. */
export function normalizeReply(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/**
 * Whether an inbound reply asks to stop, and the event to record. Pure; never throws (a value that
 * is not a string is not an opt-out).
 *
 * @example
 * ```ts
 * isOptOut('Stop!!', { advertiser: 'acme', at: '2026-11-24T10:31:00+01:00' });
 * // { keyword: 'stop', event: { type: 'objection', at: '2026-11-24T10:31:00+01:00', advertiser: 'acme', channels: ['sms'] } }
 * isOptOut('Arrêt SVP', { locale: 'fr' })?.keyword; // 'arret'
 * isOptOut('I will stop by the shop tomorrow afternoon'); // null
 * ```
 */
export function isOptOut(text: unknown, options: OptOutOptions = {}): OptOut | null {
  if (typeof text !== 'string') return null;
  const words = normalizeReply(text).split(' ').filter((w) => w !== '');
  if (words.length === 0) return null;
  const locale = options.locale ?? 'any';
  const keywords = locale === 'any' ? [...OPT_OUT_KEYWORDS.en, ...OPT_OUT_KEYWORDS.fr] : OPT_OUT_KEYWORDS[locale];
  const short = words.length <= SHORT_REPLY_WORDS;
  let found: string | null = null;
  for (const keyword of keywords) {
    const k = keyword.split(' ');
    for (let i = 0; i + k.length <= words.length; i++) {
      if (!k.every((w, j) => words[i + j] === w)) continue;
      const atEdge = i === 0 || i + k.length === words.length;
      // The longest keyword found wins ('stop sms' over 'stop').
      if ((short || atEdge) && (found === null || keyword.length > found.length)) found = keyword;
    }
  }
  if (found === null) return null;
  const result: OptOut = { keyword: found };
  if (typeof options.advertiser === 'string' && options.at !== undefined) {
    result.event = { type: 'objection', at: options.at, advertiser: options.advertiser, channels: [options.channel ?? 'sms'] };
  }
  return result;
}
