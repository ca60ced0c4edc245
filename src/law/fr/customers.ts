/**
 * The existing-customer exception of CPCE L.34-5 al. 4, for electronic mail (SMS included): the
 * recipient's details were collected from them at a sale by this advertiser, the message is about
 * analogous products or services of the same advertiser, and the recipient could object at
 * collection and in every message. The host records a `customer` event when those conditions were
 * met at collection; the engine checks that the recipient has not objected to (or withdrawn from)
 * that channel since.
 */
import type { HistoryEvent, RuleContext } from '../../core/rule.js';
import type { Channel } from '../../core/types.js';

export type Customer = Extract<HistoryEvent, { type: 'customer' }>;

/** The customer relationship the attempt may rely on for this channel, or null. */
export function customerInForce(ctx: RuleContext, channel: Channel = ctx.attempt.channel): Customer | null {
  const { advertiser } = ctx.attempt;
  for (let i = ctx.history.length - 1; i >= 0; i--) {
    const e = ctx.history[i]!;
    if (!('advertiser' in e) || e.advertiser !== advertiser) continue;
    // Opting out of the channel ends the soft opt-in (L.34-5: the means to object must be offered).
    if ((e.type === 'objection' || e.type === 'consent-withdrawn') && e.channels.includes(channel)) return null;
    if (e.type === 'customer') return e;
  }
  return null;
}
