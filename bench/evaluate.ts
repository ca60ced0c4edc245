// evaluate on the built package (dist), as a ratio to a bare libphonenumber-js/max parse + getType
// of the same numbers measured in the same run: the realistic dialer mix of issue 15, allowed and
// denied attempts, histories of 1, 10, 100 and 1000 events, France and the US. Every task walks
// 20,000 distinct numbers (no memo flatters a figure); tasks run in interleaved rounds (a shared,
// busy machine slows all of them alike) and the ratio is the median over rounds. Then: cold start
// of `callgate check` against `node -e 0`, the bundle size, and the peak RSS of each measure run
// alone in its own process.
//
// Run: npm run bench        (ROUNDS=3 npm run bench for a quicker run)
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { parsePhoneNumberFromString } from 'libphonenumber-js/max';
import type { Attempt, ContactEvent } from 'callgate';
import { callgate } from './dist.js';

const { evaluate } = callgate;
const N = 20_000;
const ROUNDS = Number(process.env.ROUNDS ?? 7);
const SLICE_MS = 150;

let seed = 7;
const rnd = () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 4294967296);
const pad = (n: number, w: number) => String(n).padStart(w, '0');

// French mobiles (06/07) and US numbers over many area codes: distinct, valid numbers.
/** `count` distinct numbers from a generator, keeping only the valid ones (a bench of valid numbers only). */
function distinctValid(make: (k: number) => string): string[] {
  const out: string[] = [];
  for (let k = 0; out.length < N; k++) {
    const n = make(k);
    if (parsePhoneNumberFromString(n)?.isValid()) out.push(n);
  }
  return out;
}
const frNumbers = distinctValid((k) => `+33${6 + (k % 2)}${pad(10_000_000 + ((k * 4_999) % 89_999_999), 8)}`);
const US_AREAS = ['212', '305', '415', '512', '602', '808', '317', '850', '206', '617', '404', '303'];
const usNumbers = distinctValid((k) => `+1${US_AREAS[k % US_AREAS.length]}${200 + (Math.floor(k / 12) % 700)}${pad(1000 + ((k * 37) % 9000), 4)}`);

const NPV = '+33162123456';
const ADVERTISERS = ['acme', 'globex', 'initech', 'umbrella'];
/** A dialer's history: attempts of several advertisers over the past weeks, acme's consent first (L.223-1, since 2026-08-11). */
function frHistory(n: number, end: number): ContactEvent[] {
  const events: ContactEvent[] = [{ type: 'consent', at: '2026-08-20T09:00:00Z', advertiser: 'acme', channels: ['voice'] }];
  for (let i = 1; i < n; i++) {
    const at = new Date(end - Math.floor((i / n) * 400 * 86_400_000 * (n > 10 ? 1 : 0.1)) - 3_600_000).toISOString();
    events.push({ type: 'attempt', at, advertiser: ADVERTISERS[1 + (i % 3)]!, channel: 'voice', outcome: 'no-answer' });
  }
  const at = (e: ContactEvent) => Date.parse(('at' in e ? e.at : e.start) as string);
  return events.sort((a, b) => at(a) - at(b));
}
const TUESDAY = Date.parse('2026-11-24T00:00:00+01:00');
const histories = new Map([1, 10, 100, 1000].map((n) => [n, frHistory(n, TUESDAY)]));

/** The realistic mix: weekday attempts spread 10:30–20:30 Paris time (lunch and 20:00–20:30 denied, ~15 %). */
const mixAttempts: Attempt[] = frNumbers.map((to) => {
  const day = Math.floor(rnd() * 4); // Tuesday to Friday
  const minute = 10 * 60 + 30 + Math.floor(rnd() * 600);
  const at = new Date(TUESDAY + day * 86_400_000 + minute * 60_000).toISOString();
  return { to, at, channel: 'voice', advertiser: 'acme', callerId: NPV };
});
const mixHistories = frNumbers.map((_, i) => frHistory(10, TUESDAY + (i % 4) * 86_400_000));
const frAt = (at: string) => frNumbers.map((to): Attempt => ({ to, at, channel: 'voice', advertiser: 'acme', callerId: NPV }));
const frAllowed = frAt('2026-11-24T11:00:00+01:00');
const frDenied = frAt('2026-11-28T21:00:00+01:00'); // Saturday evening: nextAllowedAt is Monday 10:00
const usHistory: ContactEvent[] = [
  ...frHistory(10, TUESDAY),
  { type: 'opposition-check', at: '2026-11-20T12:00:00Z', list: 'us-national-dnc', listed: false },
];
const usAt = (at: string) => usNumbers.map((to): Attempt => ({ to, at, channel: 'voice', advertiser: 'acme' }));
const usAllowed = usAt('2026-11-24T19:00:00Z'); // 14:00 in New York, 9:00 in Hawaii: allowed everywhere
const usDenied = usAt('2026-11-25T07:30:00Z'); // 02:30 in New York, 21:30 in Hawaii: denied everywhere

type Task = { name: string; base?: string; run: (i: number) => unknown };
const sink: unknown[] = [];
const tasks: Task[] = [
  { name: 'baseline: FR parse + getType', run: (i) => parsePhoneNumberFromString(frNumbers[i]!)?.getType() },
  { name: 'baseline: US parse + getType', run: (i) => parsePhoneNumberFromString(usNumbers[i]!)?.getType() },
  { name: 'FR realistic mix (10 events, ~15 % denied)', run: (i) => evaluate(mixAttempts[i]!, mixHistories[i]!) },
  ...[1, 10, 100, 1000].map((n): Task => ({ name: `FR allowed, ${n} events`, run: (i) => evaluate(frAllowed[i]!, histories.get(n)!) })),
  { name: 'FR denied + nextAllowedAt, 10 events', run: (i) => evaluate(frDenied[i]!, histories.get(10)!) },
  { name: 'US allowed, 11 events', base: 'baseline: US parse + getType', run: (i) => evaluate(usAllowed[i]!, usHistory) },
  { name: 'US denied + nextAllowedAt, 11 events', base: 'baseline: US parse + getType', run: (i) => evaluate(usDenied[i]!, usHistory) },
];
const TARGETS: Record<string, number> = {
  'FR realistic mix (10 events, ~15 % denied)': 2,
  'FR allowed, 10 events': 1.5,
  'FR allowed, 100 events': 3,
  'FR denied + nextAllowedAt, 10 events': 3,
  'US denied + nextAllowedAt, 11 events': 3,
};

/** Operations per second of a task over one time slice, walking the distinct inputs. */
function slice(task: Task, start: number): { ops: number; next: number } {
  let i = start;
  let n = 0;
  const t0 = performance.now();
  let t = t0;
  while (t - t0 < SLICE_MS) {
    for (let k = 0; k < 200; k++) {
      sink[0] = task.run(i);
      i = i + 1 === N ? 0 : i + 1;
    }
    n += 200;
    t = performance.now();
  }
  return { ops: (n * 1000) / (t - t0), next: i };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** A child process that runs one task for two seconds and reports its peak RSS (MB). */
function peakRss(name: string): number {
  const r = spawnSync(process.execPath, [...process.execArgv, fileURLToPath(import.meta.url)], {
    env: { ...process.env, BENCH_RSS_TASK: name },
    encoding: 'utf8',
  });
  return Number(/rss=(\d+(?:\.\d+)?)/.exec(r.stdout)?.[1] ?? NaN);
}

if (process.env.BENCH_RSS_TASK !== undefined) {
  const task = tasks.find((t) => t.name === process.env.BENCH_RSS_TASK)!;
  let i = 0;
  const end = performance.now() + 2000;
  while (performance.now() < end) i = slice(task, i).next;
  console.log(`rss=${(process.resourceUsage().maxRSS / 1024).toFixed(1)}`);
  process.exit(0);
}

// The labels stay true: the allowed cases are allowed, the denied ones denied with a date.
for (const n of [1, 10, 100, 1000]) if (!evaluate(frAllowed[0]!, histories.get(n)!).allowed) throw new Error(`bench: FR ${n} events is not allowed`);
if (evaluate(frDenied[0]!, histories.get(10)!).nextAllowedAt !== '2026-11-30T10:00:00+01:00') throw new Error('bench: the FR denied case');
if (usAllowed.some((a) => !evaluate(a, usHistory).allowed) || usDenied.some((a) => evaluate(a, usHistory).allowed)) throw new Error('bench: the US cases');
const mixCodes = new Map<string, number>();
let deniedCount = 0;
mixAttempts.forEach((a, i) => {
  const d = evaluate(a, mixHistories[i]!);
  if (!d.allowed) deniedCount++;
  for (const r of d.reasons) mixCodes.set(r.code, (mixCodes.get(r.code) ?? 0) + 1);
});
const denied = deniedCount / N;

const samples = new Map<string, number[]>(tasks.map((t) => [t.name, []]));
const cursor = new Map<string, number>(tasks.map((t) => [t.name, 0]));
for (const t of tasks) slice(t, 0); // warm-up
for (let r = 0; r < ROUNDS; r++) {
  for (const t of tasks) {
    const s = slice(t, cursor.get(t.name)!);
    cursor.set(t.name, s.next);
    samples.get(t.name)!.push(s.ops);
  }
}

console.log(`node ${process.version}, ${N.toLocaleString('en')} distinct numbers per task, ${ROUNDS} rounds; realistic mix: ${(denied * 100).toFixed(1)} % denied (${[...mixCodes].map(([c, n]) => `${c} ${n}`).join(', ')})\n`);
console.log('task'.padEnd(44), 'ops/s'.padStart(10), 'vs parse'.padStart(9), 'target'.padStart(8), ' peak RSS');
const FR_BASE = 'baseline: FR parse + getType';
for (const t of tasks) {
  const base = samples.get(t.base ?? FR_BASE)!;
  const ratio = median(samples.get(t.name)!.map((ops, r) => base[r]! / ops));
  const target = TARGETS[t.name];
  const verdict = target === undefined ? '' : `≤ ${target}× ${ratio <= target ? 'met' : `MISSED by ${(ratio / target).toFixed(2)}×`}`;
  const rss = process.env.BENCH_NO_RSS ? '' : `${peakRss(t.name).toFixed(0)} MB`;
  console.log(t.name.padEnd(44), Math.round(median(samples.get(t.name)!)).toLocaleString('en').padStart(10), `${ratio.toFixed(2)}×`.padStart(9), verdict.padStart(8), ` ${rss}`);
}

// Cold start: `callgate check` against `node -e 0`, median of 7 runs each.
const cli = fileURLToPath(new URL('../dist/cli.js', import.meta.url));
const time = (args: string[]) => {
  const runs: number[] = [];
  for (let k = 0; k < 7; k++) {
    const t0 = performance.now();
    spawnSync(process.execPath, args, { stdio: 'ignore' });
    runs.push(performance.now() - t0);
  }
  return median(runs);
};
const bare = time(['-e', '0']);
const check = time([cli, 'check', '--to', '+33612345678', '--at', '2026-11-24T11:00:00+01:00', '--advertiser', 'acme']);
const importOnly = time(['--input-type=module', '-e', `await import(${JSON.stringify(new URL('../dist/index.js', import.meta.url).href)})`]);
console.log(`\ncold start: node -e 0 ${bare.toFixed(0)} ms; import('callgate') ${importOnly.toFixed(0)} ms (${(importOnly / bare).toFixed(2)}×); callgate check ${check.toFixed(0)} ms = ${(check / bare).toFixed(2)}× (target ≤ 2.5× ${check / bare <= 2.5 ? 'met' : 'MISSED'})`);

// Bundle: what a user's bundler ships for `import { evaluate } from 'callgate'` (esbuild, minified).
const bundle = await build({
  entryPoints: [fileURLToPath(new URL('../dist/index.js', import.meta.url))],
  bundle: true, minify: true, format: 'esm', platform: 'node', write: false,
  external: ['fast-check', 'pg', '@electric-sql/pglite'], logLevel: 'silent',
});
const bytes = bundle.outputFiles[0]!.contents.length;
console.log(`bundle of callgate (esbuild, minified): ${(bytes / 1000).toFixed(0)} KB (target ≤ 500 KB ${bytes <= 500_000 ? 'met' : `MISSED by ${((bytes - 500_000) / 1000).toFixed(0)} KB`})`);
