// The measured side of bench/audit.ts, bundled by it and run once per measure in its own process.
import { createReadStream } from 'node:fs';
import { parse } from 'csv-parse';
import type { Decision } from '../src/index.js';
import { audit } from '../src/cli/audit/command.js';
import { csvOptions } from '../src/cli/audit/source.js';
import { readLog } from '../src/cli/audit/read-log.js';
import { Replay } from '../src/cli/audit/replay.js';

/** The constant decision that replaces the engine, to measure the rest of the pipeline. */
const allow: Decision = { allowed: true, verdict: 'allow', reasons: [], exemptions: [], advisories: [], nextAllowedAt: undefined, recipient: { e164: '', country: 'FR', timeZone: 'Europe/Paris', localTime: '2026-01-01T10:00:00+01:00' } };

type Measure = { rows: number; ms: number; maxRssMb: number; numbers?: number; stateBytes?: number };

async function child(mode: string, file: string, threads: string): Promise<Measure> {
  const t0 = process.hrtime.bigint();
  let rows = 0;
  if (mode === 'parse') {
    // The baseline: the same parser, options and iteration as the audit, doing nothing with the rows.
    for await (const _ of createReadStream(file).pipe(parse(csvOptions(',')))) rows++;
    rows--; // header
  } else if (mode === 'state') {
    // The replay's own state: the heap it holds at the end of the log (after a full GC), per
    // number it has seen. Run with --expose-gc. The judge is a constant: decisions are not state.
    const gc = (globalThis as { gc?: () => void }).gc!;
    gc();
    const before = process.memoryUsage().heapUsed;
    const replay = new Replay({ judged() {}, outOfOrder() {} }, {}, undefined, () => allow);
    await readLog(file, { mapping: {}, time: {} }, ',', (item) => {
      if ('kind' in item && item.kind !== 'skipped') replay.push(item);
    });
    replay.finish();
    gc();
    const stateBytes = process.memoryUsage().heapUsed - before;
    const ms = Number(process.hrtime.bigint() - t0) / 1e6;
    return { rows: Number(process.env.BENCH_ROWS), ms, maxRssMb: Math.round(process.resourceUsage().maxRSS / 1024), numbers: replay.numbers, stateBytes };
  } else {
    const opts = { format: 'json', out: '/dev/null', locale: 'en' as const, holidays: 'conservative' as const, progress: false, threads };
    await audit(file, mode === 'audit-no-evaluate' ? { ...opts, judge: () => allow } : opts);
    rows = Number(process.env.BENCH_ROWS);
  }
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  return { rows, ms, maxRssMb: Math.round(process.resourceUsage().maxRSS / 1024) };
}

const [, , mode, file, threads = '1'] = process.argv;
if (!mode || !file) throw new Error('usage: audit-child <parse|audit|audit-no-evaluate> <file> [threads]');
console.log(JSON.stringify(await child(mode, file, threads)));
