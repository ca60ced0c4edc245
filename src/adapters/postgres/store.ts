/**
 * The PostgreSQL history store. One row per event; per-recipient serialisation with a
 * transaction-scoped advisory lock, so that concurrent transactions for one key — from any
 * process sharing the database — run one after the other, and each sees the previous commits.
 */
import type { ContactEvent } from '../../core/types.js';
import { isTransient, TRANSIENT_EVENT_TYPES } from '../../store/events.js';
import type { HistoryStore, StoredEvent } from '../../store/types.js';
import { database, literal, type PGliteLike, type PgPoolLike } from './connection.js';
import { migrate, names, type Names } from './schema.js';

/** Options of {@link postgresStore}. */
export interface PostgresStoreOptions {
  /** Schema of the tables, created if missing. Default `public`. */
  schema?: string;
  /** Name of the events table; the version table is `<table>_schema`. Default `callgate_events`. */
  table?: string;
}

/** A {@link HistoryStore} over PostgreSQL, with retention and the names of its tables. */
export interface PostgresStore extends HistoryStore {
  prune(before: Date): Promise<number>;
  /** Qualified, quoted table names, for hosts' own queries and reports. */
  readonly tables: { events: string; versions: string };
}

interface EventRow {
  type: ContactEvent['type'];
  at_ms: number;
  advertiser: string | null;
  channel: string | null;
  payload: Record<string, unknown>;
}

const TRANSIENT = TRANSIENT_EVENT_TYPES.map((t) => `'${t}'`).join(', ');

/**
 * A history store in PostgreSQL, through a node-postgres `Pool` (a server shared by many
 * processes) or a PGlite instance (embedded, file-backed, no server). Creates its tables, or
 * migrates them, before resolving. The pool or instance stays yours to close.
 *
 * @example
 * ```ts
 * import pg from 'pg';
 * import { createGate } from 'callgate';
 * import { postgresStore } from 'callgate/postgres';
 *
 * const gate = createGate({ store: await postgresStore(new pg.Pool({ connectionString: process.env.DATABASE_URL })) });
 * ```
 * @example
 * ```ts
 * import { PGlite } from '@electric-sql/pglite';
 * const store = await postgresStore(await PGlite.create('./callgate-data'));
 * ```
 */
export async function postgresStore(db: PgPoolLike | PGliteLike, options: PostgresStoreOptions = {}): Promise<PostgresStore> {
  const n = names(options.schema, options.table);
  const sql = database(db);
  await migrate(sql, n);
  const select = (key: string, since: Date) => `SELECT type, (extract(epoch FROM at) * 1000)::float8 AS at_ms, advertiser, channel, payload
    FROM ${n.events} WHERE key = ${literal(key)} AND (at >= ${literal(since.toISOString())}::timestamptz OR type NOT IN (${TRANSIENT}))
    ORDER BY at, id`;

  return {
    tables: { events: n.events, versions: n.versions },

    load: async (key, since) => (await sql.run<EventRow>(select(key, since))).map(fromRow),

    // The lock is held until COMMIT or ROLLBACK; each statement after it (READ COMMITTED takes a
    // snapshot per statement) sees every earlier holder's commit.
    transaction: (key, fn) =>
      sql.transaction(`SELECT pg_advisory_xact_lock(hashtextextended(${literal(`${n.lockSpace}:${key}`)}, 0))`, (tx) => {
        const appended: StoredEvent[] = [];
        return fn({
          // Writes travel with COMMIT; until then this transaction's own appends are merged in here.
          load: async (since) => [
            ...(await tx.run<EventRow>(select(key, since))).map(fromRow),
            ...appended.filter((e) => !isTransient(e.event.type) || e.at.getTime() >= since.getTime()),
          ],
          append: async (events) => {
            if (events.length === 0) return;
            appended.push(...events);
            tx.defer(insert(n, key, events));
          },
        });
      }),

    // The retention rule of store/events.ts `retained`, in SQL (the store contract test checks they agree).
    async prune(before) {
      const [row] = await sql.run<{ deleted: number }>(
        `WITH gone AS (
           DELETE FROM ${n.events} e WHERE e.at < ${literal(before.toISOString())}::timestamptz
           AND NOT EXISTS (
             SELECT 1 FROM ${n.events} b
             WHERE b.key = e.key AND jsonb_typeof(b.payload->'budgets') = 'array' AND jsonb_array_length(b.payload->'budgets') > 0)
           AND (
             e.type IN (${TRANSIENT})
             OR (e.type = 'opposition-check' AND EXISTS (
               SELECT 1 FROM ${n.events} later
               WHERE later.key = e.key AND later.type = 'opposition-check'
                 AND lower(later.payload->>'list') = lower(e.payload->>'list')
                 AND (later.at > e.at OR (later.at = e.at AND later.id > e.id)))))
           RETURNING 1)
         SELECT count(*)::integer AS deleted FROM gone`,
      );
      return row?.deleted ?? 0;
    },
  };
}

/** One INSERT of events as typed columns + the rest of each event as JSON; every value a literal. */
function insert(n: Names, key: string, events: readonly StoredEvent[]): string {
  const nullable = (v: string | null) => (v === null ? 'NULL' : literal(v));
  const tuples = events.map((e) => {
    const { type, advertiser, channel, payload } = toColumns(e.event);
    return `(${literal(key)}, ${literal(type)}, ${literal(e.at.toISOString())}::timestamptz, ${nullable(advertiser)}, ${nullable(channel)}, ${literal(JSON.stringify(payload))}::jsonb)`;
  });
  return `INSERT INTO ${n.events} (key, type, at, advertiser, channel, payload) VALUES ${tuples.join(', ')}`;
}

/** Splits an event into its typed columns and the JSON rest (without the instant held by `at`). */
function toColumns(event: ContactEvent): { type: string; advertiser: string | null; channel: string | null; payload: Record<string, unknown> } {
  const type = event.type;
  const rest = { ...event } as Record<string, unknown>;
  delete rest.type;
  delete rest[type === 'contract' ? 'start' : 'at'];
  const advertiser = typeof rest.advertiser === 'string' ? rest.advertiser : null;
  const channel = typeof rest.channel === 'string' ? rest.channel : null;
  delete rest.advertiser;
  delete rest.channel;
  return { type, advertiser, channel, payload: rest };
}

/**
 * An event back from its row. Not re-validated here: the Gate hands history to `evaluate`, which
 * validates it and denies with `input.invalid-event` if a row was altered into nonsense.
 */
function fromRow(row: EventRow): StoredEvent {
  const at = new Date(row.at_ms);
  const event: Record<string, unknown> = { type: row.type, [row.type === 'contract' ? 'start' : 'at']: at.toISOString() };
  if (row.advertiser !== null) event.advertiser = row.advertiser;
  if (row.channel !== null) event.channel = row.channel;
  Object.assign(event, row.payload);
  return { at, event: event as ContactEvent };
}
