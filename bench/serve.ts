/**
 * `npm run bench:serve`: requests/s and latency (p50, p99) of POST /v1/reserve on `callgate serve`
 * (the built CLI, dist/cli.js), on PGlite and on PostgreSQL (when CALLGATE_PG_URL is set), at 8 and
 * 64 concurrent connections, against a bare Fastify route doing one INSERT on the same database
 * kind, measured in the same run (autocannon). Every request reserves a distinct number (a business
 * line: the French consumer rules exempt it, so each reservation is allowed and written), so no
 * cap and no cache flatters a figure. Peak RSS of each server process is printed beside.
 * Targets (issue 14): ≥ 50 % of the bare route's throughput, p99 ≤ 3× its p99.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
// @ts-expect-error autocannon ships no types
import autocannon from 'autocannon';

const root = new URL('..', import.meta.url).pathname;
const SECONDS = Number(process.env.BENCH_SECONDS ?? 8);

interface Server { url: string; proc: ChildProcess }

function start(cmd: string[]): Promise<Server> {
  const proc = spawn(process.execPath, cmd, { cwd: root, stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((resolve, reject) => {
    let out = '';
    proc.stdout!.on('data', (b: Buffer) => {
      out += b.toString();
      const m = /listening on (http:\/\/\S+)/.exec(out);
      if (m) resolve({ url: m[1]!, proc });
    });
    proc.once('exit', (code) => reject(new Error(`server exited ${code}`)));
  });
}

/** Peak resident set of a process, from /proc (Linux), in MB. */
function peakRss(pid: number | undefined): string {
  try {
    const kb = /VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
    return kb ? `${(Number(kb) / 1024).toFixed(0)} MB` : '?';
  } catch {
    return '?';
  }
}

let serial = 0;
async function load(url: string, path: string, connections: number): Promise<{ rps: number; p50: number; p99: number; errors: number }> {
  const r: { requests: { average: number }; latency: { p50: number; p99: number }; errors: number; non2xx: number } = await autocannon({
    url,
    connections,
    duration: SECONDS,
    requests: [{
      method: 'POST',
      path,
      headers: { 'content-type': 'application/json' },
      setupRequest: (req: Record<string, unknown>) => {
        const n = String(serial++).padStart(8, '0');
        req.body = JSON.stringify({ attempt: { to: `+336${n}`, at: '2026-11-24T10:30:00+01:00', channel: 'voice', advertiser: 'acme', callerId: '+33162123456', recipient: { kind: 'business' } } });
        return req;
      },
    }],
  });
  return { rps: r.requests.average, p50: r.latency.p50, p99: r.latency.p99, errors: r.errors + r.non2xx };
}

const stop = async (s: Server) => {
  s.proc.kill('SIGTERM');
  await new Promise((r) => s.proc.once('exit', r));
};

const dir = mkdtempSync(join(tmpdir(), 'callgate-bench-serve-'));
const kinds: Array<[string, string[], string[]]> = [
  ['PGlite', ['dist/cli.js', 'serve', '--port', '0', '--quiet', '--data-dir', join(dir, 'gate')], ['bench/serve-bare.mjs', 'pglite', join(dir, 'bare')]],
];
if (process.env.CALLGATE_PG_URL) {
  kinds.push(['PostgreSQL', ['dist/cli.js', 'serve', '--port', '0', '--quiet', '--database', process.env.CALLGATE_PG_URL], ['bench/serve-bare.mjs', 'pg', process.env.CALLGATE_PG_URL]]);
} else {
  console.log('(CALLGATE_PG_URL not set: PostgreSQL skipped)');
}

try {
  console.log(`POST /v1/reserve vs a bare INSERT route, ${SECONDS} s each, distinct numbers`);
  console.log('store        conn   reserve req/s   bare req/s   ratio   p50 ms (bare)   p99 ms (bare)   p99 ratio   errors   peak RSS serve / bare');
  for (const [name, gateCmd, bareCmd] of kinds) {
    const gate = await start(gateCmd);
    const bare = await start(bareCmd);
    try {
      // Every reservation of the load is one that is allowed, hence written: check one first.
      const probe = await fetch(`${gate.url}/v1/reserve`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ attempt: { to: '+33699999999', at: '2026-11-24T10:30:00+01:00', channel: 'voice', advertiser: 'probe', callerId: '+33162123456', recipient: { kind: 'business' } } }),
      });
      const decision = (await probe.json()) as { allowed: boolean; reasons: Array<{ code: string }> };
      if (!decision.allowed) throw new Error(`the load's reservations would be denied: ${decision.reasons.map((r) => r.code).join(', ')}`);
      for (const connections of [8, 64]) {
        const b = await load(bare.url, '/bare', connections);
        const g = await load(gate.url, '/v1/reserve', connections);
        console.log(
          `${name.padEnd(12)} ${String(connections).padStart(4)}   ${g.rps.toFixed(0).padStart(13)}   ${b.rps.toFixed(0).padStart(10)}   ${(g.rps / b.rps).toFixed(2).padStart(5)}` +
            `   ${String(g.p50).padStart(6)} (${b.p50})`.padEnd(16) + `   ${String(g.p99).padStart(6)} (${b.p99})`.padEnd(16) + `   ${(g.p99 / Math.max(b.p99, 1)).toFixed(2).padStart(9)}   ${String(g.errors + b.errors).padStart(6)}   ${peakRss(gate.proc.pid)} / ${peakRss(bare.proc.pid)}`,
        );
      }
    } finally {
      await stop(gate);
      await stop(bare);
    }
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
