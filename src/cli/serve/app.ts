/**
 * `callgate serve`: the Gate behind HTTP, for dialers that are not JavaScript programs (VICIdial,
 * Asterisk dialplans, PHP and Java CRMs). Fastify parses, routes and validates (JSON schemas from
 * ./schemas.ts, which also give the OpenAPI document); the handlers are the library's own calls.
 *
 * - a decision that denies is still 200: it is an answer, not an error;
 * - a malformed body or one that does not match its schema is 400 `application/problem+json`
 *   (RFC 9457) naming the field; a body over the limit 413;
 * - with a token, every route but /healthz and /openapi.json needs `Authorization: Bearer <token>`;
 * - a store that does not answer is 503, and the next request tries again.
 */
import { timingSafeEqual } from 'node:crypto';
import Fastify, { type FastifyError, type FastifyInstance, type FastifyReply } from 'fastify';
import { DateTime } from 'luxon';
import { evaluate, GateError, type Attempt, type ContactEvent, type Decision, type EvaluateOptions, type Gate, type GateAttempt } from '../../index.js';
import { parseNumber } from '../../phone/number.js';
import { allowedWindows } from '../windows.js';
import { Metrics } from './metrics.js';
import { openApiDocument } from './openapi.js';
import * as schema from './schemas.js';

export interface ServerOptions {
  gate: Gate;
  /** The history key of a number, as the Gate stores it (its E.164, or an HMAC of it with --secret). */
  keyOf(e164: string): string;
  /** Resolves when the store answers (GET /healthz); rejects otherwise. */
  health(): Promise<void>;
  /** Options of every decision (locale, holidays…): a request's `options` add to them on /v1/evaluate only. */
  evaluateOptions: EvaluateOptions;
  /** Bearer token every route but /healthz and /openapi.json requires. */
  token?: string;
  /** Largest request body, in bytes. Default 1 MiB. */
  bodyLimit?: number;
  /** One line per request (method, route, status, duration): never a number, never a query string. */
  log?(line: string): void;
  clock?(): Date;
}

/** A store that did not answer: the request fails with 503, the next one tries again. */
class StoreUnavailable extends Error {}

const DAY_MS = 86_400_000;
const OPEN_ROUTES = new Set(['/healthz', '/openapi.json']);

/** Sends an RFC 9457 problem. */
function problem(reply: FastifyReply, status: number, title: string, detail: string, errors?: Array<{ field: string; problem: string }>) {
  const body: Record<string, unknown> = { type: 'about:blank', title, status, detail };
  if (errors) body.errors = errors;
  return reply.code(status).type('application/problem+json').send(body);
}

/** The field a schema error names: its path in the body, query or params. */
function fieldOf(v: { instancePath?: string; params?: Record<string, unknown> }, context: string): string {
  const path = (v.instancePath ?? '').split('/').filter((p) => p !== '').join('.');
  const missing = typeof v.params?.missingProperty === 'string' ? v.params.missingProperty : typeof v.params?.additionalProperty === 'string' ? v.params.additionalProperty : undefined;
  return [context, path, missing].filter((p) => p !== undefined && p !== '').join('.');
}

const sameToken = (given: string, expected: string) => {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
};

export function buildServer(o: ServerOptions): FastifyInstance {
  const app = Fastify({ bodyLimit: o.bodyLimit ?? 1024 * 1024, logger: false, return503OnClosing: true });
  const metrics = new Metrics();
  const clock = o.clock ?? (() => new Date());
  const started = new WeakMap<object, bigint>();

  app.addHook('onRequest', async (req, reply) => {
    started.set(req, process.hrtime.bigint());
    if (o.token === undefined || OPEN_ROUTES.has(req.routeOptions.url ?? '')) return;
    const auth = req.headers.authorization ?? '';
    if (!auth.startsWith('Bearer ') || !sameToken(auth.slice(7), o.token)) {
      reply.header('www-authenticate', 'Bearer');
      return problem(reply, 401, 'Unauthorized', 'this service needs the header Authorization: Bearer <token>');
    }
  });

  app.addHook('onResponse', async (req, reply) => {
    const t0 = started.get(req);
    const seconds = t0 === undefined ? 0 : Number(process.hrtime.bigint() - t0) / 1e9;
    const route = req.routeOptions.url ?? 'unknown';
    metrics.request(route, reply.statusCode, seconds);
    o.log?.(`${req.method} ${route} ${reply.statusCode} ${(seconds * 1000).toFixed(1)}ms`);
  });

  app.setErrorHandler((err: FastifyError, req, reply) => {
    if (err.validation) {
      const context = err.validationContext ?? 'body';
      const errors = err.validation.map((v) => ({ field: fieldOf(v as never, context), problem: v.message ?? 'is invalid' }));
      return problem(reply, 400, 'Bad Request', `${errors[0]!.field}: ${errors[0]!.problem}`, errors);
    }
    if (err.code?.startsWith('FST_ERR_CTP_INVALID_JSON') || err.code === 'FST_ERR_CTP_EMPTY_JSON_BODY' || err instanceof SyntaxError) {
      return problem(reply, 400, 'Bad Request', 'the body is not valid JSON', [{ field: 'body', problem: 'is not valid JSON' }]);
    }
    if (err.code === 'FST_ERR_CTP_BODY_TOO_LARGE') return problem(reply, 413, 'Content Too Large', `the body is over the limit of ${app.initialConfig.bodyLimit} bytes`);
    if (err.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE') return problem(reply, 415, 'Unsupported Media Type', 'send the body as application/json');
    if (err instanceof GateError) return problem(reply, 400, 'Bad Request', err.message, err.problems.map((p) => ({ field: p.field, problem: p.problem })));
    if (err instanceof StoreUnavailable) return problem(reply, 503, 'Service Unavailable', 'the history store does not answer; retry later');
    if (typeof err.statusCode === 'number' && err.statusCode >= 400 && err.statusCode < 500) return problem(reply, err.statusCode, 'Bad Request', err.message);
    req.log.error(err);
    return problem(reply, 500, 'Internal Server Error', 'the service failed; see its log');
  });

  /** Calls the store; its failure is a 503, counted. */
  const store = async <T>(fn: () => Promise<T>): Promise<T> => {
    try {
      return await fn();
    } catch (err) {
      if (err instanceof GateError) throw err;
      metrics.storeError();
      throw new StoreUnavailable(err instanceof Error ? err.message : String(err));
    }
  };
  const counted = (endpoint: string, d: Decision) => {
    metrics.decision(endpoint, d.verdict, d.reasons.map((r) => r.code));
    return d;
  };
  const withClock = (a: GateAttempt): GateAttempt => (a.at === undefined ? { ...a, at: clock() } : a);

  app.get('/healthz', async (_req, reply) => {
    try {
      await o.health();
      return { status: 'ok' };
    } catch {
      metrics.storeError();
      return problem(reply, 503, 'Service Unavailable', 'the history store does not answer');
    }
  });

  app.post<{ Body: { attempt: Attempt; history?: ContactEvent[]; options?: EvaluateOptions } }>(
    '/v1/evaluate',
    { schema: { body: schema.EVALUATE_BODY } },
    async (req) => counted('evaluate', evaluate(req.body.attempt, req.body.history ?? [], { ...o.evaluateOptions, ...req.body.options })),
  );

  app.post<{ Body: { attempt: GateAttempt } }>('/v1/check', { schema: { body: schema.GATE_BODY } }, async (req) =>
    counted('check', await store(() => o.gate.check(withClock(req.body.attempt)))));

  app.post<{ Body: { attempt: GateAttempt } }>('/v1/reserve', { schema: { body: schema.GATE_BODY } }, async (req) =>
    counted('reserve', await store(() => o.gate.reserve(withClock(req.body.attempt)))));

  app.post<{ Body: { to: string; events: ContactEvent[] } }>('/v1/events', { schema: { body: schema.EVENTS_BODY } }, async (req) => ({
    added: await store(() => o.gate.record(req.body.to, req.body.events)),
  }));

  app.get<{ Querystring: { to: string; advertiser: string; from?: string; days: number; channel?: 'voice' | 'sms'; callerId?: string } }>(
    '/v1/windows',
    { schema: { querystring: schema.WINDOWS_QUERY } },
    async (req, reply) => {
      const q = req.query;
      const from = q.from === undefined ? clock().getTime() : Date.parse(q.from);
      if (Number.isNaN(from) || (q.from !== undefined && !/(Z|[+-]\d{2}:?\d{2})$/.test(q.from))) {
        return problem(reply, 400, 'Bad Request', 'querystring.from: must be ISO 8601 with an offset or Z', [{ field: 'querystring.from', problem: 'must be ISO 8601 with an offset or Z' }]);
      }
      const attempt: Omit<Attempt, 'at'> = { to: q.to, advertiser: q.advertiser, channel: q.channel ?? 'voice' };
      if (q.callerId !== undefined) attempt.callerId = q.callerId;
      const parsed = parseNumber(q.to);
      const history = parsed === null ? [] : (await store(() => o.gate.store.load(o.keyOf(parsed.e164), new Date(from - 400 * DAY_MS)))).map((e) => e.event);
      const until = from + q.days * DAY_MS;
      const found = allowedWindows(attempt, history, o.evaluateOptions, from, until);
      const zone = found.zone ?? 'UTC';
      const iso = (ms: number) => DateTime.fromMillis(ms, { zone }).toISO({ suppressMilliseconds: true })!;
      const out: Record<string, unknown> = {
        timeZone: zone, from: iso(from), until: iso(until), days: q.days,
        windows: found.windows.map((w) => (w.open ? { start: iso(w.start), end: iso(w.end), open: true } : { start: iso(w.start), end: iso(w.end) })),
      };
      if (found.blocked) out.blockedBy = found.blocked.reasons.map((r) => ({ code: r.code, message: r.message, until: r.until ?? null }));
      return out;
    },
  );

  const document = openApiDocument();
  app.get('/openapi.json', async () => document);
  app.get('/metrics', async (_req, reply) => reply.type('text/plain; version=0.0.4').send(metrics.text()));
  return app;
}
