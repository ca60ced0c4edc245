/**
 * The contract-in-progress exception (C. consom. L.223-1 al. 2 in its 2020 version, al. 4 from
 * 2026-08-11; the energy-renovation ban; C. trav. L.6323-8-1 2° "action en cours"): a solicitation
 * made within the execution of a contract in progress with this advertiser and related to its
 * object. The host says the call is about a contract (`contractId`, or `purpose: 'contract'`);
 * the engine checks that such a contract of this advertiser is in progress at the attempt.
 */
import { defineReason, exempt } from '../../core/reason.js';
import type { HistoryEvent, Ms, RuleContext, RuleOutcome } from '../../core/rule.js';
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

/** Facts of a contract in progress relied on. */
export type ContractBasis = { contractId: string; contractStart: string; contractEnd?: string; subject?: string };
/** Facts of a call that invokes a contract not in progress (none when the call invokes none). */
export type ContractGap = { contractId?: string | null; contractInProgress?: false; contractStarts?: string };

/** Meanings of the contract facts a block reports, for the catalogue. */
export const CONTRACT_GAP_FACTS = {
  contractId: 'the contract the call names, or null',
  contractInProgress: 'false when the call invokes a contract that is not in progress',
  contractStarts: 'the local start date of a later contract the call names: the block ends then',
} as const;

/** The ban a contract in progress lifts, for the message of the exemption. */
export type ContractException = 'opposition-list' | 'prior-consent' | 'sector-ban';

/**
 * A call within a contract in progress and related to its object: the exception of L.223-1 (the
 * opposition list until 2026-08-10, the prior consent since) and of the sector bans (see sectors.ts).
 */
export const CONTRACT_EXEMPTION = defineReason<ContractBasis & { exception: ContractException }>()('fr.exemption.contract', {
  kind: 'exempt',
  facts: {
    contractId: 'the contract in progress the call is about',
    contractStart: 'its local start date',
    contractEnd: 'its local end date, if any',
    subject: 'its object, if the host recorded it',
    exception: "the ban it lifts: 'opposition-list', 'prior-consent' or 'sector-ban'",
  },
  example: { contractId: 'C-1042', contractStart: '2026-09-01', exception: 'prior-consent' },
  message: (f) => ({
    en: `Call within the contract in progress ${f.contractId}: ${{ 'opposition-list': 'the opposition list does not apply', 'prior-consent': 'no prior consent is needed (L.223-1 al. 4)', 'sector-ban': 'the sector ban is lifted' }[f.exception]}.`,
    fr: `Appel dans le cadre du contrat en cours ${f.contractId} : ${{ 'opposition-list': "la liste d'opposition ne s'applique pas", 'prior-consent': 'pas de consentement préalable requis (L.223-1 al. 4)', 'sector-ban': "l'interdiction sectorielle est levée" }[f.exception]}.`,
  }),
});

/** The exemption of a contract in progress. */
export function contractExemption(ctx: RuleContext, contract: Contract, exception: ContractException): RuleOutcome {
  const facts: ContractBasis & { exception: ContractException } = { contractId: contract.id, contractStart: isoDateOfDay(ctx.clock.dayOf(contract.at)), exception };
  if (contract.end !== undefined) facts.contractEnd = isoDateOfDay(ctx.clock.dayOf(contract.end));
  if (contract.subject !== undefined) facts.subject = contract.subject;
  return exempt(CONTRACT_EXEMPTION, facts);
}

/** Why the exception was not available, for the facts of a block (nothing when the call invokes no contract). */
export function contractGap(ctx: RuleContext): ContractGap {
  if (!invokesContract(ctx)) return {};
  const starts = contractStartsAfter(ctx);
  const facts: ContractGap = { contractId: ctx.attempt.contractId ?? null, contractInProgress: false };
  if (starts !== null) facts.contractStarts = isoDateOfDay(ctx.clock.dayOf(starts));
  return facts;
}
