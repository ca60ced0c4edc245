// Gate.reserve throughput on a real PostgreSQL server (CALLGATE_PG_URL), with 1, 8 and 32
// concurrent workers over many numbers, as a ratio to a bare single-row INSERT transaction
// (BEGIN; INSERT; COMMIT) on the same server, same table shape, same run.
//
// Run: CALLGATE_PG_URL=postgres://… npm run bench:reserve   (SECONDS=3 by default per measure)
import os from 'node:os';
import pg from 'pg';
import { callgate, postgres } from './dist.js';

const { createGate } = callgate;
const { postgresStore } = await postgres();

const url = process.env.CALLGATE_PG_URL;
if (!url) {
  console.log('bench/reserve: CALLGATE_PG_URL is not set; this benchmark needs a real PostgreSQL server. Nothing measured.');
  process.exit(0);
}

const SECONDS = Number(process.env.SECONDS ?? 3);
const WORKERS = [1, 8, 32];
const NUMBERS = 50_000;
const schema = `callgate_bench_${process.pid}`;
// Tuesday 24 November 2026 10:30 Paris: a lawful instant; each number takes 4 calls, then is refused.
const AT = '2026-11-24T10:30:00+01:00';
const number = (i: number) => `+3361${String(1_000_000 + (i % NUMBERS)).padStart(7, '0')}`;

type Op = (i: number, client?: pg.Pool) => Promise<unknown>;

/** Runs `op` from `workers` concurrent loops for SECONDS; returns operations per second and their count. */
async function measure(workers: number, op: Op): Promise<{ rate: number; count: number }> {
  let next = 0;
  let done = 0;
  const deadline = performance.now() + SECONDS * 1000;
  const t0 = performance.now();
  await Promise.all(Array.from({ length: workers }, async () => {
    while (performance.now() < deadline) {
      await op(next++);
      done++;
    }
  }));
  return { rate: done / ((performance.now() - t0) / 1000), count: done };
}

const admin = new pg.Pool({ connectionString: url, max: 1 });
try {
  await admin.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
  const rows: string[][] = [];
  let offset = 0;
  for (const workers of WORKERS) {
    const pool = new pg.Pool({ connectionString: url, max: workers });
    pool.on('error', () => undefined);
    const store = await postgresStore(pool, { schema });
    if (workers === WORKERS[0]) {
      // Every number starts with a prior consent (needed from 2026-08-11), written in bulk, unmeasured.
      await pool.query(`INSERT INTO ${store.tables.events} (key, type, at, advertiser, payload)
        SELECT '+3361' || lpad((1000000 + i)::text, 7, '0'), 'consent', '2026-09-01T09:00:00Z', 'acme', '{"channels":["voice"]}'
        FROM generate_series(0, ${NUMBERS - 1}) AS i`);
    }
    // The baseline writes the same row shape into a twin of the events table (same columns and index).
    await pool.query(`CREATE TABLE IF NOT EXISTS "${schema}".bare (LIKE ${store.tables.events} INCLUDING ALL)`);
    const gate = createGate({ store });
    const payload = JSON.stringify({});
    const bare: Op = async (i) => {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        await client.query(`INSERT INTO "${schema}".bare (key, type, at, advertiser, channel, payload) VALUES ($1, 'attempt', $2::timestamptz, 'acme', 'voice', $3::jsonb)`, [number(i), AT, payload]);
        await client.query('COMMIT');
      } finally {
        client.release();
      }
    };
    let allowed = 0;
    const reserve: Op = async (i) => {
      if ((await gate.reserve({ to: number(i), at: AT, channel: 'voice', advertiser: 'acme', callerId: '+33162123456' })).allowed) allowed++;
    };
    await measure(workers, bare); // warm-up: connections, plans
    const cpuBare = process.cpuUsage();
    const { rate: bareRate, count: bareCount } = await measure(workers, bare);
    const cpuBareUsage = process.cpuUsage(cpuBare);
    const cpuPerBare = (cpuBareUsage.user + cpuBareUsage.system) / 1000 / bareCount;
    const start = offset;
    const cpu = process.cpuUsage();
    const { rate: reserveRate, count } = await measure(workers, async (i) => reserve(start + i));
    const { user, system } = process.cpuUsage(cpu);
    const cpuPerOp = (user + system) / 1000 / count;
    offset = start + count; // fresh numbers for the next measure
    rows.push([String(workers), bareRate.toFixed(0), reserveRate.toFixed(0), `${((reserveRate / bareRate) * 100).toFixed(0)} %`, `${((allowed / count) * 100).toFixed(0)} %`, cpuPerBare.toFixed(2), cpuPerOp.toFixed(2)]);
    await pool.end();
  }
  const head = ['workers', 'bare INSERT tx/s', 'reserve/s', 'ratio', 'allowed', 'node CPU ms/insert', 'node CPU ms/reserve'];
  const widths = head.map((h, c) => Math.max(h.length, ...rows.map((r) => r[c]!.length)));
  const line = (r: string[]) => r.map((v, c) => v.padStart(widths[c]!)).join('  ');
  console.log(`Gate.reserve on PostgreSQL vs BEGIN; INSERT; COMMIT (${SECONDS} s per measure, ${NUMBERS} numbers, each with a stored consent)`);
  console.log(line(head));
  for (const r of rows) console.log(line(r));
  console.log(`load average ${os.loadavg().map((l) => l.toFixed(1)).join(' ')} on ${os.availableParallelism()} cores: the Node process shares them with the server.`);
} finally {
  await admin.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
  await admin.end();
}
