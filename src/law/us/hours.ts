/**
 * Calling hours: the federal 8 a.m.–9 p.m. window (47 CFR 64.1200(c)(1); 16 CFR 310.4(c)) and the
 * stricter state windows, day bans and holiday bans — each state's schedule written once, as data,
 * with its dates and citations. Every window is local time at the called party's location,
 * half-open: 08:00:00 is inside, 21:00:00 is outside (the texts forbid calls "before 8 a.m. or
 * after 9 p.m."; a call placed at 21:00:00 is answered after it, so the close is exclusive).
 * Texts are calls (47 U.S.C. 227; state laws name texts or are read to cover them).
 */
import { block, defineReason, defineRule, exempt } from '../../core/reason.js';
import type { ReasonDef, Rule, RuleContext, Text } from '../../core/rule.js';
import type { Citation } from '../../core/types.js';
import { clockOf, clockText, isoDateOfDay, weekdayOfDay, type LocalClock } from '../../time/local.js';
import { fixedOrIanaZone } from '../../time/zone.js';
import * as law from './citations.js';
import { consentFor } from './relationship.js';
import { inState, isAutomated, isTelemarketing } from './scope.js';

/** An open window, local hours `[from, to)`. */
export type Window = readonly [from: number, to: number];
/** Windows from Monday (index 0) to Sunday (index 6); null = no calls that day. */
export type Week = readonly [Window | null, Window | null, Window | null, Window | null, Window | null, Window | null, Window | null];

const every = (w: Window): Week => [w, w, w, w, w, w, w];
const monToSat = (w: Window, sunday: Window | null = null): Week => [w, w, w, w, w, w, sunday];

/** One jurisdiction's calling schedule. */
export interface CallingSchedule {
  id: string;
  /** Reason code of a block. */
  code: string;
  /** Who sets the window, for messages ('Federal rule (TCPA/TSR)', 'Florida'…). */
  name: Text;
  /** The state whose callers' recipients it protects; absent = federal (every US number). */
  region?: string;
  inForce: { from: string; until?: string };
  citations: readonly Citation[];
  week: Week;
  /** Closed on the state's public holidays (and federal ones), from the calendar. */
  closedOnHolidays?: boolean;
  /** Which calls: all telemarketing (default), or only automated / prerecorded ones. */
  calls?: 'telemarketing' | 'automated' | 'prerecorded';
  /** A consent to be called outside these hours lifts the rule (TSR "prior consent"; NY "express consent"). */
  consentLifts?: boolean;
  /** Texts are covered only from this local date (New York, 2021-08-12). */
  textsFrom?: string;
  /** Also check the window in this fixed zone (Mississippi: "Central Standard Time", read literally). */
  alsoIn?: string;
  statement: Text;
  reading?: Text;
  unverified?: Text;
}

const both = (en: string, fr: string): Text => ({ en, fr });

/** The federal window. */
export const FEDERAL_WINDOW: Window = [8, 21];

export const SCHEDULES: readonly CallingSchedule[] = [
  {
    id: 'us.tcpa.hours',
    name: { en: 'Federal rule (TCPA/TSR)', fr: 'règle fédérale (TCPA/TSR)' },
    code: 'us.tcpa.hours',
    inForce: { from: '1992-12-20' },
    citations: [law.FCC_HOURS, law.TSR_HOURS],
    week: every(FEDERAL_WINDOW),
    consentLifts: true,
    statement: both(
      'No telephone solicitation (call or text) to a consumer before 8 a.m. or after 9 p.m., local time at the called party’s location.',
      "Aucun démarchage téléphonique (appel ou SMS) d'un consommateur avant 8 h ou après 21 h, heure locale du lieu de l'appelé.",
    ),
    reading: both(
      'Applies to every marketing call and text, with or without an established business relationship (the TSR has no EBR exception to its hours; courts are split on texts sent with consent). Only an express consent to calls outside these hours (`covers: ["outside-hours"]`) lifts it.',
      "S'applique à tout appel ou SMS commercial, relation d'affaires établie ou non (la TSR n'a pas d'exception EBR pour les horaires). Seul un consentement exprès aux appels hors horaires (`covers: ['outside-hours']`) la lève.",
    ),
  },
  {
    id: 'us.fl.hours.1990',
    name: { en: 'Florida', fr: 'Floride' },
    code: 'us.fl.hours',
    region: 'US-FL',
    inForce: { from: '1990-10-01', until: '2021-06-30' },
    citations: [law.FL_HOURS_BEFORE_2021, law.FL_FTA_PENALTY],
    week: every([8, 21]),
    statement: both('Florida (until 30 June 2021): no commercial telephone solicitation before 8 a.m. or after 9 p.m. at the called person’s location.', 'Floride (jusqu’au 30 juin 2021) : aucun démarchage téléphonique commercial avant 8 h ou après 21 h au lieu où se trouve la personne appelée.'),
  },
  {
    id: 'us.fl.hours',
    name: { en: 'Florida', fr: 'Floride' },
    code: 'us.fl.hours',
    region: 'US-FL',
    inForce: { from: law.FL_2021_IN_FORCE },
    citations: [law.FL_HOURS, law.FL_FTA_PENALTY],
    week: every([8, 20]),
    statement: both(
      'Florida: no commercial telephone solicitation call (including automated or recorded) before 8 a.m. or after 8 p.m. local time in the called person’s time zone.',
      "Floride : aucun appel de démarchage commercial (y compris automatisé ou enregistré) avant 8 h ou après 20 h, heure locale du fuseau de l'appelé.",
    ),
    reading: both('Texts count as calls (the FTSA names text messages; § 501.616 is read the same way). No consent exception. The § 501.604 exemptions are not applied by default.', 'Les SMS comptent comme des appels (le FTSA vise les messages texte ; le § 501.616 est lu de même). Pas d’exception de consentement. Les exemptions du § 501.604 ne sont pas appliquées par défaut.'),
  },
  {
    id: 'us.ny.hours',
    name: { en: 'New York', fr: 'New York' },
    code: 'us.ny.hours',
    region: 'US-NY',
    inForce: { from: '2001-04-01' },
    citations: [law.NY_HOURS, law.NY_TEXTS, law.NY_PENALTY],
    week: every([8, 21]),
    consentLifts: true,
    textsFrom: law.NY_TEXTS_IN_FORCE,
    statement: both(
      'New York: no telemarketing at any time other than 8:00 a.m. to 9:00 p.m. at the location of the customer, unless the customer expressly consented to a call at a different time. Texts are telemarketing since 12 August 2021.',
      "New York : pas de télémarketing en dehors de 8 h – 21 h au lieu du client, sauf consentement exprès à un appel à un autre moment. Les SMS sont du télémarketing depuis le 12 août 2021.",
    ),
  },
  {
    id: 'us.ok.hours',
    name: { en: 'Oklahoma', fr: 'Oklahoma' },
    code: 'us.ok.hours',
    region: 'US-OK',
    inForce: { from: law.OK_TSA_IN_FORCE },
    citations: [law.OK_HOURS, law.OK_DAMAGES],
    week: every([8, 20]),
    statement: both('Oklahoma: no commercial telephonic sales call before 8 a.m. or after 8 p.m. in the called party’s time zone.', "Oklahoma : aucun appel commercial avant 8 h ou après 20 h dans le fuseau de l'appelé."),
    unverified: both('The hours are verified in secondary sources (Ballard Spahr, ClickPoint, dnc.com) and the Act’s enrolled title; the official text of § 775C.4 was not opened.', 'Les horaires sont vérifiés dans des sources secondaires (Ballard Spahr, ClickPoint, dnc.com) et le titre de la loi adoptée ; le texte officiel du § 775C.4 n’a pas été ouvert.'),
  },
  {
    id: 'us.ok.adad.hours',
    name: { en: 'Oklahoma (automatic dial announcing device)', fr: 'Oklahoma (appareil de numérotation et d\'annonce automatique)' },
    code: 'us.ok.adad.hours',
    region: 'US-OK',
    inForce: { from: '1991-11-01' },
    citations: [law.OK_ADAD],
    week: every([9, 21]),
    calls: 'prerecorded',
    statement: both('Oklahoma: an automatic dial announcing device (prerecorded message) may not be used for calls terminating in the state before 9 a.m. or after 9 p.m.', "Oklahoma : pas d'automate d'appel à message enregistré vers l'État avant 9 h ou après 21 h."),
    reading: both('Applies to prerecorded calls whatever their purpose, as the section does.', 'S’applique aux appels préenregistrés quel que soit leur objet, comme le texte.'),
  },
  {
    id: 'us.md.hours',
    name: { en: 'Maryland', fr: 'Maryland' },
    code: 'us.md.hours',
    region: 'US-MD',
    inForce: { from: law.MD_IN_FORCE },
    citations: [law.MD_HOURS, law.MD_PENALTY],
    week: every([8, 20]),
    statement: both('Maryland: no telephone solicitation before 8 a.m. or after 8 p.m. in the called party’s time zone.', "Maryland : aucun démarchage téléphonique avant 8 h ou après 20 h dans le fuseau de l'appelé."),
    unverified: both('Hours from the Stop the Spam Calls Act as summarised by the legislature and law firms; the paragraph letter in § 14-4502 was not seen.', 'Horaires tirés du Stop the Spam Calls Act tel que résumé par le législateur et des cabinets ; la lettre du paragraphe du § 14-4502 n’a pas été vue.'),
  },
  {
    id: 'us.nj.hours',
    name: { en: 'New Jersey', fr: 'New Jersey' },
    code: 'us.nj.hours',
    region: 'US-NJ',
    inForce: { from: '2003-01-01' },
    citations: [law.NJ_HOURS],
    week: every([8, 21]),
    statement: both('New Jersey: no unsolicited telemarketing sales call between 9 p.m. and 8 a.m. local time at the customer’s location.', 'New Jersey : aucun appel de télévente non sollicité entre 21 h et 8 h, heure locale du lieu où se trouve le client.'),
  },
  {
    id: 'us.dc.hours',
    name: { en: 'District of Columbia', fr: 'district de Columbia' },
    code: 'us.dc.hours',
    region: 'US-DC',
    inForce: { from: '2001-01-01' },
    citations: [law.DC_HOURS],
    week: every([8, 21]),
    statement: both('District of Columbia: no telephone solicitation to a consumer’s residence before 8:00 a.m. or after 9:00 p.m., local time at the place of the consumer called.', 'District de Columbia : aucun démarchage téléphonique au domicile d’un consommateur avant 8 h ou après 21 h, heure locale du lieu où se trouve le consommateur appelé.'),
  },
  {
    id: 'us.ma.hours',
    name: { en: 'Massachusetts', fr: 'Massachusetts' },
    code: 'us.ma.hours',
    region: 'US-MA',
    inForce: { from: '2003-04-01' },
    citations: [law.MA_HOURS, law.MA_CMR_HOURS],
    week: every([8, 20]),
    statement: both(
      'Massachusetts: no unsolicited telephonic sales call to a consumer between 8:00 p.m. and 8:00 a.m., local time at the consumer’s location.',
      'Massachusetts : aucun appel de vente non sollicité vers un consommateur entre 20 h et 8 h, heure locale du consommateur.',
    ),
    reading: both(
      '201 CMR 12.02(2): "No telephone solicitor shall make or cause to be made an unsolicited telephonic sales call to a consumer between the hours of 8:00 P.M. to 8:00 A.M., local time at the consumer\'s location." The window is 08:00–20:00, half-open (20:00:00 is outside). Before 2026-12 callgate allowed calls until 9 p.m. here, citing § 4 (which is about caller-ID blocking): corrected.',
      '201 CMR 12.02(2) : « No telephone solicitor shall make or cause to be made an unsolicited telephonic sales call to a consumer between the hours of 8:00 P.M. to 8:00 A.M., local time at the consumer\'s location. » Plage 8 h–20 h, semi-ouverte (20:00:00 est exclu). Avant décembre 2026, callgate permettait les appels jusqu\'à 21 h en citant le § 4 (qui traite du masquage du numéro) : corrigé.',
    ),
    unverified: both(
      '201 CMR 12.02 read in a stored copy current through 2024-09-27; the hours sentence of M.G.L. c. 159C § 3 itself was not opened (its title, "Unsolicited telephonic sales calls; limitations", was).',
      '201 CMR 12.02 lu dans une copie à jour au 27 septembre 2024 ; la phrase de M.G.L. c. 159C § 3 sur les heures n\'a pas été ouverte (son titre l\'a été).',
    ),
  },
  {
    id: 'us.ms.hours',
    name: { en: 'Mississippi', fr: 'Mississippi' },
    code: 'us.ms.hours',
    region: 'US-MS',
    inForce: { from: '2003-07-01' },
    citations: [law.MS_HOURS],
    week: monToSat([8, 20]),
    alsoIn: 'UTC-6',
    statement: both('Mississippi: telephone solicitations only between 8:00 a.m. and 8:00 p.m. Central Standard Time, and none on Sunday.', "Mississippi : démarchage seulement de 8 h à 20 h, heure normale du Centre, et jamais le dimanche."),
    reading: both('"Central Standard Time" is read both ways: the window must be open in local (daylight) time and in fixed UTC−6, so in summer calls run 9 a.m.–8 p.m. CDT.', '« Central Standard Time » est lu dans les deux sens : la plage doit être ouverte à l’heure locale (heure d’été comprise) et en UTC−6 fixe ; en été les appels vont donc de 9 h à 20 h CDT.'),
    unverified: both('Text of § 77-3-723 seen in a secondary copy of the code only.', 'Texte du § 77-3-723 vu seulement dans une copie secondaire du code.'),
  },
  {
    id: 'us.ri.hours',
    name: { en: 'Rhode Island', fr: 'Rhode Island' },
    code: 'us.ri.hours',
    region: 'US-RI',
    inForce: { from: '1999-07-01' },
    citations: [law.RI_HOURS],
    week: [[9, 18], [9, 18], [9, 18], [9, 18], [9, 18], [10, 17], null],
    closedOnHolidays: true,
    statement: both('Rhode Island: unsolicited telephonic sales calls only Monday–Friday 9 a.m.–6 p.m. (not on a state or federal holiday) and Saturday 10 a.m.–5 p.m.', "Rhode Island : appels de vente non sollicités seulement du lundi au vendredi de 9 h à 18 h (hors jours fériés de l'État ou fédéraux) et le samedi de 10 h à 17 h."),
    reading: both(
      'R.I. Gen. Laws § 5-61-3.6(a): "No salesperson or telephonic seller shall make or cause to be made any unsolicited telephonic sales calls to any residential, mobile or telephonic paging device telephone number except during hours of operation, as defined in § 5-61-2(9)." Saturday holidays are closed too (the conservative reading). Holidays come from the calendar (date-holidays, US + RI).',
      "R.I. Gen. Laws § 5-61-3.6(a) : pas d'appel de vente non sollicité vers un fixe, un mobile ou un récepteur d'appel « sauf pendant les heures d'ouverture définies au § 5-61-2(9) ». Les samedis fériés sont aussi fermés (lecture prudente). Jours fériés : calendrier (date-holidays, US + RI).",
    ),
    unverified: both('§ 5-61-3.6 read on webserver.rilin.state.ri.us (stored copy); the hours of § 5-61-2(9) come from the team reference, the definition itself was not opened.', "§ 5-61-3.6 lu sur le site de l'État (copie conservée) ; les heures du § 5-61-2(9) viennent de la référence de l'équipe, la définition n'a pas été ouverte."),
  },
  {
    id: 'us.sd.hours',
    name: { en: 'South Dakota (automated dialing)', fr: 'Dakota du Sud (numérotation automatisée)' },
    code: 'us.sd.hours',
    region: 'US-SD',
    inForce: { from: '1991-07-01' },
    citations: [law.SD_HOURS],
    week: [[9, 21], [9, 21], [9, 21], [9, 21], [9, 21], null, null],
    calls: 'automated',
    statement: both('South Dakota: a telephone solicitation using an automated telephone dialing system only on weekdays between 9 a.m. and 9 p.m.', 'Dakota du Sud : un démarchage téléphonique par système de numérotation automatique seulement en semaine, entre 9 h et 21 h.'),
    reading: both('"Weekdays" read as Monday to Friday; the window is checked in every candidate zone (South Dakota spans Central and Mountain time).', '« Weekdays » est lu comme du lundi au vendredi ; la plage est vérifiée dans chaque fuseau candidat (le Dakota du Sud s’étend sur les heures du Centre et des Rocheuses).'),
  },
  {
    id: 'us.tx.hours',
    name: { en: 'Texas', fr: 'Texas' },
    code: 'us.tx.hours',
    region: 'US-TX',
    inForce: { from: '2009-04-01', until: '2025-08-31' },
    citations: [law.TX_HOURS],
    week: monToSat([9, 21], [12, 21]),
    statement: both('Texas: no telephone solicitation before 9 a.m. or after 9 p.m. Monday to Saturday, nor before noon or after 9 p.m. on Sunday.', 'Texas : aucun démarchage téléphonique avant 9 h ou après 21 h du lundi au samedi, ni avant midi ou après 21 h le dimanche.'),
    unverified: both('UNVERIFIED: the hours of § 301.051 come from the team reference (memory); the section exists but its text was not seen. Conservative reading applied.', 'NON VÉRIFIÉ : les horaires du § 301.051 viennent de la référence de l’équipe (mémoire) ; la section existe mais son texte n’a pas été vu. Lecture prudente appliquée.'),
  },  {
    // S.B. 140 (2025): text and image messages are telephone solicitations; the same hours, texts named.
    id: 'us.tx.hours.2025',
    name: { en: 'Texas', fr: 'Texas' },
    code: 'us.tx.hours',
    region: 'US-TX',
    inForce: { from: '2025-09-01' },
    citations: [law.TX_HOURS, law.TX_SB_140],
    week: monToSat([9, 21], [12, 21]),
    statement: both('Texas (from 1 September 2025, S.B. 140): no telephone solicitation, text and image messages included, before 9 a.m. or after 9 p.m. Monday to Saturday, nor before noon or after 9 p.m. on Sunday.', 'Texas (depuis le 1er septembre 2025, S.B. 140) : aucun démarchage téléphonique, SMS et MMS compris, avant 9 h ou après 21 h du lundi au samedi, ni avant midi ou après 21 h le dimanche.'),
    reading: both('Texts were already read as calls before S.B. 140 (the conservative reading); from 1 September 2025 the statute names them. The Chapter 302 registration and bond duties (and the November 2025 settlement exempting consent-based texts from them) are not encoded: they concern the seller, not the call.', 'Les SMS étaient déjà lus comme des appels avant S.B. 140 (lecture prudente) ; depuis le 1er septembre 2025 la loi les nomme. L’enregistrement et la caution du chapitre 302 (et l’accord de novembre 2025 qui en exempte les SMS fondés sur un consentement) ne sont pas encodés : ils visent le vendeur, non l’appel.'),
    unverified: both('UNVERIFIED: S.B. 140 read in secondary sources only (Mondaq, Varnum, Paul Hastings, Benesch: effective 2025-09-01, texts in the definition of "telephone call", DTPA remedies; hours 9–21, Sunday noon–21, local time); the enrolled bill and § 301.051 were not opened. The Senate Research Center analysis of the enrolled bill was opened on the legislature\'s site (https://capitol.texas.gov/tlodocs/89R/analysis/html/SB00140F.htm): "Amend Chapter 302 of the Business and Commerce Code to add the definition of \"telephone call,\" as found in Chapter 304."; it says nothing of hours.', 'NON VÉRIFIÉ : S.B. 140 lu seulement dans des sources secondaires (Mondaq, Varnum, Paul Hastings, Benesch : en vigueur le 2025-09-01, SMS dans la définition de « telephone call », recours du DTPA ; horaires 9 h–21 h, dimanche midi–21 h, heure locale) ; le texte adopté et le § 301.051 n’ont pas été ouverts. L’analyse du Senate Research Center sur le texte adopté a été ouverte sur le site du législateur (https://capitol.texas.gov/tlodocs/89R/analysis/html/SB00140F.htm) : elle dit que la loi modifie le chapitre 302 du Business and Commerce Code pour y ajouter la définition de « telephone call » du chapitre 304 ; elle ne dit rien des horaires.'),
  },

  {
    id: 'us.al.hours',
    name: { en: 'Alabama', fr: 'Alabama' },
    code: 'us.al.hours',
    region: 'US-AL',
    inForce: { from: '1997-01-01' },
    citations: [law.AL_HOURS],
    week: monToSat([8, 20]),
    closedOnHolidays: true,
    statement: both('Alabama: telephone solicitation only 8 a.m.–8 p.m., not on Sunday or a state holiday.', 'Alabama : démarchage téléphonique seulement de 8 h à 20 h, ni le dimanche ni un jour férié de l’État.'),
    unverified: both('UNVERIFIED: hours, Sunday and holiday ban from the team reference (secondary sources); the statute section was not seen. The observed-holiday shift (Ala. Code § 1-3-8) depends on the calendar.', 'NON VÉRIFIÉ : horaires, interdiction le dimanche et les jours fériés tirés de la référence de l’équipe (sources secondaires) ; la section de la loi n’a pas été vue. Le report des jours fériés (Ala. Code § 1-3-8) dépend du calendrier.'),
  },
  {
    id: 'us.la.hours',
    name: { en: 'Louisiana', fr: 'Louisiane' },
    code: 'us.la.hours',
    region: 'US-LA',
    inForce: { from: '2001-01-01' },
    citations: [law.LA_HOURS],
    week: monToSat([8, 20]),
    closedOnHolidays: true,
    statement: both('Louisiana: telephone solicitation only 8 a.m.–8 p.m., not on Sunday or a holiday.', "Louisiana : démarchage téléphonique seulement de 8 h à 20 h, jamais le dimanche ni un jour férié de l'État."),
    reading: both(
      'R.S. 45:811 makes it unlawful to use ADAD equipment "or to use a live operator" to make sales calls when "(2) Such use is other than between the hours of 8:00 a.m. and 8:00 p.m., Monday through Saturday" or "(3) Such use is on days declared to be a state holiday, or Sundays." Live and automated calls alike.',
      "R.S. 45:811 interdit les appels de vente par automate « ou par un opérateur » « (2) en dehors de 8 h à 20 h, du lundi au samedi » et « (3) les jours fériés de l'État ou le dimanche ». Appels en direct comme automatisés.",
    ),
    unverified: both(
      'R.S. 45:811 read in a stored secondary copy (lawserver), not on legis.la.gov; the list of state holidays comes from the calendar (date-holidays, US-LA).',
      "R.S. 45:811 lu dans une copie secondaire, pas sur legis.la.gov ; les jours fériés de l'État viennent du calendrier (date-holidays, US-LA).",
    ),
  },
  {
    id: 'us.ut.hours',
    name: { en: 'Utah', fr: 'Utah' },
    code: 'us.ut.hours',
    region: 'US-UT',
    inForce: { from: '2004-05-03' },
    citations: [law.UT_HOURS],
    week: monToSat([8, 21]),
    closedOnHolidays: true,
    statement: both('Utah: telephone solicitation only 8 a.m.–9 p.m., not on Sunday or a legal holiday.', 'Utah : démarchage téléphonique seulement de 8 h à 21 h, jamais le dimanche ni un jour férié légal.'),
    reading: both(
      'Utah Code § 13-25a-103(3): "A person may not make a telephone solicitation to a residential telephone or cellular telephone without prior express consent during any of the following times: (a) between the hours of 9 p.m. and 8 a.m. local time; (b) on a Sunday; or (c) on a legal holiday." The text lets a prior express consent lift it; callgate does not apply that exception yet (conservative).',
      "Utah Code § 13-25a-103(3) : pas de démarchage vers un fixe ou un mobile sans consentement préalable exprès « entre 21 h et 8 h, heure locale », « le dimanche » ou « un jour férié légal ». Le texte permet qu'un consentement préalable exprès lève la règle ; callgate n'applique pas encore cette exception (prudence).",
    ),
    unverified: both('§ 13-25a-103 read in a stored secondary copy current to 2025-01-01, not on le.utah.gov.', '§ 13-25a-103 lu dans une copie secondaire à jour au 1er janvier 2025, pas sur le.utah.gov.'),
  },
  {
    // Before ESHB 1497: 9 p.m., and only for calls to a residence (RCW 19.158.040(2) as enacted in 1989).
    id: 'us.wa.hours.1989',
    name: { en: 'Washington', fr: 'Washington' },
    code: 'us.wa.hours',
    region: 'US-WA',
    inForce: { from: '1989-01-01', until: '2022-06-08' },
    citations: [law.WA_COMMERCIAL_HOURS_BEFORE_2022],
    week: every([8, 21]),
    statement: both('Washington (until 8 June 2022): a commercial telephone solicitor may not place calls to a residence received before 8 a.m. or after 9 p.m. at the purchaser’s local time.', "Washington (jusqu'au 8 juin 2022) : un démarcheur commercial ne peut passer d'appel reçu dans une résidence avant 8 h ou après 21 h, heure locale de l'acheteur."),
    reading: both('RCW 19.158.040(2) as enacted in 1989: "A commercial telephone solicitor shall not place calls to any residence which will be received before 8:00 a.m. or after 9:00 p.m. at the purchaser\'s local time." The federal window; RCW 80.36.390 had no hours before 2022.', "RCW 19.158.040(2) dans sa rédaction de 1989 : pas d'appel « reçu dans une résidence avant 8 h ou après 21 h, heure locale de l'acheteur ». La plage fédérale ; RCW 80.36.390 n'avait pas d'horaires avant 2022."),
    unverified: both('The 1989 text was read in a mirror of the code (wa-law.org), not on app.leg.wa.gov.', 'Le texte de 1989 a été lu dans un miroir du code (wa-law.org), pas sur app.leg.wa.gov.'),
  },
  {
    id: 'us.wa.hours',
    name: { en: 'Washington', fr: 'Washington' },
    code: 'us.wa.hours',
    region: 'US-WA',
    inForce: { from: law.WA_2022_IN_FORCE },
    citations: [law.WA_HOURS, law.WA_COMMERCIAL_HOURS],
    week: every([8, 20]),
    statement: both('Washington (from 9 June 2022): no telephone solicitation received before 8 a.m. or after 8 p.m. at the recipient’s local time.', "Washington (depuis le 9 juin 2022) : aucun démarchage téléphonique reçu avant 8 h ou après 20 h, heure locale du destinataire."),
    reading: both(
      'RCW 19.158.040(2), read on app.leg.wa.gov: "A commercial telephone solicitor shall not place calls to any person which will be received before 8:00 a.m. or after 8:00 p.m. at the call recipient\'s local time." ESHB 1497 (2022) put the same sentence in RCW 80.36.390 for every telephone solicitor ((8) since H.B. 1051 of 2023, which defines a telephone call as one "that uses a live person, artificial voice, or recorded message"). Texts are read as calls (conservative).',
      "RCW 19.158.040(2), lu sur app.leg.wa.gov : un démarcheur commercial « ne doit pas passer d'appels reçus par une personne avant 8 h ou après 20 h, heure locale du destinataire ». ESHB 1497 (2022) a mis la même phrase dans RCW 80.36.390 pour tout démarcheur ((8) depuis H.B. 1051 de 2023, qui définit l'appel comme utilisant « une personne, une voix artificielle ou un message enregistré »). Les SMS sont lus comme des appels (prudence).",
    ),
    unverified: both('The hours subsection of RCW 80.36.390 and the in-force date (2022-06-09) were read in a mirror of the session laws (wa-law.org) and in secondary sources (Davis Wright Tremaine, K&L Gates), not on app.leg.wa.gov.', "Le paragraphe sur les horaires de RCW 80.36.390 et la date d'entrée en vigueur (2022-06-09) ont été lus dans un miroir des lois de session (wa-law.org) et des sources secondaires, pas sur app.leg.wa.gov."),
  },
  {
    id: 'us.nv.adad.hours',
    name: { en: 'Nevada (automatic dialing and announcing device)', fr: "Nevada (appareil de numérotation et d'annonce automatique)" },
    code: 'us.nv.adad.hours',
    region: 'US-NV',
    inForce: { from: '1999-10-01' },
    citations: [law.NV_ADAD],
    week: every([9, 21]),
    calls: 'prerecorded',
    statement: both('Nevada: a device for automatic dialing and announcing (prerecorded message) may not place a call received in the state between 9 p.m. and 9 a.m.', "Nevada : pas d'appel par appareil de numérotation et d'annonce automatique (message enregistré) reçu dans l'État entre 21 h et 9 h."),
    reading: both(
      'NRS 597.814(2): "A person shall not operate a device for automatic dialing and announcing to place: (a) A call that is received by a telephone located in this state during the period between 9 p.m. and 9 a.m." Prerecorded calls only; live calls keep the federal window (VICIdial\'s 09:00–20:00 for every call has no support in the text). Subsection (3) exempts a preexisting business relationship: not applied (conservative).',
      "NRS 597.814(2) : pas d'appel par appareil de numérotation et d'annonce automatique « reçu par un téléphone situé dans l'État entre 21 h et 9 h ». Appels préenregistrés seulement ; les appels en direct gardent la plage fédérale (le 09:00–20:00 de VICIdial pour tout appel n'a pas d'appui dans le texte). L'exception de relation d'affaires préexistante du (3) n'est pas appliquée (prudence).",
    ),
    unverified: both('NRS 597.814 read in a secondary copy (contactcentercompliance.com), not on leg.state.nv.us; the in-force date is the 1999 session default (A.B. 193, seen on the legislature\'s archive).', "NRS 597.814 lu dans une copie secondaire, pas sur leg.state.nv.us ; la date d'entrée en vigueur est celle, par défaut, de la session de 1999 (A.B. 193, vu sur les archives du législateur)."),
  },
  {
    id: 'us.ky.adad.hours',
    name: { en: 'Kentucky (automated calling equipment)', fr: "Kentucky (automate d'appel)" },
    code: 'us.ky.adad.hours',
    region: 'US-KY',
    inForce: { from: '1992-07-14' },
    citations: [law.KY_ADAD],
    week: every([8, 21]),
    calls: 'prerecorded',
    statement: both('Kentucky: automated calling equipment delivering recorded messages (polls, soliciting information, advertising) only between 8 a.m. and 9 p.m.', "Kentucky : automate d'appel à message enregistré (sondages, collecte d'informations, publicité) seulement entre 8 h et 21 h."),
    reading: both(
      'KRS 367.461(2)(e): "Calls using the automated calling equipment are made only between 8:00 a.m. and 9:00 p.m." The federal window for marketing calls; it matters for prerecorded calls the federal hours rule does not reach (polls, information). VICIdial\'s "Kentucky 10am restriction" has no support in the text.',
      "KRS 367.461(2)(e) : les appels par automate « ne sont passés qu'entre 8 h et 21 h ». La plage fédérale pour les appels commerciaux ; elle compte pour les appels préenregistrés que la règle fédérale n'atteint pas (sondages, informations). La « restriction de 10 h » de VICIdial pour le Kentucky n'a pas d'appui dans le texte.",
    ),
    unverified: both('KRS 367.461 read in secondary copies (contactcentercompliance.com, self-law.org), not on apps.legislature.ky.gov; the in-force date is that of its companion KRS 367.463 (1992 Ky. Acts ch. 32).', "KRS 367.461 lu dans des copies secondaires, pas sur le site du législateur ; la date d'entrée en vigueur est celle du KRS 367.463 qui l'accompagne (1992 Ky. Acts ch. 32)."),
  },
  {
    id: 'us.pa.hours',
    name: { en: 'Pennsylvania', fr: 'Pennsylvanie' },
    code: 'us.pa.hours',
    region: 'US-PA',
    inForce: { from: '2019-12-03' },
    citations: [law.PA_HOURS],
    week: every([8, 21]),
    closedOnHolidays: true,
    statement: both('Pennsylvania: no telemarketing after 9 p.m. or before 8 a.m., and (from 3 December 2019) no telephone solicitation call on a legal holiday.', "Pennsylvanie : pas de télémarketing après 21 h ni avant 8 h et (depuis le 3 décembre 2019) pas d'appel de démarchage un jour férié légal."),
    reading: both(
      '73 P.S. § 2245(a)(1), read on the state\'s Westlaw site ("Effective: December 3, 2019"): "The following acts are prohibited: (1) Conducting telemarketing after 9 p.m. or before 8 a.m." Act 73 of 2019 added (a)(10), telephone solicitation calls on legal holidays. The hours are the federal window; the holidays close the day (calendar: date-holidays, US + PA, which includes Flag Day). No Sunday rule: VICIdial\'s "Sunday from 1:30 p.m." has no source in the Act. S.B. 992 (2025–26: no Sunday calls, 9 a.m.–7 p.m.) passed the Senate only; not encoded.',
      "73 P.S. § 2245(a)(1), lu sur le site Westlaw de l'État (« en vigueur le 3 décembre 2019 ») : est interdit « (1) le télémarketing après 21 h ou avant 8 h ». La loi n° 73 de 2019 a ajouté le (a)(10) : pas d'appel de démarchage un jour férié légal. Les heures sont la plage fédérale ; les jours fériés ferment la journée (calendrier : date-holidays, US + PA, Flag Day compris). Aucune règle du dimanche : le « dimanche à partir de 13 h 30 » de VICIdial n'a pas de source dans la loi. S.B. 992 (2025–26 : pas d'appel le dimanche, 9 h–19 h) n'a été voté que par le Sénat ; non encodé.",
    ),
    unverified: both('The wording of § 2245(a)(10) (legal holidays) and its list of holidays come from secondary sources (Jenkins Law Library, dnc.com); Pennsylvania has no official consolidated text of the Act.', 'La rédaction du § 2245(a)(10) (jours fériés) et la liste des jours viennent de sources secondaires (Jenkins Law Library, dnc.com) ; la Pennsylvanie n’a pas de texte consolidé officiel de la loi.'),
  },
  {
    id: 'us.ct.hours',
    name: { en: 'Connecticut', fr: 'Connecticut' },
    code: 'us.ct.hours',
    region: 'US-CT',
    inForce: { from: '2023-10-01' },
    citations: [law.CT_HOURS],
    week: every([9, 20]),
    statement: both('Connecticut (from 1 October 2023): no telephonic sales call before 9 a.m. or after 8 p.m.', 'Connecticut (depuis le 1er octobre 2023) : aucun appel de vente par téléphone avant 9 h ou après 20 h.'),
    unverified: both('UNVERIFIED: hours from the team reference; the 2023 amendments to § 42-288a were seen only in summaries that do not state the hours.', 'NON VÉRIFIÉ : horaires tirés de la référence de l’équipe ; les amendements de 2023 au § 42-288a n’ont été vus que dans des résumés qui ne donnent pas les horaires.'),
  },
];

const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const JOURS = ['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche'];
const hh = (h: number) => `${String(h).padStart(2, '0')}:00`;

const HOUR_MS = 3_600_000;

/** Why a local instant is closed under a schedule, and when it next opens (null: not within two weeks). */
interface Closed {
  localTime: string;
  localDate: string;
  weekday: number;
  window: string;
  holiday?: string;
  opensAt: number | null;
}

function closedAt(ctx: RuleContext, s: CallingSchedule, clock: LocalClock): Closed | null {
  const holidayOf = (day: number): string | undefined =>
    s.closedOnHolidays && s.region !== undefined ? ctx.holidayIn(isoDateOfDay(day), s.region)?.name : undefined;
  const wall = clock === ctx.clock ? ctx.wall : clock.wall(ctx.at);
  const today = s.week[wall.weekday - 1] ?? null;
  const holiday = holidayOf(wall.day);
  const m = wall.msOfDay;
  if (today && holiday === undefined && m >= today[0] * HOUR_MS && m < today[1] * HOUR_MS) return null;
  let opensAt: number | null = null;
  if (today && holiday === undefined && m < today[0] * HOUR_MS) {
    opensAt = clock.sameDayAt(ctx.at, today[0] * 60);
  } else {
    for (let d = 1; d <= 14 && opensAt === null; d++) {
      const w = s.week[weekdayOfDay(wall.day + d) - 1];
      if (w && holidayOf(wall.day + d) === undefined) opensAt = clock.sameDayAt(clock.startOfDayPlus(ctx.at, d), w[0] * 60);
    }
  }
  const closed: Closed = {
    localTime: clockText(m),
    localDate: isoDateOfDay(wall.day),
    weekday: wall.weekday,
    window: today ? `${hh(today[0])}-${hh(today[1])}` : 'closed',
    opensAt,
  };
  if (holiday !== undefined) closed.holiday = holiday;
  return closed;
}

function covered(ctx: RuleContext, s: CallingSchedule): boolean {
  if (s.region !== undefined && !inState(ctx, s.region)) return false;
  if (s.textsFrom !== undefined && ctx.attempt.channel === 'sms' && ctx.localDate < s.textsFrom) return false;
  switch (s.calls ?? 'telemarketing') {
    case 'telemarketing':
      return isTelemarketing(ctx);
    case 'automated':
      return isTelemarketing(ctx) && isAutomated(ctx);
    case 'prerecorded':
      return ctx.attempt.prerecorded;
  }
}

/** Facts of a call outside a schedule's windows. */
type ClosedFacts = Omit<Closed, 'opensAt'> & { timeZone: string };

/** The block of a schedule's code (the dated rows of one state share it: see {@link callingHoursRules}). */
export type HoursReason = ReasonDef<ClosedFacts, string, 'block'>;

/** Defines the reason of a schedule's code, with the schedule's name in its message. */
export function hoursReason(s: Pick<CallingSchedule, 'code' | 'name'>): HoursReason {
  const { name } = s;
  return defineReason<ClosedFacts>()(s.code, {
    kind: 'block',
    facts: {
      localTime: "the called party's local time",
      localDate: "the called party's local date",
      weekday: 'ISO weekday, 7 = Sunday',
      window: "that day's window (HH:00-HH:00), or 'closed'",
      holiday: 'the holiday that closes the day, if any',
      timeZone: 'the zone of this evaluation (every candidate zone must be open)',
    },
    example: { localTime: '21:15:00', localDate: '2026-11-24', weekday: 2, window: '08:00-21:00', timeZone: 'America/Chicago' },
    message: (f) => {
      const why = f.holiday !== undefined
        ? { en: `no calls on ${f.localDate}, a holiday (${f.holiday})`, fr: `le ${f.localDate} est férié (${f.holiday})` }
        : f.window === 'closed'
          ? { en: `no calls on ${WEEKDAYS[f.weekday - 1]}`, fr: `pas d'appel le ${JOURS[f.weekday - 1]}` }
          : { en: `${f.localTime} on ${f.localDate} is outside ${f.window}`, fr: `${f.localTime} le ${f.localDate} est hors de ${f.window}` };
      return {
        en: `${name.en} calling hours: ${why.en} (called party's local time, ${f.timeZone}).`,
        fr: `Horaires d'appel (${name.fr}) : ${why.fr} (heure locale de l'appelé, ${f.timeZone}).`,
      };
    },
  });
}

/** An express consent to calls outside the hours (TSR "prior consent"; NY "express consent"). */
export const OUTSIDE_HOURS_CONSENT = defineReason<{ consentAt: string; lifts: readonly string[] }>()('us.exemption.outside-hours-consent', {
  kind: 'exempt',
  facts: { consentAt: 'when the consumer consented to calls outside the hours', lifts: 'the hours codes it lifted' },
  example: { consentAt: '2026-08-03T12:00:00-04:00', lifts: ['us.tcpa.hours', 'us.ny.hours'] },
  message: (f) => ({
    en: `Outside the calling hours, but the consumer expressly consented on ${f.consentAt} to calls at such times.`,
    fr: `Hors des horaires d'appel, mais le consommateur a consenti expressément le ${f.consentAt} à être appelé à ces moments.`,
  }),
});

/** A schedule as a rule: blocks outside its windows, until the next opening; rows sharing a code pass the same `closedReason`. */
export function callingHours(s: CallingSchedule, closedReason: HoursReason = hoursReason(s)): Rule {
  return defineRule({
    id: s.id,
    inForce: s.inForce,
    citations: s.citations,
    statement: s.statement,
    ...(s.reading ? { reading: s.reading } : {}),
    ...(s.unverified ? { unverified: s.unverified } : {}),
    reasons: s.consentLifts ? [closedReason, OUTSIDE_HOURS_CONSENT] : [closedReason],
    check(ctx) {
      if (!covered(ctx, s)) return [];
      const closed = [closedAt(ctx, s, ctx.clock)];
      if (s.alsoIn !== undefined) closed.push(closedAt(ctx, s, clockOf(fixedOrIanaZone(s.alsoIn))));
      const found = closed.filter((c): c is Closed => c !== null);
      if (found.length === 0) return [];
      if (s.consentLifts) {
        const { consent } = consentFor(ctx, 'outside-hours', false);
        if (consent) return [exempt(OUTSIDE_HOURS_CONSENT, { consentAt: ctx.iso(consent.at), lifts: [s.code] })];
      }
      // Facts built by assignment, in the order they always had: a rest and a spread here made V8
      // deoptimise the rule (issue 15).
      const first = found[0]!;
      const facts: Omit<Closed, 'opensAt'> & { timeZone?: string } = { localTime: first.localTime, localDate: first.localDate, weekday: first.weekday, window: first.window };
      if (first.holiday !== undefined) facts.holiday = first.holiday;
      facts.timeZone = ctx.recipient.timeZone;
      const until = found.some((c) => c.opensAt === null) ? null : Math.max(...found.map((c) => c.opensAt!));
      return [block(closedReason, facts as Omit<Closed, 'opensAt'> & { timeZone: string }, until)];
    },
  });
}

/** The built-in schedules' rules: one reason per code, defined once and shared by that code's dated rows. */
export const callingHoursRules: readonly Rule[] = (() => {
  const reasons = new Map<string, HoursReason>();
  return SCHEDULES.map((s) => {
    let reason = reasons.get(s.code);
    if (!reason) reasons.set(s.code, (reason = hoursReason(s)));
    return callingHours(s, reason);
  });
})();
