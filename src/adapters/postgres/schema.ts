/**
 * The adapter's tables and their migrations. Each migration is applied once, in order, recorded
 * in a version table, under an advisory lock so that processes starting together do not race.
 */
import { literal, type Database } from './connection.js';

/** Qualified, quoted names of the adapter's objects. */
export interface Names {
  schema: string;
  /** The events table. */
  events: string;
  /** The schema-version table. */
  versions: string;
  /** Prefix of index names (unqualified, quoted on use). */
  prefix: string;
  /** Text hashed into advisory lock ids, so that two stores in one database do not share locks. */
  lockSpace: string;
}

const IDENTIFIER = /^[a-z_][a-z0-9_]{0,47}$/;

/** The names for `{ schema, table }`, validated: plain lower-case SQL identifiers. */
export function names(schema = 'public', table = 'callgate_events'): Names {
  for (const [what, id] of [['schema', schema], ['table', table]] as const) {
    if (typeof id !== 'string' || !IDENTIFIER.test(id)) {
      throw new TypeError(`postgresStore: ${what} must be a lower-case SQL identifier of at most 48 characters ([a-z_][a-z0-9_]*), got ${JSON.stringify(id)}`);
    }
  }
  return {
    schema: `"${schema}"`,
    events: `"${schema}"."${table}"`,
    versions: `"${schema}"."${table}_schema"`,
    prefix: table,
    lockSpace: `callgate:${schema}.${table}`,
  };
}

/**
 * The migrations, in order; version n is `MIGRATIONS[n - 1]`. Never edit a published one: add a
 * new one.
 */
const MIGRATIONS: ReadonlyArray<(n: Names) => string[]> = [
  // 1: one row per event: the columns the Gate selects and hosts query by, the rest as JSON.
  // No CHECK on type or channel: events are validated by the Gate (the core's reader, the one
  // place for that), and a new event type then needs no migration.
  (n) => [
    `CREATE TABLE ${n.events} (
      id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
      key text NOT NULL,
      type text NOT NULL,
      at timestamptz NOT NULL,
      advertiser text,
      channel text,
      payload jsonb NOT NULL DEFAULT '{}'::jsonb,
      recorded_at timestamptz NOT NULL DEFAULT now()
    )`,
    // "Events of key K since T": the Gate's only read.
    `CREATE INDEX "${n.prefix}_key_at" ON ${n.events} (key, at)`,
  ],
];

/** The schema version this code writes. */
export const SCHEMA_VERSION = MIGRATIONS.length;

/** Creates the tables or brings them up to {@link SCHEMA_VERSION}. Idempotent. */
export async function migrate(db: Database, n: Names): Promise<void> {
  await db.transaction(`SELECT pg_advisory_xact_lock(hashtextextended(${literal(`${n.lockSpace}:migrate`)}, 0))`, async (tx) => {
    const [row] = await tx.run<{ version: number | null }>(`
      CREATE SCHEMA IF NOT EXISTS ${n.schema};
      CREATE TABLE IF NOT EXISTS ${n.versions} (version integer PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now());
      SELECT max(version) AS version FROM ${n.versions}`);
    const current = row?.version ?? 0;
    if (current > SCHEMA_VERSION) {
      throw new Error(`postgresStore: ${n.events} is at schema version ${current}, newer than this callgate knows (${SCHEMA_VERSION}); upgrade callgate`);
    }
    for (let v = current + 1; v <= SCHEMA_VERSION; v++) {
      await tx.run([...MIGRATIONS[v - 1]!(n), `INSERT INTO ${n.versions} (version) VALUES (${v})`].join(';\n'));
    }
  });
}
