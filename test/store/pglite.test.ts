// The PostgreSQL adapter on PGlite (PostgreSQL in WASM, file-backed in a temporary directory).
// One instance for the whole file: each costs ~600 MB.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createGate } from 'callgate';
import { postgresStore, SCHEMA_VERSION, type PostgresStore } from 'callgate/postgres';
import { call, freshNumber, historyStoreContract, lawfulBasis } from './contract.js';

let dir: string;
let db: PGlite;
let store: PostgresStore;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'callgate-pglite-'));
  db = await PGlite.create(join(dir, 'data'));
  store = await postgresStore(db);
});

afterAll(async () => {
  if (!db.closed) await db.close();
  await rm(dir, { recursive: true, force: true });
});

describe('postgresStore on PGlite: the HistoryStore contract', () => {
  historyStoreContract({
    store: () => store,
    poison: async () => {
      await db.query(`ALTER TABLE ${store.tables.events} ADD CONSTRAINT no_poison CHECK (type <> 'attempt' OR advertiser IS DISTINCT FROM 'poison')`);
    },
  });
});

describe('postgresStore on PGlite: tables and migrations', () => {
  it('stores events as typed columns plus a JSON payload, indexed by (key, at)', async () => {
    const to = freshNumber();
    await createGate({ store }).record(to, { type: 'attempt', at: '2026-11-24T10:30:00+01:00', advertiser: 'acme', channel: 'voice', outcome: 'busy' });
    const { rows } = await db.query<{ key: string; type: string; at: Date; advertiser: string; channel: string; payload: unknown }>(
      `SELECT key, type, at, advertiser, channel, payload FROM ${store.tables.events} WHERE key = $1`, [to]);
    expect(rows).toEqual([{ key: to, type: 'attempt', at: new Date('2026-11-24T09:30:00Z'), advertiser: 'acme', channel: 'voice', payload: { outcome: 'busy' } }]);
    const { rows: indexes } = await db.query<{ indexdef: string }>(`SELECT indexdef FROM pg_indexes WHERE tablename = 'callgate_events'`);
    expect(indexes.map((i) => i.indexdef)).toContainEqual(expect.stringMatching(/\(key, at\)$/));
  });

  it('migrating again is a no-op, and a separate schema/table keeps separate histories', async () => {
    await postgresStore(db);
    const { rows } = await db.query<{ version: number }>(`SELECT version FROM ${store.tables.versions} ORDER BY version`);
    expect(rows.map((r) => r.version)).toEqual(Array.from({ length: SCHEMA_VERSION }, (_, i) => i + 1));
    const other = await postgresStore(db, { schema: 'tenant_b', table: 'calls' });
    expect(other.tables).toEqual({ events: '"tenant_b"."calls"', versions: '"tenant_b"."calls_schema"' });
    const to = freshNumber();
    await createGate({ store: other }).record(to, lawfulBasis());
    expect(await other.load(to, new Date(0))).toHaveLength(2);
    expect(await store.load(to, new Date(0))).toHaveLength(0);
  });

  it('refuses a database whose schema is newer than this version of callgate', async () => {
    const newer = await postgresStore(db, { table: 'from_the_future' });
    await db.query(`INSERT INTO ${newer.tables.versions} (version) VALUES ($1)`, [SCHEMA_VERSION + 1]);
    await expect(postgresStore(db, { table: 'from_the_future' })).rejects.toThrow(/newer than this callgate knows/);
  });

  it('refuses unsafe identifiers and things that are not a database', async () => {
    await expect(postgresStore(db, { table: 'events; DROP TABLE x' })).rejects.toThrow(/lower-case SQL identifier/);
    await expect(postgresStore(db, { schema: 'Public' })).rejects.toThrow(/lower-case SQL identifier/);
    await expect(postgresStore({} as PGlite)).rejects.toThrow(/pg\.Pool .* or a PGlite instance/);
  });

  it('keeps the history in its files: a new instance on the same directory sees it', async () => {
    const to = freshNumber();
    const gate = createGate({ store });
    await gate.record(to, lawfulBasis());
    expect((await gate.reserve(call(to))).allowed).toBe(true);
    await db.close();
    db = await PGlite.create(join(dir, 'data'));
    const reopened = createGate({ store: await postgresStore(db) });
    for (let i = 0; i < 3; i++) expect((await reopened.reserve(call(to))).allowed).toBe(true);
    const fifth = await reopened.reserve(call(to));
    expect(fifth.reasons.map((r) => r.code)).toEqual(['fr.frequency.limit']);
  });
});
