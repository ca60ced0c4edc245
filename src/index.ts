/**
 * callgate: telemarketing law as a pure rules engine.
 * @packageDocumentation
 */
export { evaluate, builtinPacks } from './evaluate.js';
export { plan, type PlanEntry, type PlanOptions, type PlannedAttempt } from './plan.js';
export { isOptOut, normalizeReply, OPT_OUT_KEYWORDS, type OptOut, type OptOutOptions } from './opt-out.js';
export { defaultCalendar } from './settings.js';
export { advise, block, defineReason, defineRule, exempt, type RuleDef } from './core/reason.js';
export {
  createGate,
  GateError,
  memoryStore,
  recipientKey,
  DEFAULT_LOOKBACK_DAYS,
  TRANSIENT_EVENT_TYPES,
  type Gate,
  type GateAttempt,
  type GateErrorCode,
  type GateOptions,
  type HistoryStore,
  type HistoryTransaction,
  type StoredEvent,
} from './store/index.js';
export type {
  Attempt,
  AttemptOutcome,
  Calendar,
  Channel,
  Citation,
  Fine,
  ConsentScope,
  ContactBudget,
  ContactLimits,
  ContactEvent,
  CustomerKind,
  DirectoryEntry,
  RecipientKind,
  Location,
  Decision,
  EvaluateOptions,
  EventType,
  Instant,
  Reason,
  Rule,
  RuleContext,
  RuleOptions,
  RuleOutcome,
  RulePack,
  Text,
  TimeSlot,
} from './core/types.js';
export type { AnyReason, FactMeanings, FactValue, ReasonDef, ReasonKind } from './core/rule.js';
