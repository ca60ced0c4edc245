/**
 * The two ways to reach PostgreSQL: a node-postgres `Pool` (a real server) or a PGlite instance
 * (PostgreSQL compiled to WASM, in process). Both are described structurally, so that neither
 * package is needed to build or type-check callgate; both are optional peer dependencies.
 */

/** Something that runs one parameterised statement. */
export interface PgQueryable {
  query(text: string, values?: unknown[]): Promise<{ rows: unknown[] }>;
}

/** A connection checked out of a node-postgres pool. */
export interface PgPoolClientLike extends PgQueryable {
  release(err?: Error | boolean): void;
  on(event: 'error', listener: (err: Error) => void): unknown;
  removeListener(event: 'error', listener: (err: Error) => void): unknown;
}

/** A node-postgres `Pool` (`new pg.Pool({ connectionString })`). */
export interface PgPoolLike extends PgQueryable {
  connect(): Promise<PgPoolClientLike>;
}

/** A PGlite instance (`new PGlite('./data')` or `await PGlite.create(dir)`). */
export interface PGliteLike extends PgQueryable {
  transaction<T>(fn: (tx: PgQueryable) => Promise<T>): Promise<T>;
}

/** What the adapter needs: single statements, and statements grouped in one transaction. */
export interface Database {
  query<R>(text: string, values?: unknown[]): Promise<R[]>;
  transaction<T>(fn: (q: Database['query']) => Promise<T>): Promise<T>;
}

const rowsOf = (q: PgQueryable) => async <R>(text: string, values: unknown[] = []): Promise<R[]> =>
  // Rows come back as the driver parsed them; the callers read only the columns they selected.
  (await q.query(text, values)).rows as R[];

/** Wraps a pool or a PGlite instance; throws a TypeError naming what was passed otherwise. */
export function database(db: PgPoolLike | PGliteLike): Database {
  if (typeof db === 'object' && db !== null && 'transaction' in db && typeof db.transaction === 'function') {
    const lite = db;
    return { query: rowsOf(lite), transaction: (fn) => lite.transaction((tx) => fn(rowsOf(tx))) };
  }
  if (typeof db === 'object' && db !== null && 'connect' in db && typeof db.connect === 'function' && 'idleCount' in db) {
    const pool = db;
    return { query: rowsOf(pool), transaction: (fn) => poolTransaction(pool, fn) };
  }
  throw new TypeError('postgresStore: pass a pg.Pool (node-postgres) or a PGlite instance (@electric-sql/pglite)');
}

/**
 * BEGIN … COMMIT on one pooled connection. On failure the transaction is rolled back and the
 * error rethrown; a connection that failed outside the caller's statements (killed backend,
 * network) is destroyed rather than handed back to the pool.
 */
async function poolTransaction<T>(pool: PgPoolLike, fn: (q: Database['query']) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  let lost: Error | undefined;
  // A checked-out client has no error listener of the pool's; an unhandled 'error' would crash the process.
  const onError = (err: Error) => {
    lost ??= err;
  };
  client.on('error', onError);
  let reusable = false;
  try {
    await client.query('BEGIN');
    let result: T;
    try {
      result = await fn(rowsOf(client));
    } catch (err) {
      await client.query('ROLLBACK').then(() => (reusable = lost === undefined), () => undefined);
      throw err;
    }
    await client.query('COMMIT');
    reusable = lost === undefined;
    return result;
  } finally {
    client.removeListener('error', onError);
    client.release(reusable ? undefined : (lost ?? new Error('callgate: connection left in an unknown state')));
  }
}
