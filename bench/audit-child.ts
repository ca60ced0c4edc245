// The measured side of bench/audit.ts, bundled by it and run once per measure in its own process.
import { createReadStream } from 'node:fs';
import { parse } from 'csv-parse';
import type { Decision } from '../src/index.js';
import { audit } from '../src/cli/audit/command.js';
import { csvOptions } from '../src/cli/audit/source.js';

type Measure = { rows: number; ms: number; maxRssMb: number };

async function child(mode: string, file: string): Promise<Measure> {
  const t0 = process.hrtime.bigint();
  let rows = 0;
  if (mode === 'parse') {
    // The baseline: the same parser, options and iteration as the audit, doing nothing with the rows.
    for await (const _ of createReadStream(file).pipe(parse(csvOptions(',')))) rows++;
    rows--; // header
  } else {
    const allow: Decision = { allowed: true, verdict: 'allow', reasons: [], exemptions: [], advisories: [], nextAllowedAt: undefined, recipient: { e164: '', country: 'FR', timeZone: 'Europe/Paris', localTime: '2026-01-01T10:00:00+01:00' } };
    const opts = { format: 'json', out: '/dev/null', locale: 'en' as const, holidays: 'conservative' as const, progress: false };
    await audit(file, mode === 'audit-no-evaluate' ? { ...opts, judge: () => allow } : opts);
    rows = Number(process.env.BENCH_ROWS);
  }
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  return { rows, ms, maxRssMb: Math.round(process.resourceUsage().maxRSS / 1024) };
}

const [, , mode, file] = process.argv;
if (!mode || !file) throw new Error('usage: audit-child <parse|audit|audit-no-evaluate> <file>');
console.log(JSON.stringify(await child(mode, file)));
