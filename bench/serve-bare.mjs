// The baseline of bench/serve.ts: a bare Fastify route that does one INSERT per request, on the
// same kind of database as `callgate serve` (PGlite in a directory, or a PostgreSQL server), in
// its own process. Prints "listening on URL" like callgate serve.
import { mkdirSync } from 'node:fs';
import Fastify from 'fastify';

const [kind, target] = process.argv.slice(2);
let query;
let close;
if (kind === 'pglite') {
  mkdirSync(target, { recursive: true });
  const { PGlite } = await import('@electric-sql/pglite');
  const db = await PGlite.create(target);
  query = (sql, params) => db.query(sql, params);
  close = () => db.close();
} else {
  const pg = (await import('pg')).default;
  const pool = new pg.Pool({ connectionString: target, max: 16 });
  query = (sql, params) => pool.query(sql, params);
  close = () => pool.end();
}
await query('CREATE TABLE IF NOT EXISTS bench_bare (id bigserial PRIMARY KEY, key text NOT NULL, at timestamptz NOT NULL, payload jsonb NOT NULL)');
const app = Fastify({ logger: false });
app.post('/bare', async (req) => {
  const a = req.body.attempt;
  await query('INSERT INTO bench_bare (key, at, payload) VALUES ($1, $2, $3)', [a.to, a.at, JSON.stringify(a)]);
  return { allowed: true };
});
const address = await app.listen({ port: 0, host: '127.0.0.1' });
console.log(`listening on ${address}`);
process.once('SIGTERM', () => void app.close().then(close).then(() => process.exit(0)));
