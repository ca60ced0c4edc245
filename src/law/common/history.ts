/**
 * Reading a history for the international packs: consents, objections, customer relationships and
 * opposition-list checks, each read the same way in every pack (one place per reading). Consents
 * are read as the French pack reads them (fr/consents.ts: channel, scope, expiry, the host's
 * `consentMaxAge`, withdrawal or objection since), which is the ePrivacy reading shared by the EU
 * packs, the UK and Canada.
 */
import type { HistoryEvent, Ms, RuleContext } from '../../core/rule.js';
import type { Channel } from '../../core/types.js';

export { consentInForce, consentFacts, type Consent } from '../fr/consents.js';

type Check = Extract<HistoryEvent, { type: 'opposition-check' }>;
type Stop = Extract<HistoryEvent, { type: 'objection' | 'consent-withdrawn' }>;
type Customer = Extract<HistoryEvent, { type: 'customer' }>;


/** A commercial call or text that offers something (the calls opposition lists and opt-in laws govern). */
export function isProspecting(ctx: RuleContext): boolean {
  return ctx.attempt.purpose === 'prospecting';
}

/** The latest check of one of `lists` at or before the attempt, or null. */
export function latestCheck(ctx: RuleContext, lists: readonly string[]): Check | null {
  for (let i = ctx.history.length - 1; i >= 0; i--) {
    const e = ctx.history[i]!;
    if (e.type === 'opposition-check' && lists.includes(e.list)) return e;
  }
  return null;
}

/** Whole local calendar days from `at` to the attempt, in the recipient's zone (same day = 0). */
export function localDaysSince(ctx: RuleContext, at: Ms): number {
  return ctx.wall.day - ctx.clock.dayOf(at);
}

/**
 * The objection in force for this advertiser on the attempt's channel: the latest `objection` or
 * `consent-withdrawn` covering it, unless the consumer consented again to prospecting afterwards.
 * Honoured at once and never expired (the conservative reading of every pack: the delays the
 * texts give — 14 days in Canada, 10 business days under CASL — are ceilings, not grace periods).
 */
export function objectionInForce(ctx: RuleContext, channel: Channel = ctx.attempt.channel, withdrawals = true): Stop | null {
  const { advertiser } = ctx.attempt;
  for (let i = ctx.history.length - 1; i >= 0; i--) {
    const e = ctx.history[i]!;
    if (!('advertiser' in e) || e.advertiser !== advertiser) continue;
    if ((e.type === 'objection' || (withdrawals && e.type === 'consent-withdrawn')) && e.channels.includes(channel)) return e;
    if (e.type === 'consent' && e.channels.includes(channel) && e.covers.includes('prospecting')) return null;
  }
  return null;
}

/** A customer relationship with this advertiser at the attempt: what it rests on and when it ends. */
export interface CustomerRelationship {
  basis: 'purchase' | 'inquiry' | 'contract';
  since: Ms;
  /** Local midnight at which it stops counting; null = while a contract runs, or no limit. */
  endsAt: Ms | null;
}

/**
 * The customer relationship in force with this advertiser: a `customer` event (its `kind`; absent =
 * `purchase`, unless the pack reads it as an inquiry) within its period, or a contract running or
 * ended within the purchase period. Periods are calendar months in the recipient's zone, ending at
 * the start of the anniversary day; `null` months = no limit. An objection to this advertiser
 * after the event ends it (Telecommunications Act s. 41.7(1)(b)(ii); GDPR art. 21(3)).
 */
export function customerRelationship(
  ctx: RuleContext,
  months: { purchase: number | null; inquiry: number | null; absentKind?: 'purchase' | 'inquiry' },
): CustomerRelationship | null {
  const { advertiser } = ctx.attempt;
  const stop = objectionInForce(ctx, ctx.attempt.channel, false);
  const end = (from: Ms, n: number | null): Ms | null => (n === null ? null : ctx.toLocal(from).startOf('day').plus({ months: n }).toMillis());
  let best: CustomerRelationship | null = null;
  const consider = (r: CustomerRelationship) => {
    if (r.endsAt !== null && r.endsAt <= ctx.at) return;
    if (stop && stop.at >= r.since && r.basis !== 'contract') return;
    if (!best || (best.endsAt !== null && (r.endsAt === null || r.endsAt > best.endsAt))) best = r;
  };
  for (const e of ctx.history) {
    if (!('advertiser' in e) || e.advertiser !== advertiser) continue;
    if (e.type === 'customer') {
      const basis = (e as Customer).kind ?? months.absentKind ?? 'purchase';
      consider({ basis, since: e.at, endsAt: end(e.at, months[basis]) });
    } else if (e.type === 'contract' && e.at <= ctx.at) {
      consider({ basis: 'contract', since: e.at, endsAt: e.end === undefined || e.end > ctx.at ? null : end(e.end, months.purchase) });
    }
  }
  if (stop && best !== null && (best as CustomerRelationship).basis === 'contract' && stop.at >= (best as CustomerRelationship).since) return null;
  return best;
}
