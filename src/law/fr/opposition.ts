/**
 * The opposition-list era (1 June 2016 – 10 August 2026): a professional may not canvass by phone
 * a consumer registered on Bloctel, except within a contract (C. consom. L.121-34, then L.223-1),
 * and must scrub its files against the list at least monthly (L.223-1 al. 4, 2020 version).
 * Newspaper and magazine subscriptions are outside the ban (L.121-34 last-but-one paragraph, then
 * L.223-5). Each version of the text is its own dated rule: an audit applies the law of its day.
 */
import { inForceOf } from '../common/in-force.js';
import { block, defineReason, defineRule } from '../../core/reason.js';
import type { Rule, RuleOutcome, Text } from '../../core/rule.js';
import { isoDateOfDay } from '../../time/local.js';
import type { Citation } from '../../core/types.js';
import {
  BLOCTEL_FROM, BLOCTEL_UNTIL, DECRET_2015_556, L121_34, L223_1_2016, L223_1_2020, LOI_2020_901,
} from './citations.js';
import { CONTRACT_EXEMPTION, CONTRACT_GAP_FACTS, contractExemption, contractGap, contractInForce, contractStartsAfter, type ContractGap } from './contracts.js';
import { pressExempt } from './press.js';
import { isTelephonicProspecting } from './scope.js';

/**
 * Days a scrub result is relied on: a check on local day C covers attempts up to day C+30
 * inclusive (monthly scrubbing, L.223-1 al. 4; a registration takes effect within 30 days).
 */
export const CHECK_VALID_DAYS = 30;

/** The opposition list of the era: events of another list do not count. */
export const OPPOSITION_LIST = 'bloctel';

/** A number the latest Bloctel result says is listed, with no contract in progress. */
export const LISTED = defineReason<{ checkedOn: string } & ContractGap>()('fr.opposition.listed', {
  kind: 'block',
  facts: { checkedOn: 'local date of the latest Bloctel result, which says listed', ...CONTRACT_GAP_FACTS },
  example: { checkedOn: '2026-05-04' },
  message: (f) => ({
    en: `The consumer is registered on Bloctel (check of ${f.checkedOn}) and no contract in progress covers this call.`,
    fr: `Le consommateur est inscrit sur Bloctel (vérification du ${f.checkedOn}) et aucun contrat en cours ne couvre cet appel.`,
  }),
});

/** A number never checked against Bloctel, or whose last check is too old to rely on. */
export const UNCHECKED = defineReason<{ lastCheck: string | null; ageDays: number | null; validDays: number } & ContractGap>()('fr.opposition.unchecked', {
  kind: 'block',
  facts: {
    lastCheck: 'local date of the latest Bloctel check, or null',
    ageDays: 'days from that check to the attempt, local dates (null: never checked)',
    validDays: `how long a check is relied on (${CHECK_VALID_DAYS})`,
    ...CONTRACT_GAP_FACTS,
  },
  example: { lastCheck: '2026-03-02', ageDays: 45, validDays: CHECK_VALID_DAYS },
  message: (f) => ({
    en: f.lastCheck === null
      ? `The number was never checked against Bloctel; a check less than ${f.validDays} days old is required.`
      : `The last Bloctel check (${f.lastCheck}) is ${f.ageDays} days old; it is relied on for ${f.validDays} days.`,
    fr: f.lastCheck === null
      ? `Le numéro n'a jamais été vérifié sur Bloctel ; une vérification de moins de ${f.validDays} jours est requise.`
      : `La dernière vérification Bloctel (${f.lastCheck}) date de ${f.ageDays} jours ; elle vaut ${f.validDays} jours.`,
  }),
});

/** What the text of each version says about scrubbing files, and how we read it. */
interface ScrubText {
  statement: Text;
  reading: Text;
}

function oppositionRule(id: string, inForce: Rule['inForce'], citations: readonly Citation[], exceptionText: Text, scrub: ScrubText): Rule {
  return defineRule({
    id,
    inForce,
    citations,
    statement: {
      en: `A consumer registered on the opposition list (Bloctel) may not be canvassed by phone, ${exceptionText.en}${scrub.statement.en}.`,
      fr: `Un consommateur inscrit sur la liste d'opposition (Bloctel) ne peut être démarché par téléphone, ${exceptionText.fr}${scrub.statement.fr}.`,
    },
    reading: {
      en: `The latest Bloctel result counts; a result is relied on through the ${CHECK_VALID_DAYS}th day after the check (local dates), after which the number is "unchecked" (a listed result, even old, still blocks). ${scrub.reading.en} The contract exception needs the call to name a contract in progress of this advertiser (contractId or purpose 'contract'); "relations contractuelles préexistantes" (texts before 26 July 2020) is read as narrowly, conservatively. A consent does not lift the ban in this era. Applies to prerecorded calls too. "Par voie téléphonique" is read as voice calls, as in the whole of L.223-1 (SMS prospecting needs a consent under CPCE L.34-5); options.telephonicMeans: 'voice-and-sms' applies the list to SMS too.`,
      fr: `Le dernier résultat Bloctel compte ; il vaut jusqu'au ${CHECK_VALID_DAYS}e jour après la vérification (dates locales), ensuite le numéro est « non vérifié » (un résultat « inscrit », même ancien, bloque toujours). ${scrub.reading.fr} L'exception contractuelle suppose que l'appel vise un contrat en cours de cet annonceur (contractId ou purpose 'contract') ; les « relations contractuelles préexistantes » (textes antérieurs au 26 juillet 2020) sont lues aussi étroitement, par prudence. Un consentement ne lève pas l'interdiction dans ce régime. Vaut aussi pour les appels préenregistrés. « Par voie téléphonique » s'entend des appels vocaux, dans tout l'article L.223-1 (la prospection par SMS exige un consentement, CPCE L.34-5) ; options.telephonicMeans: 'voice-and-sms' étend la liste aux SMS.`,
    },
    reasons: [LISTED, UNCHECKED, CONTRACT_EXEMPTION],
    check(ctx) {
      if (!isTelephonicProspecting(ctx)) return [];
      if (pressExempt(ctx, 'opposition')) return []; // the press rule says so in `exemptions`
      const contract = contractInForce(ctx);
      if (contract) return [contractExemption(ctx, contract, 'opposition-list')];

      let last: { at: number; listed: boolean } | null = null;
      for (const e of ctx.history) {
        if (e.type === 'opposition-check' && e.list.toLowerCase() === OPPOSITION_LIST) last = e; // oldest first: keep the latest
      }
      const out: RuleOutcome[] = [];
      const extra = contractGap(ctx);
      const lifted = contractStartsAfter(ctx); // a contract the call names, starting later, lifts both blocks then
      if (last?.listed) {
        out.push(block(LISTED, { checkedOn: isoDateOfDay(ctx.clock.dayOf(last.at)), ...extra }, lifted));
      }
      const checkDay = last === null ? null : ctx.clock.dayOf(last.at);
      const ageDays = checkDay === null ? null : ctx.wall.day - checkDay;
      if (ageDays === null || ageDays > CHECK_VALID_DAYS) {
        out.push(block(UNCHECKED, { lastCheck: checkDay === null ? null : isoDateOfDay(checkDay), ageDays, validDays: CHECK_VALID_DAYS, ...extra }, lifted));
      }
      return out;
    },
  });
}

const preexisting: Text = { en: 'except where contractual relations pre-exist', fr: 'sauf en cas de relations contractuelles préexistantes' };
const inProgress: Text = {
  en: 'except for solicitations within a contract in progress and related to its object',
  fr: "sauf sollicitations intervenant dans le cadre de l'exécution d'un contrat en cours et ayant un rapport avec son objet",
};

/** Before loi n° 2020-901 no text fixed how often files must be scrubbed. */
const scrubImplied: ScrubText = {
  statement: { en: '', fr: '' },
  reading: {
    en: 'No text of this version fixes how often files must be scrubbed; a check at most 30 days old is still required (conservative: a registration takes effect within 30 days, so an older check cannot show the number is free).',
    fr: "Aucun texte de cette version ne fixe la fréquence de vérification des fichiers ; une vérification de moins de 30 jours est tout de même exigée (prudence : une inscription prend effet sous 30 jours, une vérification plus ancienne ne prouve pas que le numéro est libre).",
  },
};
/** L.223-1 al. 4 (2020): at least monthly for a habitual canvasser, before each campaign otherwise. */
const scrubMonthly: ScrubText = {
  statement: {
    en: '; the professional must have its files checked against the list at least monthly (habitual canvassing) or before each campaign',
    fr: " ; le professionnel doit faire vérifier ses fichiers au moins une fois par mois (démarchage habituel) ou avant toute campagne",
  },
  reading: {
    en: 'The monthly check (L.223-1 al. 4) is read as 30 days for every professional.',
    fr: 'La vérification mensuelle (L.223-1 al. 4) est lue comme 30 jours pour tout professionnel.',
  },
};

/** June 2016: L.121-34 (loi Hamon) before the recodification of 1 July 2016. */
export const oppositionList2014 = oppositionRule('fr.opposition.2014', inForceOf([L121_34, DECRET_2015_556], { from: BLOCTEL_FROM }), [L121_34, DECRET_2015_556], preexisting, scrubImplied);
/** L.223-1 as recodified by ordonnance n° 2016-301. */
export const oppositionList2016 = oppositionRule('fr.opposition.2016', inForceOf([L223_1_2016, DECRET_2015_556]), [L223_1_2016, DECRET_2015_556], preexisting, scrubImplied);
/** L.223-1 as amended by loi n° 2020-901 (contract in progress; monthly scrubbing), until the opt-in regime. */
export const oppositionList2020 = oppositionRule('fr.opposition.2020', inForceOf([L223_1_2020, LOI_2020_901, DECRET_2015_556]), [L223_1_2020, LOI_2020_901, DECRET_2015_556], inProgress, scrubMonthly);
