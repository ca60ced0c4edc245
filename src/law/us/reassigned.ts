/**
 * Maine: no telephone sales call without first using the FCC Reassigned Numbers Database
 * (10 M.R.S. § 1499-B(6), as amended by L.D. 2234, in force 16 July 2024): the first state to
 * require it. The database's answers reach the engine as `reassigned-check` events (a data
 * vendor's fact: docs/us.md); what a 'yes' does to consents is the federal consent rule's
 * (./relationship.ts).
 */
import { block, defineReason, defineRule } from '../../core/reason.js';
import type { Rule } from '../../core/rule.js';
import * as law from './citations.js';
import { EBR_EXEMPTION, ebrExemption } from './dnc.js';
import { daysSince } from './relationship.js';
import { inState, isTelemarketing } from './scope.js';

/**
 * How old a check may be. The statute says only "prior to initiating" the call; a query answers
 * for the day it is made, and a number can change hands afterwards. Conservative reading: a check
 * of the last 31 calendar days, the freshness the federal do-not-call safe harbor asks of a
 * registry scrub (64.1200(c)(2)(i)(D)).
 */
export const REASSIGNED_CHECK_MAX_AGE_DAYS = 31;

const UNCHECKED = defineReason<{ maxAgeDays: number; checkedAt: string | null; daysOld: number | null; result: string | null }>()('us.me.reassigned-unchecked', {
  kind: 'block',
  facts: {
    maxAgeDays: `the oldest check allowed, in days (${REASSIGNED_CHECK_MAX_AGE_DAYS})`,
    checkedAt: 'the last reassigned-numbers query, or null',
    daysOld: 'its age in calendar days, or null',
    result: "its answer ('yes', 'no', 'no-data'), or null",
  },
  example: { maxAgeDays: REASSIGNED_CHECK_MAX_AGE_DAYS, checkedAt: null, daysOld: null, result: null },
  message: (f) => ({
    en: f.checkedAt === null
      ? 'Maine: the number was never checked against the FCC Reassigned Numbers Database before this telephone sales call.'
      : f.result === 'no-data'
        ? `Maine: the Reassigned Numbers Database had no data for the last query (${f.checkedAt}): the number is not verified.`
        : `Maine: the last Reassigned Numbers Database query (${f.checkedAt}) is ${f.daysOld} days old; at most ${f.maxAgeDays} are allowed.`,
    fr: f.checkedAt === null
      ? "Maine : le numéro n'a jamais été vérifié dans la base des numéros réattribués de la FCC avant cet appel de vente."
      : f.result === 'no-data'
        ? `Maine : la base des numéros réattribués n'avait pas de données pour la dernière interrogation (${f.checkedAt}) : le numéro n'est pas vérifié.`
        : `Maine : la dernière interrogation de la base des numéros réattribués (${f.checkedAt}) date de ${f.daysOld} jours ; ${f.maxAgeDays} au plus.`,
  }),
});

export const maineReassignedCheck: Rule = defineRule({
  id: 'us.me.reassigned',
  inForce: { from: '2024-07-16' },
  citations: [law.ME_REASSIGNED],
  statement: {
    en: 'Maine: a telephone solicitor may not initiate a telephone sales call without first using the reassigned numbers database to verify that the consumer’s number has not been reassigned.',
    fr: "Maine : un démarcheur ne peut passer un appel de vente sans avoir d'abord vérifié dans la base des numéros réattribués que le numéro du consommateur n'a pas changé de titulaire.",
  },
  reading: {
    en: `§ 1499-B(6) as amended by L.D. 2234 forbids "to fail to use the reassigned numbers database to verify that a consumer's telephone number has not been reassigned prior to initiating a telephone sales call to that consumer". A \`reassigned-check\` event of the last ${REASSIGNED_CHECK_MAX_AGE_DAYS} calendar days satisfies it, whatever its answer ('yes' voids the earlier consents under the federal rule); a 'no-data' answer verifies nothing. The section does not apply to a person with whom the solicitor has an established business relationship (a purchase in the last 18 months, an inquiry in the last 3): reported as an exemption. Calls made "at the express request of the person called" are exempt too; callgate cannot tell them and does not apply that exception. Texts are read as calls (conservative).`,
    fr: `Le § 1499-B(6) modifié par L.D. 2234 interdit de « ne pas utiliser la base des numéros réattribués pour vérifier que le numéro du consommateur n'a pas été réattribué avant de lui passer un appel de vente ». Un événement \`reassigned-check\` des ${REASSIGNED_CHECK_MAX_AGE_DAYS} derniers jours calendaires y satisfait, quelle que soit la réponse (« yes » rend caducs les consentements antérieurs selon la règle fédérale) ; une réponse « no-data » ne vérifie rien. La section ne s'applique pas en cas de relation d'affaires établie (achat dans les 18 derniers mois, demande dans les 3 derniers) : signalé comme exemption. Les appels passés « à la demande expresse de l'appelé » sont aussi exemptés ; callgate ne peut les reconnaître et n'applique pas cette exception. Les SMS sont lus comme des appels (prudence).`,
  },
  unverified: {
    en: 'The amended sentence and the in-force date come from secondary sources (Mondaq, Kelley Drye: L.D. 2234 signed 2024-03-25, effective 2024-07-16); § 1499-B was not opened on legislature.maine.gov. Maine\'s general effective date for 2024 laws was 2024-08-09 (90 days after the 2024-05-10 adjournment): the earlier date is kept (conservative). The 31-day freshness is this library\'s reading, not the statute\'s.',
    fr: "La phrase modifiée et la date d'entrée en vigueur viennent de sources secondaires (Mondaq, Kelley Drye : L.D. 2234 signée le 2024-03-25, en vigueur le 2024-07-16) ; le § 1499-B n'a pas été ouvert sur legislature.maine.gov. La date générale d'entrée en vigueur des lois du Maine de 2024 était le 2024-08-09 (90 jours après la clôture du 2024-05-10) : la date la plus précoce est gardée (prudence). La fraîcheur de 31 jours est la lecture de cette bibliothèque, non celle du texte.",
  },
  reasons: [UNCHECKED, EBR_EXEMPTION],
  check(ctx) {
    if (!isTelemarketing(ctx) || !inState(ctx, 'US-ME')) return [];
    let last: { at: number; result: string } | null = null;
    for (let i = ctx.history.length - 1; i >= 0 && last === null; i--) {
      const e = ctx.history[i]!;
      if (e.type === 'reassigned-check') last = e;
    }
    const daysOld = last ? daysSince(ctx, last.at) : null;
    if (last && last.result !== 'no-data' && daysOld !== null && daysOld <= REASSIGNED_CHECK_MAX_AGE_DAYS) return [];
    const ebr = ebrExemption(ctx, UNCHECKED.code);
    if (ebr) return [ebr];
    return [block(UNCHECKED, { maxAgeDays: REASSIGNED_CHECK_MAX_AGE_DAYS, checkedAt: last ? ctx.iso(last.at) : null, daysOld, result: last ? last.result : null }, null)];
  },
});
