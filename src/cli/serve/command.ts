/**
 * `callgate serve [--port 8787] [--host 127.0.0.1] [--data-dir ./callgate-data | --database url |
 * --memory] [--token T] [--secret S]`: the store, the Gate over it, the HTTP server, and a
 * graceful shutdown. Environment: CALLGATE_TOKEN, CALLGATE_DATABASE_URL, CALLGATE_SECRET.
 */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { createGate, memoryStore, recipientKey, type EvaluateOptions, type HistoryStore } from '../../index.js';
import * as args from '../args.js';
import { buildServer } from './app.js';

export interface ServeOptions {
  port?: string;
  host?: string;
  dataDir?: string;
  database?: string;
  memory?: boolean;
  token?: string;
  secret?: string;
  bodyLimit?: string;
  locale?: string;
  holidays?: string;
  quiet?: boolean;
}

interface Opened {
  store: HistoryStore;
  label: string;
  health(): Promise<unknown>;
  close(): Promise<unknown>;
}

/** Opens the store the options name: PostgreSQL, memory, or embedded PGlite (the default). */
async function openStore(o: ServeOptions): Promise<Opened> {
  const database = o.database ?? process.env.CALLGATE_DATABASE_URL;
  const chosen = [database !== undefined && database !== '', o.memory === true, o.dataDir !== undefined].filter(Boolean).length;
  if (chosen > 1) throw new args.UsageError('serve: choose one store: --data-dir, --database or --memory');
  if (o.memory) return { store: memoryStore(), label: 'memory', health: async () => undefined, close: async () => undefined };
  const { postgresStore } = await import('../../adapters/postgres/store.js');
  if (database) {
    const pg = await import('pg');
    const Pool = (pg.default ?? pg).Pool;
    const pool = new Pool({ connectionString: database, max: 16 });
    // A connection lost while idle is the pool's to replace; without a listener it would crash the process.
    pool.on('error', () => undefined);
    return { store: await postgresStore(pool), label: 'postgresql', health: () => pool.query('SELECT 1'), close: () => pool.end() };
  }
  const dir = resolve(o.dataDir ?? 'callgate-data');
  mkdirSync(dir, { recursive: true });
  const { PGlite } = await import('@electric-sql/pglite');
  const db = await PGlite.create(dir);
  return { store: await postgresStore(db), label: `pglite (${dir})`, health: () => db.query('SELECT 1'), close: () => db.close() };
}

/** Runs the service until SIGTERM or SIGINT; resolves to the exit code. */
export async function serve(o: ServeOptions, write: (s: string) => void): Promise<number> {
  const port = o.port === undefined ? 8787 : Number(o.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new args.UsageError(`--port: '${o.port}' is not a port number (0–65535; 0 picks a free one)`);
  const bodyLimit = args.positiveInt('--body-limit', o.bodyLimit, 1024 * 1024, 64 * 1024 * 1024);
  const token = o.token ?? process.env.CALLGATE_TOKEN;
  const secret = o.secret ?? process.env.CALLGATE_SECRET;
  if (secret !== undefined) recipientKey('+33612345678', secret); // a weak secret is refused now, not at the first call
  const evaluateOptions: EvaluateOptions = { locale: args.locale(o.locale), holidays: args.holidays(o.holidays) };
  const opened = await openStore(o);
  const keyOf = (e164: string) => (secret === undefined ? e164 : recipientKey(e164, secret));
  const gate = createGate({ store: opened.store, clock: () => new Date(), key: keyOf, ...evaluateOptions });
  const log = o.quiet ? undefined : (line: string) => process.stderr.write(`${new Date().toISOString()} ${line}\n`);
  const app = buildServer({
    gate, keyOf, health: async () => void (await opened.health()), evaluateOptions, bodyLimit,
    ...(token ? { token } : {}), ...(log ? { log } : {}),
  });
  const address = await app.listen({ port, host: o.host ?? '127.0.0.1' });
  write(`callgate serve: listening on ${address} (store: ${opened.label}${token ? ', bearer token required' : ''}${secret ? ', numbers keyed with the secret' : ''})\n`);

  return await new Promise<number>((done) => {
    let stopping = false;
    const stop = (signal: string) => {
      if (stopping) return;
      stopping = true;
      log?.(`${signal}: finishing the requests in flight, then closing the store`);
      // Fastify stops accepting, waits for the requests in flight (a reservation is one transaction:
      // it commits or not), then the store closes.
      void app.close().then(() => opened.close()).then(() => done(args.EXIT.ok), () => done(1));
    };
    process.once('SIGTERM', () => stop('SIGTERM'));
    process.once('SIGINT', () => stop('SIGINT'));
  });
}
