/**
 * The two ways to reach PostgreSQL: a node-postgres `Pool` (a real server) or a PGlite instance
 * (PostgreSQL compiled to WASM, in process). Both are described structurally, so that neither
 * package is needed to build or type-check callgate; both are optional peer dependencies.
 *
 * Transactions are sent in as few round trips as possible: `BEGIN`, the lock and the first read
 * go in one message, the writes and `COMMIT` in another (the simple query protocol runs several
 * statements per message). On a busy server every round trip costs a scheduling delay, so this is
 * what lets a reservation (lock, read, write) cost about as much as a bare insert. Statements are
 * therefore plain SQL text: every value in them goes through {@link literal}.
 */

/** Something that runs SQL: one statement with parameters, or several without. */
export interface PgQueryable {
  query(text: string, values?: unknown[]): Promise<unknown>;
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
  /** node-postgres emits `connect` with each new client before it is handed out. */
  on?(event: 'connect', listener: (client: PgPoolClientLike) => void): unknown;
}

/** A PGlite transaction. */
export interface PGliteTransactionLike {
  exec(text: string): Promise<Array<{ rows: unknown[] }>>;
}

/** A PGlite instance (`new PGlite('./data')` or `await PGlite.create(dir)`). */
export interface PGliteLike {
  exec(text: string): Promise<Array<{ rows: unknown[] }>>;
  transaction<T>(fn: (tx: PGliteTransactionLike) => Promise<T>): Promise<T>;
}

/** Statements inside a transaction. */
export interface Transaction {
  /** Runs statements now; resolves to the rows of the last one. */
  run<R>(sql: string): Promise<R[]>;
  /** Queues statements to be sent with `COMMIT`, in the same message. */
  defer(sql: string): void;
}

/** What the adapter needs from a database. */
export interface Database {
  /** Runs statements outside any transaction; resolves to the rows of the last one. */
  run<R>(sql: string): Promise<R[]>;
  /**
   * Runs `fn` in a transaction that starts with the `prologue` statements (e.g. taking a lock).
   * If `fn` throws or a statement fails, the transaction is rolled back and the error rethrown.
   */
  transaction<T>(prologue: string, fn: (tx: Transaction) => Promise<T>): Promise<T>;
}

/**
 * A string as an SQL literal, safe whatever it contains: quotes doubled, and backslashes doubled
 * in the `E''` form so that the result is the same whether `standard_conforming_strings` is on or
 * off (the escaping node-postgres' `escapeLiteral` does).
 */
export function literal(value: string): string {
  const quoted = `'${value.replace(/'/g, "''").replace(/\\/g, '\\\\')}'`;
  return value.includes('\\') ? `E${quoted}` : quoted;
}

/** The rows of the last statement of a simple-protocol result (one result, or one per statement). */
function lastRows<R>(result: unknown): R[] {
  const last: unknown = Array.isArray(result) ? result[result.length - 1] : result;
  const rows = typeof last === 'object' && last !== null && 'rows' in last ? last.rows : undefined;
  // Rows come back as the driver parsed them; callers read only the columns they selected.
  return Array.isArray(rows) ? (rows as R[]) : [];
}

/** Wraps a pool or a PGlite instance; throws a TypeError naming what was expected otherwise. */
export function database(db: PgPoolLike | PGliteLike): Database {
  if (typeof db === 'object' && db !== null && 'transaction' in db && typeof db.transaction === 'function' && 'exec' in db) {
    return pglite(db);
  }
  if (typeof db === 'object' && db !== null && 'connect' in db && typeof db.connect === 'function' && 'idleCount' in db) {
    return pool(db);
  }
  throw new TypeError('postgresStore: pass a pg.Pool (node-postgres) or a PGlite instance (@electric-sql/pglite)');
}

/** PGlite: one in-process session; its own transaction mutex keeps concurrent callers apart. */
function pglite(db: PGliteLike): Database {
  return {
    run: async (sql) => lastRows(await db.exec(sql)),
    transaction: (prologue, fn) =>
      db.transaction(async (tx) => {
        await tx.exec(prologue);
        const deferred: string[] = [];
        const result = await fn({ run: async (sql) => lastRows(await tx.exec(sql)), defer: (sql) => void deferred.push(sql) });
        if (deferred.length > 0) await tx.exec(deferred.join(';\n'));
        return result;
      }),
  };
}

/**
 * node-postgres: one pooled connection per transaction. `BEGIN` and the prologue travel with the
 * first statements, deferred writes with `COMMIT`; a transaction that neither reads nor writes
 * sends nothing. A connection that failed (killed backend, network) is destroyed rather than
 * handed back to the pool.
 */
function pool(db: PgPoolLike): Database {
  // Every client gets an error listener the moment it exists, before any await: a FATAL from the
  // server (pg_terminate_backend, a restart) that arrives between the pool handing a client out
  // and the transaction's own listener would otherwise be an unhandled 'error' event, which ends
  // the host process. The error is kept so that the transaction using the client sees it.
  const failed = new WeakMap<object, Error>();
  db.on?.('connect', (client) => {
    client.on('error', (err) => {
      if (!failed.has(client)) failed.set(client, err);
    });
  });
  return {
    run: async (sql) => lastRows(await db.query(sql)),
    async transaction<T>(prologue: string, fn: (tx: Transaction) => Promise<T>): Promise<T> {
      const client = await db.connect();
      let lost: Error | undefined = failed.get(client);
      // A checked-out client has no error listener of the pool's; an unhandled 'error' would crash the process.
      const onError = (err: Error) => void (lost ??= err);
      client.on('error', onError);
      if (lost !== undefined) {
        client.removeListener('error', onError);
        client.release(lost);
        throw lost;
      }
      let opening: string | null = `BEGIN;\n${prologue}`;
      const send = async (sql: string) => {
        const text = opening === null ? sql : `${opening};\n${sql}`;
        opening = null;
        return client.query(text);
      };
      let reusable = false;
      try {
        const deferred: string[] = [];
        let result: T;
        try {
          result = await fn({ run: async (sql) => lastRows(await send(sql)), defer: (sql) => void deferred.push(sql) });
          if (opening === null || deferred.length > 0) await send([...deferred, 'COMMIT'].join(';\n'));
        } catch (err) {
          if (opening === null) await client.query('ROLLBACK').then(() => (reusable = lost === undefined), () => undefined);
          else reusable = lost === undefined; // nothing was sent
          throw err;
        }
        reusable = lost === undefined;
        return result;
      } finally {
        client.removeListener('error', onError);
        client.release(reusable ? undefined : (lost ?? new Error('callgate: connection left in an unknown state')));
      }
    },
  };
}
