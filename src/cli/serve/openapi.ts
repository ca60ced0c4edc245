/**
 * The OpenAPI 3.1 document of `callgate serve`, built from the same schemas that validate the
 * requests (./schemas.ts): one source, so the document cannot drift from what the server accepts.
 */
import * as schema from './schemas.js';

declare const __CALLGATE_VERSION__: string | undefined;
const VERSION = typeof __CALLGATE_VERSION__ === 'string' ? __CALLGATE_VERSION__ : '0.0.0-dev';

const json = (s: unknown) => ({ 'application/json': { schema: s } });
const problem = (description: string) => ({ description, content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } } });
const errors = {
  '400': problem('Malformed JSON, or a body or query that does not match the schema (the field is named)'),
  '401': problem('Missing or wrong bearer token (when the service has one)'),
  '503': problem('The history store does not answer'),
};
const decision = { description: 'The decision: allow, or deny with every reason (a deny is an answer, not an error)', content: json({ $ref: '#/components/schemas/Decision' }) };

/** Query parameters from the windows schema. */
function parameters(s: { properties: Record<string, object>; required: readonly string[] }) {
  return Object.entries(s.properties).map(([name, sch]) => ({ name, in: 'query', required: s.required.includes(name), schema: sch }));
}

export function openApiDocument() {
  return {
    openapi: '3.1.0',
    info: {
      title: 'callgate',
      version: VERSION,
      description: 'May this call or SMS be placed now, why, and when next? The Gate of callgate over HTTP (docs/dialers.md).',
      license: { name: 'MIT', identifier: 'MIT' },
    },
    components: {
      securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } },
      schemas: { Attempt: schema.ATTEMPT, Event: schema.EVENT, Decision: schema.DECISION, Problem: schema.PROBLEM },
    },
    security: [{ bearer: [] }],
    paths: {
      '/healthz': { get: { summary: 'The store answers', security: [], responses: { '200': { description: 'ok', content: json({ type: 'object' }) }, '503': errors['503'] } } },
      '/v1/evaluate': {
        post: { summary: 'Decide on an attempt with the history given (pure: nothing is stored)', requestBody: { required: true, content: json(schema.EVALUATE_BODY) }, responses: { '200': decision, '400': errors['400'], '401': errors['401'] } },
      },
      '/v1/check': {
        post: { summary: 'Decide on an attempt with the stored history; nothing is recorded', requestBody: { required: true, content: json(schema.GATE_BODY) }, responses: { '200': decision, ...errors } },
      },
      '/v1/reserve': {
        post: { summary: 'Decide, and record the attempt atomically when allowed (the cap holds across every process sharing the store)', requestBody: { required: true, content: json(schema.GATE_BODY) }, responses: { '200': decision, ...errors } },
      },
      '/v1/events': {
        post: {
          summary: "Record a number's events: refusals, consents, outcomes from the dialer's dispositions",
          requestBody: { required: true, content: json(schema.EVENTS_BODY) },
          responses: { '200': { description: 'How many events were added (an event already stored is not added twice)', content: json({ type: 'object', properties: { added: { type: 'integer' } } }) }, ...errors },
        },
      },
      '/v1/windows': {
        get: {
          summary: 'The lawful windows of a number over the next days',
          parameters: parameters(schema.WINDOWS_QUERY),
          responses: { '200': { description: 'Allowed windows in the recipient’s local time', content: json({ type: 'object' }) }, ...errors },
        },
      },
      '/openapi.json': { get: { summary: 'This document', security: [], responses: { '200': { description: 'OpenAPI 3.1', content: json({ type: 'object' }) } } } },
      '/metrics': { get: { summary: 'Prometheus metrics', responses: { '200': { description: 'text exposition format', content: { 'text/plain': { schema: { type: 'string' } } } }, '401': errors['401'] } } },
    },
  };
}
