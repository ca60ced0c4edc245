// Audit throughput: a log of 1,000,000 calls and refusals (plus Bloctel scrubs) over 150,000
// numbers (generated to a temp file), audited by the same code as `callgate audit`, with one
// thread and with two, against a bare csv-parse read of the same file with the audit's options
// (the baseline; the audit itself reads through its own fast path, csv-lines.ts), in the
// same run. Each measure runs in its own process so that its peak memory (RSS
// high-water mark) is its own; the measured code is bundled with tsup first (as dist/ is), so
// that no TypeScript loader sits on the hot path. Also measured: the audit with `evaluate`
// replaced by a constant decision, to tell how much of the time the rules engine takes.
//
// Run: npm run bench:audit   (ROWS=200000 npm run bench:audit for a quicker run; LOG=/tmp/log.csv keeps the log)
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'tsup';

type Measure = { rows: number; ms: number; maxRssMb: number; numbers?: number; stateBytes?: number };

/**
 * A sorted log: `numbers` consumers, 4 advertisers, `rows` calls and refusals spread evenly over 6
 * months and every hour of the day (so most fall outside the D.223-9 hours), in the Bloctel era: every call presents a verified multi-purpose number
 * (L.221-17), and a number's first call of each 30-day period is preceded by a Bloctel scrub row
 * (L.223-1), as a dialer scrubbing monthly would log. Returns the data rows written (scrubs included).
 */
function generate(file: string, rows: number, numbers: number): number {
  let seed = 42;
  const rnd = () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 4294967296);
  const start = Date.UTC(2026, 0, 5, 9, 0, 0); // Monday 5 January 2026, 10:00 in Paris
  const step = (180 * 86_400_000) / rows;
  const out: string[] = ['type,to,at,advertiser,channel,outcome,callerId,list,listed\n'];
  const lastScrub = new Int16Array(numbers).fill(-1);
  let written = 0;
  const outcomes = ['no-answer', 'voicemail', 'busy', 'answered'];
  let size = 0;
  for (let i = 0; i < rows; i++) {
    const ms = start + Math.floor(i * step);
    const n = Math.floor(rnd() * numbers);
    const to = `+336${String(10_000_000 + n * 7).padStart(8, '0')}`;
    const at = new Date(ms).toISOString().replace('.000Z', 'Z');
    const type = rnd() < 0.02 ? 'refusal' : 'attempt';
    const period = Math.floor((ms - start) / (30 * 86_400_000));
    if (type === 'attempt' && lastScrub[n] !== period) {
      lastScrub[n] = period;
      out.push(`opposition-check,${to},${at},,,,,bloctel,false\n`);
      written++;
    }
    out.push(`${type},${to},${at},adv${n % 4},${type === 'attempt' ? 'voice' : ''},${type === 'attempt' ? outcomes[Math.floor(rnd() * 4)] : ''},${type === 'attempt' ? '+33162123456' : ''},,\n`);
    written++;
    if (out.length >= 50_000) {
      writeFileSync(file, out.join(''), { flag: size === 0 ? 'w' : 'a' });
      size += out.length;
      out.length = 0;
    }
  }
  writeFileSync(file, out.join(''), { flag: size === 0 ? 'w' : 'a' });
  return written;
}

{
  const rows = Number(process.env.ROWS ?? 1_000_000);
  const numbers = Number(process.env.NUMBERS ?? 150_000);
  const dir = mkdtempSync(join(tmpdir(), 'callgate-bench-'));
  const outDir = fileURLToPath(new URL('../node_modules/.cache/callgate-bench', import.meta.url));
  // LOG=path keeps the generated log there (to profile the audit on it: node --cpu-prof …).
  const file = process.env.LOG ?? join(dir, 'log.csv');
  try {
    const written = generate(file, rows, numbers);
    console.log(`log: ${written.toLocaleString('en')} rows (${rows.toLocaleString('en')} calls and refusals, the rest Bloctel scrubs), ${numbers.toLocaleString('en')} numbers, ${(statSync(file).size / 1e6).toFixed(1)} MB (Node ${process.version})`);
    await build({
      // The reader thread beside the child, where the audit looks for it (as dist/audit-reader.js beside dist/cli.js).
      entry: { 'audit-child': fileURLToPath(new URL('./audit-child.ts', import.meta.url)), 'audit-reader': fileURLToPath(new URL('../src/cli/audit/reader-thread.ts', import.meta.url)) },
      // Inside the package, so that the bundle finds its dependencies in node_modules.
      outDir: outDir,
      format: ['esm'],
      dts: false,
      sourcemap: false,
      target: 'node20',
      silent: true,
      clean: false,
    });
    const childJs = join(outDir, 'audit-child.js');
    const run = (m: string, nodeFlags: string[] = [], threads = 1): Measure => {
      const r = spawnSync(process.execPath, [...nodeFlags, childJs, m, file, String(threads)], { encoding: 'utf8', env: { ...process.env, BENCH_ROWS: String(written) }, maxBuffer: 1 << 24 });
      if ((r.status !== 0 && r.status !== 1) || r.stdout.trim() === '') throw new Error(`${m} failed (${r.status}): ${r.stderr}`);
      return JSON.parse(r.stdout.trim().split('\n').pop()!) as Measure;
    };
    const parseRun = run('parse');
    // FULL=0 skips the full audits (the engine), to measure the pipeline alone quickly.
    const auditRun = process.env.FULL === '0' ? undefined : run('audit');
    const threadedRun = process.env.FULL === '0' ? undefined : run('audit', [], 2);
    const bare = run('audit-no-evaluate');
    const state = run('state', ['--expose-gc']);
    // The replay's own state must not grow with rows: the same run with a small V8 heap must finish.
    const bounded = run('audit-no-evaluate', ['--max-old-space-size=256']);
    const rate = (m: Measure) => Math.round((m.rows / m.ms) * 1000);
    const line = (name: string, m: Measure) =>
      `${name.padEnd(28)} ${rate(m).toLocaleString('en').padStart(10)} rows/s  ${(m.ms / 1000).toFixed(1).padStart(6)} s  peak RSS ${String(m.maxRssMb).padStart(5)} MB`;
    console.log(line('bare parse (csv-parse)', parseRun));
    if (auditRun) console.log(line('audit, --threads 1', auditRun));
    if (threadedRun) console.log(line('audit, --threads 2', threadedRun));
    console.log(line('audit, evaluate stubbed', bare));
    console.log(line('  same, V8 heap ≤ 256 MB', bounded));
    if (auditRun) console.log(`audit / bare parse rate: ${((100 * rate(auditRun)) / rate(parseRun)).toFixed(1)} % with one thread`);
    if (threadedRun) console.log(`audit / bare parse rate: ${((100 * rate(threadedRun)) / rate(parseRun)).toFixed(1)} % with two (target ≥ 50 %)`);
    console.log(`replay state at the end of the log: ${(state.stateBytes! / 1e6).toFixed(1)} MB, ${Math.round(state.stateBytes! / state.numbers!)} bytes per number seen (${state.numbers!.toLocaleString('en')} numbers; target ≤ ~300)`);
    console.log(`audit without evaluate / bare parse rate: ${((100 * rate(bare)) / rate(parseRun)).toFixed(1)} %`);
    if (auditRun) console.log(`share of audit time in evaluate: ${((100 * (auditRun.ms - bare.ms)) / auditRun.ms).toFixed(1)} %`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
