/**
 * Reading consents out of a history. A consent counts for an attempt when it was given to this
 * advertiser before the attempt, covers the channel and the scope asked for, has not expired, and
 * was not withdrawn or followed by an objection for that channel since (a later consent re-opens
 * contact). One place for this reading, shared by every rule that accepts a consent.
 */
import type { HistoryEvent, RuleContext } from '../../core/rule.js';
import type { Channel, ConsentScope } from '../../core/types.js';

type Consent = Extract<HistoryEvent, { type: 'consent' }>;

/** The most recent consent in force for this attempt's advertiser, channel and scope, or null. */
export function consentInForce(ctx: RuleContext, scope: ConsentScope, channel: Channel = ctx.attempt.channel): Consent | null {
  const { advertiser } = ctx.attempt;
  const history = ctx.history; // oldest first, all at or before ctx.at
  for (let i = history.length - 1; i >= 0; i--) {
    const e = history[i]!;
    if (!('advertiser' in e) || e.advertiser !== advertiser) continue;
    if ((e.type === 'consent-withdrawn' || e.type === 'objection') && e.channels.includes(channel)) return null;
    if (e.type === 'consent' && e.channels.includes(channel) && e.covers.includes(scope)) {
      return e.expiresAt !== undefined && e.expiresAt <= ctx.at ? null : e;
    }
  }
  return null;
}
