/**
 * The PostgreSQL history store for the Gate: node-postgres (`pg.Pool`) or PGlite (embedded).
 * Neither driver is bundled: install the one you use (`pg` or `@electric-sql/pglite`).
 * @packageDocumentation
 */
export { postgresStore, type PostgresStore, type PostgresStoreOptions } from './adapters/postgres/store.js';
export { SCHEMA_VERSION } from './adapters/postgres/schema.js';
export type { PGliteLike, PgPoolClientLike, PgPoolLike, PgQueryable } from './adapters/postgres/connection.js';
