/**
 * A litigator flag (`litigator` events, from the host's data vendor): the holder of the number is
 * listed as a serial filer of telemarketing suits. No law forbids calling them: this is the host's
 * policy, reported as `policy.litigator`, a block like the advertiser's own limits, for the
 * advertiser the event names or, without one, for every advertiser. It never lifts a legal block.
 */
import { block, defineReason, defineRule } from '../core/reason.js';
import type { Rule } from '../core/rule.js';

/** The number's holder is on the host's litigator list. */
export const LITIGATOR = defineReason<{ flaggedAt: string; source?: string }>()('policy.litigator', {
  kind: 'block',
  facts: { flaggedAt: 'when the vendor flagged the number', source: 'the vendor or list, if recorded' },
  example: { flaggedAt: '2026-10-12T00:00:00Z', source: 'vendor-x' },
  message: (f) => ({
    en: `The number's holder is on the litigator list${f.source ? ` of ${f.source}` : ''} (flagged ${f.flaggedAt}): the advertiser's policy is not to call.`,
    fr: `Le titulaire du numéro figure sur la liste de plaideurs${f.source ? ` de ${f.source}` : ''} (signalé le ${f.flaggedAt}) : la politique de l'annonceur est de ne pas appeler.`,
  }),
});

export const litigatorRule: Rule = defineRule({
  id: 'policy.litigator',
  inForce: { from: '1970-01-01' },
  citations: [],
  statement: {
    en: "A number whose holder the host's data vendor lists as a serial litigator is not called (the advertiser's policy, not a law).",
    fr: "Un numéro dont le titulaire est signalé comme plaideur en série par le fournisseur de données de l'hôte n'est pas appelé (politique de l'annonceur, non une loi).",
  },
  reading: {
    en: 'A `litigator` event for this advertiser, or for every advertiser (no advertiser), blocks every contact from its date on; a block with no end.',
    fr: "Un événement `litigator` pour cet annonceur, ou pour tous (sans annonceur), bloque tout contact à partir de sa date ; un blocage sans fin.",
  },
  reasons: [LITIGATOR],
  check(ctx) {
    for (let i = ctx.history.length - 1; i >= 0; i--) {
      const e = ctx.history[i]!;
      if (e.type !== 'litigator' || (e.advertiser !== undefined && e.advertiser !== ctx.attempt.advertiser)) continue;
      return [block(LITIGATOR, e.source === undefined ? { flaggedAt: ctx.iso(e.at) } : { flaggedAt: ctx.iso(e.at), source: e.source }, null)];
    }
    return [];
  },
});
