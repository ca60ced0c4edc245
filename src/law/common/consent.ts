/**
 * Two rule shapes every international pack repeats, written once: an objection to the advertiser
 * (GDPR art. 21, PECR reg. 21(1)(a), the Canadian internal list…) blocks at once and for good;
 * an opt-in (ePrivacy art. 13: automated calls, SMS; national consent regimes) needs a consent of
 * this advertiser — and, where the text allows it, an existing customer relationship.
 */
import { block, defineReason, defineRule, exempt } from '../../core/reason.js';
import type { AnyReason, ReasonDef, Rule, RuleContext, Text } from '../../core/rule.js';
import { CONSENT_BASIS_FACTS, type ConsentBasis } from '../fr/consents.js';
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

function described(d: Described, reasons: readonly AnyReason[], check: Rule['check']): Rule {
  return defineRule({
    id: d.id,
    inForce: d.inForce,
    citations: d.citations,
    statement: d.statement,
    ...(d.reading ? { reading: d.reading } : {}),
    ...(d.unverified ? { unverified: d.unverified } : {}),
    ...(d.sanctions ? { sanctions: d.sanctions } : {}),
    reasons,
    check,
  });
}

/** Facts of a consent exemption: the consent relied on, and the rule whose block it lifts when it lifts a listing. */
export type ConsentExemptionFacts = ConsentBasis & { lifts?: string; listedSince?: string };
/** Facts of a customer exemption. */
export type CustomerFacts = { basis: string; since: string; endsAt?: string; lifts?: string };

/** A pack's consent exemption, defined once and shared by its rules. */
export function consentExemption(code: string, message: (f: ConsentExemptionFacts) => Text): ReasonDef<ConsentExemptionFacts, string, 'exempt'> {
  return defineReason<ConsentExemptionFacts>()(code, {
    kind: 'exempt',
    facts: { ...CONSENT_BASIS_FACTS, lifts: 'the rule whose listing it lifts, if any', listedSince: 'the first check that found the number on the opposition list, when the consent came after it' },
    example: { consentAt: '2026-10-01T10:00:00Z', proof: 'web-form-17' },
    message,
  });
}

/** A pack's existing-customer exemption (soft opt-in, or a listing lifted by a relationship), defined once. */
export function customerExemption(code: string, message: (f: CustomerFacts) => Text): ReasonDef<CustomerFacts, string, 'exempt'> {
  return defineReason<CustomerFacts>()(code, {
    kind: 'exempt',
    facts: { basis: "what the relationship rests on ('purchase' or 'inquiry')", since: 'when it began', endsAt: 'when it stops counting, if it does', lifts: 'the rule whose listing it lifts, if any' },
    example: { basis: 'purchase', since: '2026-04-12T15:00:00Z' },
    message,
  });
}

/** The reason of an objection (`code`), with its message. */
export function objectionReason(code: string, message: (requestedAt: string) => Text = (at) => ({
  en: `The person asked this advertiser on ${at} not to contact them again.`,
  fr: `La personne a demandé à cet annonceur le ${at} de ne plus la contacter.`,
})): ReasonDef<{ requestedAt: string }, string, 'block'> {
  return defineReason<{ requestedAt: string }>()(code, {
    kind: 'block',
    facts: { requestedAt: 'when the person objected' },
    example: { requestedAt: '2026-09-30T17:45:00Z' },
    message: (f) => message(f.requestedAt),
  });
}

/** An objection to this advertiser, on the attempt's channel, blocks until a later consent. */
export function objectionRule(d: Described & { reason: ReasonDef<{ requestedAt: string }, string, 'block'>; applies(ctx: RuleContext): boolean }): Rule {
  return described(d, [d.reason], (ctx) => {
    if (!d.applies(ctx)) return [];
    const stop = objectionInForce(ctx);
    return stop ? [block(d.reason, { requestedAt: ctx.iso(stop.at) }, null)] : [];
  });
}

/** What an opt-in accepts and the reasons it reports. */
export interface OptIn extends Described {
  applies(ctx: RuleContext): boolean;
  /** The consent's scope: `'prerecorded'` for automated calls, `'prospecting'` otherwise. */
  scope: ConsentScope;
  /** Where the text admits existing customers (soft opt-in), their periods in months (`null`: no limit). */
  customers?: { purchase: number | null; inquiry: number | null };
  /** The block when neither applies: its code and message, or a reason shared by dated versions of the rule. */
  missing: { code: string; message: Text } | MissingConsent;
  /** The pack's exemptions this rule relies on. */
  exemptions: { consent: ReasonDef<ConsentExemptionFacts, string, 'exempt'>; customer?: ReasonDef<CustomerFacts, string, 'exempt'> };
}

/** The block of an opt-in: no consent (nor customer relationship) recorded. */
export type MissingConsent = ReasonDef<Record<never, never>, string, 'block'>;

/** Defines the block of an opt-in (once, when dated versions of the rule share it). */
export function missingConsent(code: string, message: Text): MissingConsent {
  return defineReason<Record<never, never>>()(code, { kind: 'block', facts: {}, example: {}, message: () => message });
}

/** An opt-in as a rule: exempt with the consent (or the customer relationship), else blocked. */
export function optInRule(o: OptIn): Rule {
  const missing = 'kind' in o.missing ? o.missing : missingConsent(o.missing.code, o.missing.message);
  const { consent: consentReason, customer: customerReason } = o.exemptions;
  return described(o, [missing, consentReason, ...(customerReason && o.customers ? [customerReason] : [])], (ctx) => {
    if (!o.applies(ctx)) return [];
    const consent = consentInForce(ctx, o.scope, ctx.attempt.channel);
    if (consent) return [exempt(consentReason, consentFacts(ctx, consent))];
    const customer = o.customers && customerReason ? customerRelationship(ctx, o.customers) : null;
    if (customer) return [exempt(customerReason!, { basis: customer.basis, since: ctx.iso(customer.since) })];
    return [block(missing, {}, null)];
  });
}
