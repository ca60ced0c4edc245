/**
 * Calling hours of the Codice di condotta per le attività di telemarketing e teleselling (approved
 * by the Garante, provv. 7 marzo 2024 n. 148; applicable from 2024-09-28): 09:00–20:00 on
 * weekdays, 10:00–19:00 on Saturdays and on the day before a public holiday, never on Sundays and
 * public holidays.
 */
import type { DateTime } from 'luxon';
import type { RuleContext } from '../../core/rule.js';
import { callingHoursRule, holidayOn, isCommercial, verification, windowsLabel, type DayHours, type Hours } from '../eu/rules.js';
import { CODE_FROM, CODE_OF_CONDUCT, CODICE_PRIVACY_166 } from './citations.js';

export const WEEKDAY_WINDOW: Hours = { from: 9, to: 20 };
/** Saturdays and "prefestivi" (the day before a public holiday). */
export const SHORT_WINDOW: Hours = { from: 10, to: 19 };
const weekdayLabel = windowsLabel([WEEKDAY_WINDOW]);
const shortLabel = windowsLabel([SHORT_WINDOW]);

function italianDay(ctx: RuleContext, day: DateTime): DayHours {
  if (day.weekday === 7) return { closed: 'weekend' };
  const holiday = holidayOn(ctx, day);
  if (holiday) return { closed: 'public-holiday', holiday };
  const eve = day.weekday === 6 || holidayOn(ctx, day.plus({ days: 1 })) !== null;
  return eve ? { windows: [SHORT_WINDOW], label: shortLabel } : { windows: [WEEKDAY_WINDOW], label: weekdayLabel };
}

export const callingHours = callingHoursRule({
  cc: 'it',
  id: 'it.hours',
  inForce: { from: CODE_FROM },
  citations: [CODE_OF_CONDUCT],
  sanctions: [CODICE_PRIVACY_166],
  statement: {
    en: `Telemarketing and teleselling calls only ${weekdayLabel} on weekdays and ${shortLabel} on Saturdays and on the day before a public holiday; never on Sundays or public holidays.`,
    fr: `Appels de télémarketing et de télévente uniquement ${weekdayLabel} en semaine et ${shortLabel} le samedi et la veille d'un jour férié ; jamais le dimanche ni les jours fériés.`,
  },
  reading: {
    en: 'Half-open windows, Europe/Rome. A weekday followed by a public holiday uses the Saturday window. National holidays always; patron saints\' days only when the recipient\'s region is known (conservative mode). Binding on adherents of the code (principals, call centres, list providers); the engine applies it to every commercial call, businesses and professionals included (the code covers them), prerecorded calls too. No consent lifts it.',
    fr: "Plages semi-ouvertes, Europe/Rome. Un jour de semaine suivi d'un jour férié prend la plage du samedi. Jours fériés nationaux toujours ; fêtes patronales seulement si la région du destinataire est connue (mode prudent). Contraignant pour les adhérents du code (donneurs d'ordre, centres d'appels, fournisseurs de listes) ; le moteur l'applique à tout appel commercial, entreprises et professionnels compris (le code les vise), appels préenregistrés aussi. Aucun consentement ne la lève.",
  },
  unverified: verification(
    'VERIFIED-2nd',
    'Hours read in several agreeing secondary sources (pmi.it, money.it, brocardi.it, lanazione.it); the code\'s text in the Gazzetta Ufficiale (n. 73 of 27/03/2024) and its article number were not opened; the Garante docweb URL is unverified. Whether "prefestivi" includes the eve of local patron-saint days is unverified (conservative: yes, when the region is known).',
    "Horaires lus dans plusieurs sources secondaires concordantes ; le texte du code au Journal officiel (n. 73 du 27/03/2024) et son numéro d'article non consultés ; l'URL docweb du Garante non vérifiée. L'inclusion de la veille des fêtes patronales dans les « prefestivi » non vérifiée (prudence : oui, si la région est connue).",
  ),
  applies: (ctx) => ctx.attempt.channel === 'voice' && isCommercial(ctx),
  day: italianDay,
});
