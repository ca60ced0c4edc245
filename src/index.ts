/**
 * callgate: telemarketing law as a pure rules engine.
 * @packageDocumentation
 */
export { evaluate, builtinPacks } from './evaluate.js';
export { defaultCalendar } from './time/calendar.js';
export type {
  Attempt,
  AttemptOutcome,
  Calendar,
  Channel,
  Citation,
  ConsentScope,
  ContactEvent,
  CustomerKind,
  Location,
  Decision,
  EvaluateOptions,
  EventType,
  Instant,
  Reason,
  Rule,
  RuleContext,
  RuleOutcome,
  RulePack,
  Text,
} from './core/types.js';
