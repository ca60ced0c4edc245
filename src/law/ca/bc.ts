/**
 * British Columbia: the Telemarketer Licensing Regulation (under the Business Practices and
 * Consumer Protection Act, in force 2005-10-01) adds two rules to the federal ones for calls to
 * consumers in BC: no calls on statutory holidays (the hours are otherwise the CRTC's), and no
 * more than one contact in 30 days about the same goods or services without the consumer's
 * permission. Not in the team reference: found on Consumer Protection BC's pages (the regulator).
 */
import { block, defineReason, defineRule, exempt } from '../../core/reason.js';
import type { ConsentBasis } from '../fr/consents.js';
import type { Rule, RuleContext } from '../../core/rule.js';
import type { Citation } from '../../core/types.js';
import { callingHoursRule } from '../common/hours.js';
import { consentFacts, consentInForce } from '../common/history.js';
import { isTelemarketingCall } from './scope.js';
import { WEEKDAY_WINDOW, WEEKEND_WINDOW } from './telemarketing.js';

const BC_REGULATION: Citation = {
  instrument: 'Telemarketer Licensing Regulation (B.C.), under the Business Practices and Consumer Protection Act',
  url: 'https://www.consumerprotectionbc.ca/get-keep-licence/telemarketing/know-your-obligations/',
  inForce: { from: '2005-10-01' },
  role: 'rule',
};
/** Administrative penalties imposed by Consumer Protection BC (BPCPA Part 10; article numbers UNVERIFIED). */
const BPCPA: Citation = {
  instrument: 'Business Practices and Consumer Protection Act (S.B.C. 2004, c. 2), administrative penalties',
  url: 'https://www.bclaws.gov.bc.ca/civix/document/id/complete/statreg/04002_00',
  inForce: { from: '2005-10-01' },
  role: 'sanction',
};

/** One contact per 30 days about the same goods or services. */
export const BC_CONTACT_DAYS = 30;
/**
 * BC statutory days date-holidays 3.37 does not list: the National Day for Truth and
 * Reconciliation (30 September), a BC statutory holiday from 2023.
 */
const EXTRA_BC_HOLIDAYS: ReadonlyArray<{ from: string; monthDay: string; name: string }> = [
  { from: '2023-01-01', monthDay: '09-30', name: 'National Day for Truth and Reconciliation' },
];

const UNVERIFIED = {
  en: 'VERIFIED-2nd: Consumer Protection BC pages (the regulator: no calls on statutory holidays, weekdays 9:00–21:30, weekends 10:00–18:00, once in 30 days per offer); the regulation itself (bclaws.gov.bc.ca) could not be opened, so its section numbers are not cited. It covers telemarketers who sell by distance contract or solicit for third parties.',
  fr: "VERIFIED-2nd : pages de Consumer Protection BC (le régulateur : pas d'appel les jours fériés légaux, 9 h–21 h 30 en semaine, 10 h–18 h le week-end, une fois par 30 jours par offre) ; le règlement lui-même n'a pu être ouvert, ses articles ne sont pas cités.",
};

const inBritishColumbia = (ctx: RuleContext) =>
  ctx.recipient.regions.includes('CA-BC') && isTelemarketingCall(ctx) && ctx.attempt.purpose === 'prospecting' && ctx.attempt.recipientKind === 'consumer';

function bcHoliday(ctx: RuleContext, localDate: string): string | null {
  const day = ctx.holidayIn(localDate, 'CA-BC');
  if (day) return day.name;
  const extra = EXTRA_BC_HOLIDAYS.find((d) => localDate >= d.from && localDate.slice(5) === d.monthDay);
  return extra ? extra.name : null;
}

export const britishColumbiaHours: Rule = {
  ...callingHoursRule({
    id: 'ca.bc.hours',
    code: 'ca.bc.hours',
    inForce: { from: '2005-10-01' },
    citations: [BC_REGULATION],
    week: [[WEEKDAY_WINDOW], [WEEKDAY_WINDOW], [WEEKDAY_WINDOW], [WEEKDAY_WINDOW], [WEEKDAY_WINDOW], [WEEKEND_WINDOW], [WEEKEND_WINDOW]],
    holidayOf: bcHoliday,
    applies: inBritishColumbia,
    statement: {
      en: 'British Columbia: no telemarketing call to a consumer on a statutory holiday; otherwise 9:00 a.m. to 9:30 p.m. on weekdays and 10:00 a.m. to 6:00 p.m. on weekends.',
      fr: "Colombie-Britannique : aucun appel de télémarketing à un consommateur un jour férié légal ; sinon de 9 h à 21 h 30 en semaine et de 10 h à 18 h le week-end.",
    },
    reading: {
      en: "Applies to numbers of BC area codes and to `recipient.region: 'CA-BC'`. Holidays: BC's statutory days from the calendar (whatever `holidays` mode: the regulation names them), plus 30 September from 2023.",
      fr: "S'applique aux indicatifs de la C.-B. et à `recipient.region: 'CA-BC'`. Jours fériés : ceux de la C.-B. selon le calendrier (quel que soit le mode `holidays`), plus le 30 septembre depuis 2023.",
    },
    unverified: UNVERIFIED,
  }),
  sanctions: [BPCPA],
};

/** A second contact within 30 days without permission (BC Telemarketer Licensing Regulation). */
export const BC_FREQUENCY = defineReason<{ lastContact: string; until: string }>()('ca.bc.frequency', {
  kind: 'block',
  facts: { lastContact: 'the last contact by this advertiser', until: 'when a new contact is allowed' },
  example: { lastContact: '2026-11-10T11:00:00-08:00', until: '2026-12-10T11:00:00-08:00' },
  message: (f) => ({
    en: `British Columbia: this consumer was contacted on ${f.lastContact}; no new contact about the same offer before ${f.until} without their permission.`,
    fr: `Colombie-Britannique : ce consommateur a été contacté le ${f.lastContact} ; pas de nouveau contact pour la même offre avant le ${f.until} sans sa permission.`,
  }),
});

/** The consumer's permission to be contacted again. */
export const BC_PERMISSION = defineReason<ConsentBasis>()('ca.exemption.bc-permission', {
  kind: 'exempt',
  facts: { consentAt: 'when the consumer gave permission', proof: 'its proof reference, if recorded', consentEnds: 'when it stops counting, if known' },
  example: { consentAt: '2026-11-12T15:00:00-08:00' },
  message: (f) => ({ en: `The consumer gave permission on ${f.consentAt} to be contacted again.`, fr: `Le consommateur a permis le ${f.consentAt} d'être recontacté.` }),
});

export const britishColumbiaFrequency: Rule = defineRule({
  id: 'ca.bc.frequency',
  inForce: { from: '2005-10-01' },
  citations: [BC_REGULATION],
  sanctions: [BPCPA],
  statement: {
    en: `British Columbia: a telemarketer may not contact a consumer more than once in ${BC_CONTACT_DAYS} days about the same goods or services without the consumer's permission.`,
    fr: `Colombie-Britannique : un télévendeur ne peut contacter un consommateur plus d'une fois par ${BC_CONTACT_DAYS} jours pour les mêmes biens ou services sans sa permission.`,
  },
  reading: {
    en: "Every contact by this advertiser counts (the engine cannot tell offers apart): answered calls, voicemails, abandoned calls and attempts of unknown outcome; no-answer, busy and failed attempts are not contacts. A consent of this advertiser is the permission. Blocked until 30 days (wall clock) after the last contact.",
    fr: "Tout contact de cet annonceur compte (le moteur ne distingue pas les offres) : appels décrochés, messageries, appels abandonnés et tentatives de résultat inconnu ; non-réponse, occupé et échec ne sont pas des contacts. Un consentement de cet annonceur vaut permission. Bloqué jusqu'à 30 jours (heure locale) après le dernier contact.",
  },
  unverified: UNVERIFIED,
  reasons: [BC_FREQUENCY, BC_PERMISSION],
  check(ctx) {
    if (!inBritishColumbia(ctx)) return [];
    let last: number | null = null;
    for (const e of ctx.history) {
      if (e.type !== 'attempt' || e.advertiser !== ctx.attempt.advertiser || e.channel !== 'voice') continue;
      if (e.outcome === 'no-answer' || e.outcome === 'busy' || e.outcome === 'failed') continue;
      last = e.at;
    }
    if (last === null) return [];
    const until = ctx.toLocal(last).plus({ days: BC_CONTACT_DAYS }).toMillis();
    if (ctx.at >= until) return [];
    const consent = consentInForce(ctx, 'prospecting', 'voice');
    if (consent) return [exempt(BC_PERMISSION, consentFacts(ctx, consent))];
    return [block(BC_FREQUENCY, { lastContact: ctx.iso(last), until: ctx.iso(until) }, until)];
  },
});
