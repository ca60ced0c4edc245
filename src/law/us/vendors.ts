/**
 * Facts from data vendors that are not law: a litigator list (people who often sue under the
 * TCPA). Calling them is lawful when every rule passes; blocking them is the advertiser's choice,
 * reported as `policy.litigator`. The latest answer counts (a later `listed: false` lifts it).
 */
import type { Rule } from '../../core/rule.js';
import * as law from './citations.js';

export const litigatorPolicy: Rule = {
  id: 'us.policy.litigator',
  inForce: { from: '1991-12-20' },
  // Not a rule of law: cited is the private right of action whose suits the policy avoids.
  citations: [law.TCPA_DAMAGES],
  statement: {
    en: 'Policy, not law: a number that the host\'s litigator list marks as a serial TCPA plaintiff is not called.',
    fr: "Politique, pas loi : un numéro que la liste de plaignants de l'hôte signale comme plaignant TCPA récurrent n'est pas appelé.",
  },
  reading: {
    en: 'The latest `litigator` event of the history decides (listed: true blocks until a later answer says otherwise). No statute requires it; it is a business precaution, reported with a policy.* code so that audits do not count it as a violation.',
    fr: "Le dernier événement `litigator` de l'historique décide (listed: true bloque jusqu'à une réponse contraire plus récente). Aucune loi ne l'exige ; c'est une précaution commerciale, signalée avec un code policy.* pour que les audits ne la comptent pas comme une infraction.",
  },
  facts: { listedAt: 'the date of the list answer', source: 'the vendor, when given' },
  messages: {
    'policy.litigator': (f) => ({
      en: `The number is on a litigator list (${f.source ? `${String(f.source)}, ` : ''}answer of ${String(f.listedAt)}): not called by policy.`,
      fr: `Le numéro figure sur une liste de plaignants (${f.source ? `${String(f.source)}, ` : ''}réponse du ${String(f.listedAt)}) : pas d'appel, par politique.`,
    }),
  },
  check(ctx) {
    for (let i = ctx.history.length - 1; i >= 0; i--) {
      const e = ctx.history[i]!;
      if (e.type !== 'litigator' || e.at > ctx.at) continue;
      if (!e.listed) return [];
      const facts: Record<string, unknown> = { listedAt: ctx.iso(e.at) };
      if (e.source !== undefined) facts.source = e.source;
      return [{ kind: 'block', code: 'policy.litigator', facts, until: null }];
    }
    return [];
  },
};
