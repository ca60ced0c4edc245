/**
 * Days and hours (C. consom. D.223-9 al. 1 and 2): a prospecting call to a consumer may be placed
 * only Monday to Friday, not on a public holiday of Code du travail L.3133-1, and only from 10:00
 * to 13:00 and from 14:00 to 20:00 in the consumer's time zone — unless the consumer gave express
 * prior consent to be called outside them (which the professional can prove).
 */
import { block, defineReason, defineRule, exempt } from '../../core/reason.js';
import type { Rule, RuleContext, RuleOutcome } from '../../core/rule.js';
import { clockText } from '../../time/local.js';
import { L3133_1, L3134_13, L3422_2 } from './citations.js';
import { CONSENT_EXEMPTION, consentExemptionFacts, consentInForce } from './consents.js';
import { CURRENT_TERMS, termsOn, type DatedTerms, type OpeningWindow } from './d223-9.js';
import { isProspectingCallToConsumer } from './scope.js';

/**
 * The opening windows of D.223-9 in force now (the latest row of D223_9_TERMS), local wall-clock
 * hours, half-open: 10:00 is inside, 13:00 and 20:00 are outside (the text says "de 10 heures à 13
 * heures"; a call must be placed, not ended, within it, and the conservative reading excludes the
 * closing minute). Rules read the row of the attempt's date.
 */
export const OPENING_WINDOWS: readonly OpeningWindow[] = CURRENT_TERMS.windows;

/** Departments whose extra holidays come from local law (L.3134-13); overseas ones come from L.3422-2. */
const ALSACE_MOSELLE = new Set(['FR-57', 'FR-67', 'FR-68']);

const WEEKDAYS_EN = ['', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const WEEKDAYS_FR = ['', 'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche'];
const windowsEn = (windows: readonly OpeningWindow[]) => windows.map((w) => `${w.from}:00–${w.to}:00`).join(' and ');
const windowsFr = (windows: readonly OpeningWindow[]) => windows.map((w) => `de ${w.from} h à ${w.to} h`).join(' et ');

const HOUR_MS = 3_600_000;

/** A block with the scheduler's hint (see `RuleOutcome.opensAt`), when the hint is later than `until`. */
function hint(outcome: RuleOutcome, opensAt: number): RuleOutcome {
  if (outcome.kind === 'block' && outcome.until !== null && opensAt > outcome.until) outcome.opensAt = opensAt;
  return outcome;
}

/** The next instant a window opens after the local time the same day, or the next day's midnight. */
function nextOpening(ctx: RuleContext, windows: readonly OpeningWindow[]): number {
  const { msOfDay } = ctx.wall;
  const w = windows.find((win) => msOfDay < win.from * HOUR_MS);
  return w ? ctx.clock.sameDayAt(ctx.at, w.from * 60) : ctx.clock.startOfDayPlus(ctx.at, 1);
}

/** A prospecting call on a Saturday or a Sunday (al. 1: "du lundi au vendredi"). */
export const WEEKEND = defineReason<{ localDate: string; weekday: number }>()('fr.hours.weekend', {
  kind: 'block',
  facts: { localDate: 'the local date of the attempt', weekday: 'ISO weekday, 6 = Saturday, 7 = Sunday' },
  example: { localDate: '2026-11-28', weekday: 6 },
  message: (f) => ({
    en: `Prospecting calls are not allowed on ${WEEKDAYS_EN[f.weekday]} (${f.localDate}, recipient's time).`,
    fr: `Les appels de prospection sont interdits le ${WEEKDAYS_FR[f.weekday]} (${f.localDate}, heure du destinataire).`,
  }),
});

/** A prospecting call on a public holiday (al. 1, Code du travail L.3133-1). */
export const PUBLIC_HOLIDAY = defineReason<{ localDate: string; holiday: string; regional: boolean }>()('fr.hours.public-holiday', {
  kind: 'block',
  facts: {
    localDate: 'the local date of the attempt',
    holiday: 'name of the holiday',
    regional: 'true when the day is a holiday only in the recipient region',
  },
  example: { localDate: '2026-12-25', holiday: 'Noël', regional: false },
  message: (f) => ({
    en: `Prospecting calls are not allowed on a public holiday: ${f.localDate} is ${f.holiday}${f.regional ? ', a regional holiday of the recipient (blocked in conservative mode)' : ''}.`,
    fr: `Les appels de prospection sont interdits un jour férié : le ${f.localDate} est « ${f.holiday} »${f.regional ? ', jour férié régional du destinataire (bloqué en mode prudent)' : ''}.`,
  }),
});

/** A prospecting call outside the opening windows (al. 2); the message names the windows given. */
export const OUTSIDE_WINDOW = defineReason<{ localTime: string; windows: readonly string[] }>()('fr.hours.outside-window', {
  kind: 'block',
  facts: { localTime: 'local wall-clock time of the attempt', windows: 'the opening windows (HH:00-HH:00)' },
  example: { localTime: '09:30:00', windows: ['10:00-13:00', '14:00-20:00'] },
  message: (f) => ({
    en: `${f.localTime} (recipient's time) is outside the calling hours ${f.windows.map((w) => w.replace('-', '–')).join(' and ')}.`,
    fr: `${f.localTime} (heure du destinataire) est hors des plages d'appel (${f.windows.map((w) => `de ${w.replace(/:00-/, ' h à ').replace(/:00$/, ' h')}`).join(' et ')}).`,
  }),
});

/** The days-and-hours rule of one row of D.223-9 (al. 1 and 2). */
export const callingHoursRule = (terms: DatedTerms, id: string): Rule => defineRule({
  id,
  inForce: terms.inForce,
  citations: [...terms.citations, L3133_1],
  statement: {
    en: `A prospecting call to a consumer is allowed only Monday to Friday, except public holidays, ${windowsEn(terms.windows)} in the consumer's time zone, unless the consumer expressly consented beforehand to calls outside these times.`,
    fr: `Un appel de prospection vers un consommateur n'est permis que du lundi au vendredi, hors jours fériés, ${windowsFr(terms.windows)} dans le fuseau horaire du consommateur, sauf consentement exprès et préalable à être appelé en dehors de ces plages.`,
  },
  reading: {
    en: 'Windows are half-open (13:00 and 20:00 are outside). In conservative mode the regional holidays of the recipient (Alsace-Moselle, abolition-of-slavery days overseas) also block, although D.223-9 names only L.3133-1. Only a consent that covers outside-hours calls lifts this rule; a consent to prospecting does not.',
    fr: "Les plages sont semi-ouvertes (13:00 et 20:00 sont exclus). En mode prudent, les jours fériés régionaux du destinataire (Alsace-Moselle, abolition de l'esclavage outre-mer) bloquent aussi, bien que D.223-9 ne vise que L.3133-1. Seul un consentement couvrant les appels hors plages lève cette règle ; un consentement à la prospection ne suffit pas.",
  },
  reasons: [WEEKEND, PUBLIC_HOLIDAY, OUTSIDE_WINDOW, CONSENT_EXEMPTION],
  check(ctx) {
    if (!isProspectingCallToConsumer(ctx)) return [];
    const blocks = closedTimes(ctx, terms.windows);
    if (blocks.length === 0) return [];
    const consent = consentInForce(ctx, 'outside-hours');
    if (!consent) return blocks;
    return [exempt(CONSENT_EXEMPTION, consentExemptionFacts(ctx, consent, 'outside-hours', ctx.attempt.channel, blocks.map((b) => b.code)))];
  },
});

/**
 * Every reason the local instant is closed to prospecting calls, each with when it ends, under the
 * windows given (by default those of the row of D.223-9 in force on the local date).
 */
export function closedTimes(ctx: RuleContext, windows: readonly OpeningWindow[] = (termsOn(ctx.localDate) ?? CURRENT_TERMS).windows): RuleOutcome[] {
  const { wall, localDate, clock } = ctx;
  const { weekday } = wall;
  const out: RuleOutcome[] = [];
  const weekend = weekday >= 6;
  // The scheduler's hint: a closed day ends at midnight, but nothing opens before the first window.
  const firstWindow = windows.length > 0 ? Math.min(...windows.map((w) => w.from)) * 60 : 0;
  const opensAt = (days: number) => clock.sameDayAt(clock.startOfDayPlus(ctx.at, days), firstWindow);
  if (weekend) out.push(hint(block(WEEKEND, { localDate, weekday }, clock.startOfDayPlus(ctx.at, 8 - weekday)), opensAt(8 - weekday)));
  const holiday = ctx.holiday(localDate);
  if (holiday) {
    // A regional day is a holiday by another article; D.223-9 names only L.3133-1 (conservative mode).
    const cite = holiday.regional ? [ALSACE_MOSELLE.has(ctx.recipient.region ?? '') ? L3134_13 : L3422_2] : undefined;
    out.push(hint(block(PUBLIC_HOLIDAY, { localDate, holiday: holiday.name, regional: holiday.regional }, clock.startOfDayPlus(ctx.at, 1), cite), opensAt(1)));
  }
  if (weekend || holiday) return out;
  const m = wall.msOfDay;
  if (!windows.some((w) => m >= w.from * HOUR_MS && m < w.to * HOUR_MS)) {
    const facts = { localTime: clockText(m), windows: windows.map((w) => `${w.from}:00-${w.to}:00`) };
    const reopens = nextOpening(ctx, windows);
    const lastWindowOver = windows.every((w) => m >= w.from * HOUR_MS);
    out.push(lastWindowOver ? hint(block(OUTSIDE_WINDOW, facts, reopens), opensAt(1)) : block(OUTSIDE_WINDOW, facts, reopens));
  }
  return out;
}
