/**
 * The HTTP API's request schemas: one source for request validation (Fastify's JSON-schema
 * validator), the OpenAPI document (`GET /openapi.json`) and, through `FromSchema`-like hand types
 * kept beside them, the handlers. The schemas check structure only (types, required fields,
 * enumerations); the engine judges the values and answers `deny` with `input.*` reasons, as
 * `evaluate` does (docs/contract.md §2).
 */

const CHANNEL = { type: 'string', enum: ['voice', 'sms'], description: 'voice or sms' } as const;
const INSTANT = { type: 'string', description: 'ISO 8601 with an offset or Z (2026-11-24T10:30:00+01:00)' } as const;

/** An attempt (docs/contract.md §1), `at` required. */
export const ATTEMPT = {
  type: 'object',
  required: ['to', 'at', 'channel', 'advertiser'],
  properties: {
    to: { type: 'string', description: 'recipient number, E.164 or national' },
    at: INSTANT,
    channel: CHANNEL,
    advertiser: { type: 'string' },
    automated: { type: 'boolean' },
    prerecorded: { type: 'boolean' },
    callerId: { type: 'string' },
    purpose: { type: 'string', enum: ['prospecting', 'contract', 'non-commercial'] },
    contractId: { type: 'string' },
    sector: { type: 'string' },
    recipient: { type: 'object' },
  },
} as const;

/** The attempt of /v1/reserve and /v1/check: `at` may be left to the server's clock. */
export const GATE_ATTEMPT = { ...ATTEMPT, required: ['to', 'channel', 'advertiser'] } as const;

/** A history event (docs/contract.md §1): its type, its instant; the engine reads the rest. */
export const EVENT = {
  type: 'object',
  required: ['type'],
  properties: {
    type: { type: 'string', enum: ['attempt', 'refusal', 'objection', 'consent', 'consent-withdrawn', 'contract', 'opposition-check', 'customer', 'preference'] },
    at: INSTANT,
    advertiser: { type: 'string' },
  },
} as const;

export const EVALUATE_BODY = {
  type: 'object',
  required: ['attempt'],
  additionalProperties: false,
  properties: { attempt: ATTEMPT, history: { type: 'array', items: EVENT }, options: { type: 'object' } },
} as const;

export const GATE_BODY = {
  type: 'object',
  required: ['attempt'],
  additionalProperties: false,
  properties: { attempt: GATE_ATTEMPT },
} as const;

export const EVENTS_BODY = {
  type: 'object',
  required: ['to', 'events'],
  additionalProperties: false,
  properties: { to: { type: 'string' }, events: { type: 'array', items: EVENT, minItems: 1, maxItems: 1000 } },
} as const;

export const WINDOWS_QUERY = {
  type: 'object',
  required: ['to', 'advertiser'],
  properties: {
    to: { type: 'string' },
    advertiser: { type: 'string' },
    from: { type: 'string', description: "ISO 8601 with an offset; default: now" },
    days: { type: 'integer', minimum: 1, maximum: 92, default: 14 },
    channel: CHANNEL,
    callerId: { type: 'string' },
  },
} as const;

/** An RFC 9457 problem document. */
export const PROBLEM = {
  type: 'object',
  required: ['type', 'title', 'status'],
  properties: {
    type: { type: 'string' },
    title: { type: 'string' },
    status: { type: 'integer' },
    detail: { type: 'string' },
    errors: { type: 'array', items: { type: 'object', properties: { field: { type: 'string' }, problem: { type: 'string' } } } },
  },
} as const;

/** A decision (docs/contract.md §1), described for the document; responses are not re-validated. */
export const DECISION = {
  type: 'object',
  required: ['allowed', 'verdict', 'reasons', 'exemptions', 'advisories'],
  properties: {
    allowed: { type: 'boolean' },
    verdict: { type: 'string', enum: ['allow', 'deny'] },
    reasons: { type: 'array', items: { type: 'object' } },
    exemptions: { type: 'array', items: { type: 'object' } },
    advisories: { type: 'array', items: { type: 'object' } },
    nextAllowedAt: { type: ['string', 'null'] },
    recipient: { type: 'object' },
  },
} as const;
