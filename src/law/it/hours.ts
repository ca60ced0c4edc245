/**
 * Calling hours of the Codice di condotta per le attività di telemarketing e teleselling (approved
 * by the Garante, provv. 7 marzo 2024 n. 148; applicable from 2024-09-28): 09:00–20:00 on
 * weekdays, 10:00–19:00 on Saturdays and on the day before a public holiday ("prefestivi"), never
 * on Sundays and public holidays.
 */
import type { Rule } from '../../core/rule.js';
import { callingHoursRule, type Span } from '../common/hours.js';
import { isCommercial, verification } from '../eu/rules.js';
import { CODE_FROM, CODE_OF_CONDUCT, CODICE_PRIVACY_166 } from './citations.js';

export const WEEKDAY_WINDOW: Span = [9 * 60, 20 * 60];
/** Saturdays and "prefestivi" (the day before a public holiday). */
export const SHORT_WINDOW: Span = [10 * 60, 19 * 60];

export const callingHours: Rule = {
  ...callingHoursRule({
    id: 'it.hours',
    code: 'it.hours.outside-window',
    closedCodes: { weekend: 'it.hours.weekend', holiday: 'it.hours.public-holiday' },
    inForce: { from: CODE_FROM },
    citations: [CODE_OF_CONDUCT],
    week: [[WEEKDAY_WINDOW], [WEEKDAY_WINDOW], [WEEKDAY_WINDOW], [WEEKDAY_WINDOW], [WEEKDAY_WINDOW], [SHORT_WINDOW], []],
    eve: [SHORT_WINDOW],
    closedOnHolidays: true,
    statement: {
      en: 'Telemarketing and teleselling calls only 09:00–20:00 on weekdays and 10:00–19:00 on Saturdays and on the day before a public holiday; never on Sundays or public holidays.',
      fr: "Appels de télémarketing et de télévente uniquement de 9 h à 20 h en semaine et de 10 h à 19 h le samedi et la veille d'un jour férié ; jamais le dimanche ni les jours fériés.",
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
  }),
  sanctions: [CODICE_PRIVACY_166],
};
