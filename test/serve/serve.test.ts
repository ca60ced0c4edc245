// `callgate serve` (issue 14): the real server process (node dist/cli.js serve) on a free port,
// with each store: memory, PGlite in a data directory, and PostgreSQL when CALLGATE_PG_URL is set.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Validator } from '@seriousme/openapi-schema-validator';
import { afterAll, describe, expect, it } from 'vitest';

const root = new URL('../..', import.meta.url).pathname;
const cli = join(root, 'dist/cli.js');
const dirs: string[] = [];
const servers: ChildProcess[] = [];
afterAll(() => {
  for (const s of servers) s.kill('SIGKILL');
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

interface Server { url: string; proc: ChildProcess; exited: Promise<number | null> }

/** Starts `callgate serve` on a free port and resolves once it listens. */
function start(...args: string[]): Promise<Server> {
  const proc = spawn(process.execPath, [cli, 'serve', '--port', '0', '--quiet', ...args], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
  servers.push(proc);
  const exited = new Promise<number | null>((resolve) => proc.once('exit', (code) => resolve(code)));
  return new Promise((resolve, reject) => {
    let out = '';
    let err = '';
    proc.stdout!.on('data', (b: Buffer) => {
      out += b.toString();
      const m = /listening on (http:\/\/\S+)/.exec(out);
      if (m) resolve({ url: m[1]!, proc, exited });
    });
    proc.stderr!.on('data', (b: Buffer) => void (err += b.toString()));
    proc.once('exit', (code) => reject(new Error(`serve exited ${code}: ${err}`)));
  });
}

const tmp = () => {
  const d = mkdtempSync(join(tmpdir(), 'callgate-serve-'));
  dirs.push(d);
  return d;
};
let serial = 0;
/** A number no other test (or earlier run sharing a database) used. */
// +33 61…: an allocated mobile block (libphonenumber's max metadata refuses e.g. +33 639… or +33 690…),
// so a number drawn from the clock is always valid.
const freshNumber = () => `+3361${String(Date.now() % 1e5).padStart(5, '0')}${String(serial++ % 100).padStart(2, '0')}`;

async function post(url: string, body: unknown, headers: Record<string, string> = {}): Promise<{ status: number; type: string; json: any }> {
  const r = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: typeof body === 'string' ? body : JSON.stringify(body) });
  const text = await r.text();
  return { status: r.status, type: r.headers.get('content-type') ?? '', json: text ? JSON.parse(text) : null };
}

const CONSENT = { type: 'consent', at: '2026-11-01T09:00:00+01:00', advertiser: 'acme', proof: 'web-form-42' };
const attempt = (to: string, at = '2026-11-24T10:30:00+01:00') => ({ to, at, channel: 'voice', advertiser: 'acme', callerId: '+33162123456' });

const stores: Array<[string, () => string[]]> = [
  ['memory', () => ['--memory']],
  ['PGlite', () => ['--data-dir', join(tmp(), 'data')]],
];
if (process.env.CALLGATE_PG_URL) stores.push(['PostgreSQL', () => ['--database', process.env.CALLGATE_PG_URL!]]);

describe.each(stores)('callgate serve on %s', (_name, storeArgs) => {
  it('allows exactly 4 of 50 concurrent reservations for one number (D.223-9 al. 3, the Gate across requests)', async () => {
    const s = await start(...storeArgs());
    try {
      const to = freshNumber();
      expect((await post(`${s.url}/v1/events`, { to, events: [CONSENT] })).json).toEqual({ added: 1 });
      const answers = await Promise.all(Array.from({ length: 50 }, () => post(`${s.url}/v1/reserve`, { attempt: attempt(to) })));
      expect(answers.every((a) => a.status === 200)).toBe(true);
      expect(answers.filter((a) => a.json.allowed)).toHaveLength(4);
      for (const a of answers.filter((x) => !x.json.allowed)) expect(a.json.reasons.map((r: { code: string }) => r.code)).toEqual(['fr.frequency.limit']);
    } finally {
      s.proc.kill('SIGTERM');
      await s.exited;
    }
  });
});

describe('callgate serve: the HTTP contract', () => {
  it('answers problem+json: 400 naming the field for a malformed or mismatched body, 401 without the token', async () => {
    const s = await start('--memory', '--token', 'sesame-7Hq2');
    try {
      const auth = { authorization: 'Bearer sesame-7Hq2' };
      const bad = await post(`${s.url}/v1/reserve`, '{"attempt":{', auth);
      expect(bad.status).toBe(400);
      expect(bad.type).toMatch(/^application\/problem\+json/);
      expect(bad.json).toMatchObject({ status: 400, title: 'Bad Request', errors: [{ field: 'body' }] });
      const missing = await post(`${s.url}/v1/reserve`, { attempt: { to: '+33612345678', channel: 'fax' } }, auth);
      expect(missing.status).toBe(400);
      expect(missing.json.detail).toMatch(/^body\.attempt\.(advertiser|channel)/);
      expect((await post(`${s.url}/v1/reserve`, { attempt: attempt(freshNumber()) })).status).toBe(401);
      expect((await post(`${s.url}/v1/reserve`, { attempt: attempt(freshNumber()) }, { authorization: 'Bearer wrong' })).status).toBe(401);
      // A number the engine cannot read is an answer: 200 deny with input.invalid-number.
      const unreadable = await post(`${s.url}/v1/reserve`, { attempt: attempt('12') }, auth);
      expect([unreadable.status, unreadable.json.reasons[0].code]).toEqual([200, 'input.invalid-number']);
      expect((await fetch(`${s.url}/healthz`)).status).toBe(200); // open: a load balancer's probe
      const metrics = await (await fetch(`${s.url}/metrics`, { headers: auth })).text();
      expect(metrics).toContain('callgate_decisions_total{endpoint="reserve",verdict="deny",code="input.invalid-number"} 1');
      expect(metrics).toContain('callgate_request_duration_seconds_bucket{route="/v1/reserve",status="400",le="+Inf"} 2');
    } finally {
      s.proc.kill('SIGTERM');
      await s.exited;
    }
  });

  it('publishes an OpenAPI 3.1 document that validates and lists every endpoint', async () => {
    const s = await start('--memory');
    try {
      const doc = await (await fetch(`${s.url}/openapi.json`)).json() as { paths: Record<string, unknown> };
      const result = await new Validator().validate(doc as never);
      expect(result.errors ?? [], JSON.stringify(result.errors)).toEqual([]);
      expect(result.valid).toBe(true);
      expect(Object.keys(doc.paths).sort()).toEqual(['/healthz', '/metrics', '/openapi.json', '/v1/check', '/v1/evaluate', '/v1/events', '/v1/reserve', '/v1/windows']);
    } finally {
      s.proc.kill('SIGTERM');
      await s.exited;
    }
  });

  it('evaluates without storing, and gives the windows of a number from its stored history', async () => {
    const s = await start('--memory');
    try {
      const to = freshNumber();
      const pure = await post(`${s.url}/v1/evaluate`, { attempt: attempt(to), history: [CONSENT] });
      expect(pure.json.allowed).toBe(true);
      const stored = await post(`${s.url}/v1/check`, { attempt: attempt(to) });
      expect(stored.json.reasons.map((r: { code: string }) => r.code)).toEqual(['fr.consent.missing']); // evaluate stored nothing
      await post(`${s.url}/v1/events`, { to, events: [CONSENT] });
      const w = await (await fetch(`${s.url}/v1/windows?to=${encodeURIComponent(to)}&advertiser=acme&from=${encodeURIComponent('2026-11-24T08:00:00+01:00')}&days=1&callerId=${encodeURIComponent('+33162123456')}`)).json() as { windows: unknown[] };
      expect(w.windows).toEqual([{ start: '2026-11-24T10:00:00+01:00', end: '2026-11-24T13:00:00+01:00' }, { start: '2026-11-24T14:00:00+01:00', end: '2026-11-24T20:00:00+01:00' }]);
    } finally {
      s.proc.kill('SIGTERM');
      await s.exited;
    }
  });

  it('on SIGTERM under load, finishes what it accepted: every reservation answered allowed is stored, none other', async () => {
    const dir = join(tmp(), 'data');
    const s = await start('--data-dir', dir);
    const to = freshNumber();
    await post(`${s.url}/v1/events`, { to, events: [CONSENT] });
    // 30 reservations in flight, SIGTERM while they run.
    const inFlight = Array.from({ length: 30 }, (_, i) => post(`${s.url}/v1/reserve`, { attempt: attempt(to, `2026-11-24T10:${String(10 + i).padStart(2, '0')}:00+01:00`) }).catch(() => null));
    setTimeout(() => s.proc.kill('SIGTERM'), 30);
    const answers = await Promise.all(inFlight);
    expect(await s.exited).toBe(0);
    const allowed = answers.filter((a) => a?.status === 200 && a.json.allowed).length;
    // Restarted on the same data: the stored attempts are exactly the ones answered allowed (the cap is 4).
    const again = await start('--data-dir', dir);
    try {
      let more = 0;
      for (let i = 0; i < 5; i++) if ((await post(`${again.url}/v1/reserve`, { attempt: attempt(to, `2026-11-25T11:0${i}:00+01:00`) })).json.allowed) more++;
      expect(4 - more).toBe(allowed);
    } finally {
      again.proc.kill('SIGTERM');
      await again.exited;
    }
  });
});

describe('the integration examples of docs/dialers.md', () => {
  it("runs the Asterisk snippet's HTTP part (curl) against the service", async () => {
    const s = await start('--memory');
    try {
      const doc = readFileSync(join(root, 'docs/dialers.md'), 'utf8');
      const snippet = /## Asterisk: reserve before dialing[\s\S]*?```sh\n([\s\S]*?)```/.exec(doc)![1]!;
      const r = spawnSync('bash', ['-c', snippet], { env: { ...process.env, CALLGATE: s.url }, encoding: 'utf8' });
      expect(r.status, r.stderr).toBe(0);
      expect(r.stdout.trim()).toMatch(/^"allowed":(true|false)$/);
    } finally {
      s.proc.kill('SIGTERM');
      await s.exited;
    }
  });

  it('runs the Python client (standard library only): four calls allowed, the fifth refused by the cap', async () => {
    const s = await start('--memory', '--token', 'py-Token-93');
    try {
      const r = spawnSync('python3', [join(root, 'examples/serve-client.py'), s.url, 'py-Token-93', freshNumber()], { encoding: 'utf8' });
      expect(r.status, r.stderr).toBe(0);
      const lines = r.stdout.trim().split('\n');
      expect(lines.slice(0, 4).every((l) => l.endsWith('allow: dial'))).toBe(true);
      expect(lines[4]).toMatch(/^10:34 deny \(fr\.frequency\.limit\); next allowed 2026-/);
    } finally {
      s.proc.kill('SIGTERM');
      await s.exited;
    }
  });
});
