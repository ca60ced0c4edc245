/**
 * Reading the consumer's relationship with the advertiser out of a history, once for every US
 * rule: consents (oral or written) and their revocation, do-not-call requests to the company,
 * and the established business relationship (EBR) of 47 CFR 64.1200(f)(5).
 *
 * Revocation (47 CFR 64.1200(a)(10), FCC 24-24): a consumer may revoke consent by any reasonable
 * means, and a reply such as STOP to a text revokes it. The conservative reading, which the FCC's
 * "revoke-all" rule (waived until 2027-01-31) will require anyway: a `consent-withdrawn` or an
 * `objection` on any channel ends every consent of this advertiser and is a company-specific
 * do-not-call request, honoured at once (10 business days is the legal ceiling, not a grace period).
 */
import type { HistoryEvent, Ms, RuleContext } from '../../core/rule.js';
import type { ConsentScope } from '../../core/types.js';

type Consent = Extract<HistoryEvent, { type: 'consent' }>;
type Stop = Extract<HistoryEvent, { type: 'objection' | 'consent-withdrawn' }>;

const isStop = (e: HistoryEvent): e is Stop => e.type === 'objection' || e.type === 'consent-withdrawn';
const mine = (ctx: RuleContext, e: HistoryEvent): boolean => 'advertiser' in e && e.advertiser === ctx.attempt.advertiser;

/** What the history says about a consent: the one in force, or the revocation that ended it. */
export interface ConsentReading {
  consent: Consent | null;
  /** Set when the latest matching consent was revoked (withdrawn, STOP, do-not-call request). */
  revokedAt?: Ms;
  /** Set when the number was reassigned since the consent (FCC Reassigned Numbers Database): when it was checked. */
  reassignedCheckedAt?: Ms;
}

/**
 * The latest answer of the Reassigned Numbers Database that the number was permanently
 * disconnected (`reassigned-check`, result 'yes'): a consent given up to that query may be the
 * previous subscriber's, and is void (conservative: the database says "since the date asked", not
 * when). A 'no' leaves consents standing: the caller who checked has the safe harbor of
 * 47 CFR 64.1200(m).
 */
function reassignedAt(ctx: RuleContext): Ms | undefined {
  for (let i = ctx.history.length - 1; i >= 0; i--) {
    const e = ctx.history[i]!;
    if (e.type === 'reassigned-check' && e.result === 'yes') return e.at;
  }
  return undefined;
}

/**
 * The most recent consent of this advertiser in force for the attempt's channel and `scope`
 * (`written` → only a signed written agreement counts), unless revoked since on any channel.
 */
export function consentFor(ctx: RuleContext, scope: ConsentScope, written: boolean): ConsentReading {
  const { history } = ctx;
  let revokedAt: Ms | undefined;
  for (let i = history.length - 1; i >= 0; i--) {
    const e = history[i]!;
    if (!mine(ctx, e)) continue;
    if (isStop(e)) {
      revokedAt ??= e.at;
      continue;
    }
    if (e.type !== 'consent' || !e.covers.includes(scope) || !e.channels.includes(ctx.attempt.channel) || (written && !e.written)) continue;
    if (revokedAt !== undefined) return { consent: null, revokedAt };
    const reassigned = reassignedAt(ctx);
    if (reassigned !== undefined && e.at <= reassigned) return { consent: null, reassignedCheckedAt: reassigned };
    return e.expiresAt !== undefined && e.expiresAt <= ctx.at ? { consent: null } : { consent: e };
  }
  return { consent: null };
}

/** The line type of the latest carrier lookup (`line-type` event), or undefined: then every number is read as wireless. */
export function lineTypeOf(ctx: RuleContext): 'wireless' | 'landline' | 'voip' | undefined {
  for (let i = ctx.history.length - 1; i >= 0; i--) {
    const e = ctx.history[i]!;
    if (e.type === 'line-type') return e.lineType;
  }
  return undefined;
}

/**
 * The company-specific do-not-call request in force: the latest `objection` or
 * `consent-withdrawn` of this advertiser, unless the consumer consented again afterwards.
 * Requests never expire here (the FCC keeps them 5 years, New York's AG speaks of 10).
 */
export function doNotCallRequest(ctx: RuleContext): Stop | null {
  const { history } = ctx;
  for (let i = history.length - 1; i >= 0; i--) {
    const e = history[i]!;
    if (!mine(ctx, e)) continue;
    if (isStop(e)) return e;
    if (e.type === 'consent' && e.covers.includes('prospecting')) return null;
  }
  return null;
}

/** EBR periods of 47 CFR 64.1200(f)(5) and 16 CFR 310.2, in calendar months. */
export const EBR_PURCHASE_MONTHS = 18;
export const EBR_INQUIRY_MONTHS = 3;

/** An established business relationship in force, and when it ends. */
export interface Relationship {
  basis: 'purchase' | 'inquiry' | 'contract';
  since: Ms;
  /** Local midnight at which it ends; null while a contract is running. */
  endsAt: Ms | null;
}

/**
 * The established business relationship with this advertiser at the attempt, or null. A
 * purchase (or transaction, or a contract) gives 18 months, an inquiry 3 months, counted in
 * calendar months in the recipient's zone; it ends at the start of the anniversary day (a
 * purchase on 15 January 2025 covers calls up to 14 July 2026). A `customer` event without
 * `kind` counts as an inquiry. Any do-not-call request to this advertiser ends the relationship
 * for telemarketing, even if the consumer keeps buying (64.1200(f)(5)(i)).
 */
export function establishedRelationship(ctx: RuleContext): Relationship | null {
  let best: Relationship | null = null;
  for (const e of ctx.history) {
    if (!mine(ctx, e)) continue;
    if (isStop(e)) return null;
    let candidate: Relationship | null = null;
    if (e.type === 'customer') {
      const purchase = e.kind === 'purchase';
      const months = purchase ? EBR_PURCHASE_MONTHS : EBR_INQUIRY_MONTHS;
      candidate = { basis: purchase ? 'purchase' : 'inquiry', since: e.at, endsAt: ctx.toLocal(e.at).startOf('day').plus({ months }).toMillis() };
    } else if (e.type === 'contract') {
      const endsAt = e.end === undefined || e.end > ctx.at ? null : ctx.toLocal(e.end).startOf('day').plus({ months: EBR_PURCHASE_MONTHS }).toMillis();
      candidate = { basis: 'contract', since: e.at, endsAt };
    }
    if (candidate && (candidate.endsAt === null || candidate.endsAt > ctx.at)) {
      if (!best || best.endsAt !== null && (candidate.endsAt === null || candidate.endsAt > best.endsAt)) best = candidate;
    }
  }
  return best;
}

/** The latest opposition-list check of one of `lists` at or before the attempt, or null. */
export function latestCheck(ctx: RuleContext, lists: readonly string[]): Extract<HistoryEvent, { type: 'opposition-check' }> | null {
  const { history } = ctx;
  for (let i = history.length - 1; i >= 0; i--) {
    const e = history[i]!;
    if (e.type === 'opposition-check' && lists.includes(e.list)) return e;
  }
  return null;
}

/** The local date (`YYYY-MM-DD`, context zone) of an instant, from the engine's fast ISO formatter. */
export function localDateOf(ctx: RuleContext, ms: Ms): string {
  return ctx.iso(ms).slice(0, 10);
}

/** Whole calendar days from the local date of `ms` to the attempt's local date. */
export function daysSince(ctx: RuleContext, ms: Ms): number {
  return ctx.wall.day - ctx.clock.dayOf(ms);
}
