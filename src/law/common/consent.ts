/**
 * Two rule shapes every international pack repeats, written once: an objection to the advertiser
 * (GDPR art. 21, PECR reg. 21(1)(a), the Canadian internal list…) blocks at once and for good;
 * an opt-in (ePrivacy art. 13: automated calls, SMS; national consent regimes) needs a consent of
 * this advertiser — and, where the text allows it, an existing customer relationship.
 */
import type { Rule, RuleContext, Text } from '../../core/rule.js';
import type { Citation, ConsentScope } from '../../core/types.js';
import { consentFacts, consentInForce, customerRelationship, objectionInForce } from './history.js';

interface Described {
  id: string;
  inForce: { from: string; until?: string };
  citations: readonly Citation[];
  statement: Text;
  reading?: Text;
  unverified?: Text;
  sanctions?: readonly Citation[];
}

function described(d: Described, messages: Rule['messages'], check: Rule['check']): Rule {
  const rule: Rule = { id: d.id, inForce: d.inForce, citations: d.citations, statement: d.statement, messages, check };
  if (d.reading) rule.reading = d.reading;
  if (d.unverified) rule.unverified = d.unverified;
  if (d.sanctions) rule.sanctions = d.sanctions;
  return rule;
}

/** An objection to this advertiser, on the attempt's channel, blocks with `code` until a later consent. */
export function objectionRule(d: Described & { code: string; applies(ctx: RuleContext): boolean; message?: (requestedAt: string) => Text }): Rule {
  const message = d.message ?? ((at: string) => ({
    en: `The person asked this advertiser on ${at} not to contact them again.`,
    fr: `La personne a demandé à cet annonceur le ${at} de ne plus la contacter.`,
  }));
  return described(d, { [d.code]: (f) => message(String(f.requestedAt)) }, (ctx) => {
    if (!d.applies(ctx)) return [];
    const stop = objectionInForce(ctx);
    return stop ? [{ kind: 'block', code: d.code, facts: { requestedAt: ctx.iso(stop.at) }, until: null }] : [];
  });
}

/** What an opt-in accepts and the codes it reports. */
export interface OptIn extends Described {
  applies(ctx: RuleContext): boolean;
  /** The consent's scope: `'prerecorded'` for automated calls, `'prospecting'` otherwise. */
  scope: ConsentScope;
  /** Where the text admits existing customers (soft opt-in), their periods in months (`null`: no limit). */
  customers?: { purchase: number | null; inquiry: number | null };
  codes: { missing: string; consent: string; customer?: string };
  messages: { missing: Text; consent: (consentAt: string) => Text; customer?: (since: string) => Text };
}

/** An opt-in as a rule: exempt with the consent (or the customer relationship), else blocked. */
export function optInRule(o: OptIn): Rule {
  const messages: Record<string, Rule['messages'][string]> = {
    [o.codes.missing]: () => o.messages.missing,
    [o.codes.consent]: (f) => o.messages.consent(String(f.consentAt)),
  };
  if (o.codes.customer && o.messages.customer) messages[o.codes.customer] = (f) => o.messages.customer!(String(f.since));
  return described(o, messages, (ctx) => {
    if (!o.applies(ctx)) return [];
    const consent = consentInForce(ctx, o.scope, ctx.attempt.channel);
    if (consent) return [{ kind: 'exempt', code: o.codes.consent, facts: consentFacts(ctx, consent) }];
    const customer = o.customers && o.codes.customer ? customerRelationship(ctx, o.customers) : null;
    if (customer) return [{ kind: 'exempt', code: o.codes.customer!, facts: { basis: customer.basis, since: ctx.iso(customer.since) } }];
    return [{ kind: 'block', code: o.codes.missing, facts: {}, until: null }];
  });
}
