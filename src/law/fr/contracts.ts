/**
 * The contract-in-progress exception (C. consom. L.223-1 al. 2 in its 2020 version, al. 4 from
 * 2026-08-11; the energy-renovation ban; C. trav. L.6323-8-1 2° "action en cours"): a solicitation
 * made within the execution of a contract in progress with this advertiser and related to its
 * object. The host says the call is about a contract (`contractId`, or `purpose: 'contract'`);
 * the engine checks that such a contract of this advertiser is in progress at the attempt.
 */
import type { HistoryEvent, Ms, RuleContext } from '../../core/rule.js';
import { isoDateOfDay } from '../../time/local.js';

export type Contract = Extract<HistoryEvent, { type: 'contract' }>;

/** Whether the attempt invokes the exception at all. */
export function invokesContract(ctx: RuleContext): boolean {
  return ctx.attempt.contractId !== undefined || ctx.attempt.purpose === 'contract';
}

/**
 * The contract in progress the attempt is about, or null: the one named by `contractId`, else any
 * contract of this advertiser in progress (docs/contract.md §3). In progress = started at or before the
 * attempt and not ended (`end` is the first instant it no longer runs).
 */
export function contractInForce(ctx: RuleContext): Contract | null {
  if (!invokesContract(ctx)) return null;
  const { advertiser, contractId } = ctx.attempt;
  let found: Contract | null = null;
  for (const e of ctx.history) { // oldest first, started at or before ctx.at
    if (e.type !== 'contract' || e.advertiser !== advertiser) continue;
    if (contractId !== undefined && e.id !== contractId) continue;
    if (e.end !== undefined && e.end <= ctx.at) continue;
    found = e;
  }
  return found;
}

/**
 * When the exception becomes available, if it is not yet: the start of the earliest contract the
 * call names (or of this advertiser) that the history holds with a later start. A block that only
 * this exception would lift ends then (its `until`); null when no such contract is known.
 */
export function contractStartsAfter(ctx: RuleContext): Ms | null {
  if (!invokesContract(ctx)) return null;
  const { advertiser, contractId } = ctx.attempt;
  for (const e of ctx.later) { // oldest first: the first match starts earliest
    if (e.type === 'contract' && e.advertiser === advertiser && (contractId === undefined || e.id === contractId)) return e.at;
  }
  return null;
}

/** Facts of the exception used, or of why it was not available (for block reasons). */
export function contractFacts(ctx: RuleContext, contract: Contract | null): Record<string, unknown> {
  if (contract) {
    const facts: Record<string, unknown> = { contractId: contract.id, contractStart: isoDateOfDay(ctx.clock.dayOf(contract.at)) };
    if (contract.end !== undefined) facts.contractEnd = isoDateOfDay(ctx.clock.dayOf(contract.end));
    if (contract.subject !== undefined) facts.subject = contract.subject;
    return facts;
  }
  if (!invokesContract(ctx)) return {};
  const starts = contractStartsAfter(ctx);
  const facts: Record<string, unknown> = { contractId: ctx.attempt.contractId ?? null, contractInProgress: false };
  if (starts !== null) facts.contractStarts = isoDateOfDay(ctx.clock.dayOf(starts));
  return facts;
}
