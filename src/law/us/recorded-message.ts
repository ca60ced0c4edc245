/**
 * Massachusetts: "No telephone solicitor shall make or cause to be made an unsolicited telephonic
 * sales call to a consumer by the use of a recorded message device." (201 CMR 12.02(4), under
 * M.G.L. c. 159C). Stricter than the federal rule, which allows a prerecorded telemarketing call
 * with prior express written consent: here only a call that is not unsolicited (the consumer's
 * consent to this advertiser's calls) escapes it.
 */
import { block, defineReason, defineRule } from '../../core/reason.js';
import type { Rule } from '../../core/rule.js';
import * as law from './citations.js';
import { consentFor } from './relationship.js';
import { inState, isTelemarketing } from './scope.js';

/** A prerecorded sales call to a Massachusetts consumer who did not consent (201 CMR 12.02(4)). */
export const MA_RECORDED_MESSAGE = defineReason<{ region: 'US-MA' }>()('us.ma.recorded-message', {
  kind: 'block',
  facts: { region: 'the state whose rule applies (US-MA)' },
  example: { region: 'US-MA' },
  message: () => ({
    en: 'Massachusetts forbids unsolicited sales calls by recorded message (201 CMR 12.02(4)), and the consumer has not consented to this advertiser\'s calls.',
    fr: "Le Massachusetts interdit les appels de vente non sollicités par message enregistré (201 CMR 12.02(4)), et le consommateur n'a pas consenti aux appels de cet annonceur.",
  }),
});

export const massachusettsRecordedMessage: Rule = defineRule({
  id: 'us.ma.recorded-message',
  inForce: { from: '2003-04-01' },
  citations: [law.MA_CMR_RECORDED, law.MA_HOURS],
  sanctions: [law.MA_PENALTY],
  statement: {
    en: 'Massachusetts: no unsolicited telephonic sales call to a consumer by the use of a recorded message device.',
    fr: "Massachusetts : aucun appel de vente non sollicité vers un consommateur au moyen d'un dispositif de message enregistré.",
  },
  reading: {
    en: 'A prerecorded call (attempt.prerecorded) for a sale to a Massachusetts number or address is blocked unless the consumer consented to this advertiser\'s calls (then it is not "unsolicited"); an established business relationship alone is not read as an invitation (conservative). Texts are not recorded messages.',
    fr: "Un appel préenregistré (attempt.prerecorded) de vente vers un numéro ou une adresse du Massachusetts est bloqué sauf consentement du consommateur aux appels de cet annonceur (il n'est alors pas « non sollicité ») ; une relation d'affaires seule n'est pas lue comme une invitation (prudence). Les SMS ne sont pas des messages enregistrés.",
  },
  unverified: {
    en: '201 CMR 12.02(4) read in a stored copy current through 2024-09-27; the definition of "unsolicited telephonic sales call" (c. 159C § 1) and its exceptions were not checked.',
    fr: "201 CMR 12.02(4) lu dans une copie à jour au 27 septembre 2024 ; la définition d'« unsolicited telephonic sales call » (c. 159C § 1) et ses exceptions n'ont pas été vérifiées.",
  },
  reasons: [MA_RECORDED_MESSAGE],
  check(ctx) {
    if (!ctx.attempt.prerecorded || ctx.attempt.channel !== 'voice' || !isTelemarketing(ctx) || !inState(ctx, 'US-MA')) return [];
    if (consentFor(ctx, 'prospecting', false).consent) return [];
    return [block(MA_RECORDED_MESSAGE, { region: 'US-MA' }, null)];
  },
});
