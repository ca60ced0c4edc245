/**
 * Storage and the Gate: the history store contract, the in-memory store, pseudonymised keys.
 * The PostgreSQL adapter lives in `callgate/postgres`.
 */
export { createGate, GateError, type Gate, type GateAttempt, type GateErrorCode, type GateOptions } from './gate.js';
export { memoryStore } from './memory.js';
export { recipientKey } from './recipient-key.js';
export { DEFAULT_LOOKBACK_DAYS, TRANSIENT_EVENT_TYPES } from './events.js';
export type { HistoryStore, HistoryTransaction, StoredEvent } from './types.js';
