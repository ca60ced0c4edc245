// evaluate throughput with 0, 10 and 100 history events, as a ratio to a bare libphonenumber-js
// parse of the same numbers measured in the same run. Run: npm run bench
import { parsePhoneNumberFromString } from 'libphonenumber-js/max';
import { Bench } from 'tinybench';
import type { Attempt, ContactEvent } from 'callgate';
import { callgate, fr } from './dist.js';

const { evaluate } = callgate;
const { frPack } = fr;

const N = 1000;
const numbers = Array.from({ length: N }, (_, i) => `+3361${String(1_000_000 + i * 7919).slice(-7)}`);
// Tuesday 24 November 2026, inside a window: the common, allowed case.
const allowedAt = '2026-11-24T11:00:00+01:00';
// Saturday, outside hours: denied, so nextAllowedAt is computed too.
const deniedAt = '2026-11-28T21:00:00+01:00';

function historyOf(n: number): ContactEvent[] {
  // Spread over a year, mixed advertisers, so that at most a few count toward acme's cap. The first
  // event is acme's consent: since 11 August 2026 a prospecting call needs one (L.223-1).
  return Array.from({ length: n }, (_, i) => ({
    type: i % 10 === 9 || i === 0 ? ('consent' as const) : ('attempt' as const),
    at: new Date(Date.parse('2025-11-24T10:00:00Z') + i * 3.6 * 86_400_000).toISOString(),
    advertiser: i % 3 === 0 ? 'acme' : 'globex',
    channel: 'voice' as const,
  })) as ContactEvent[];
}
const histories = { 1: historyOf(1), 10: historyOf(10), 100: historyOf(100) } as const;

let i = 0;
const next = () => numbers[i++ % N]!;
// Presents a verified multi-purpose number (a masked number is forbidden, C. consom. L.221-17).
const attempt = (at: string): Attempt => ({ to: next(), at, channel: 'voice', advertiser: 'acme', callerId: '+33162123456' });

const bench = new Bench({ time: 1500, warmup: true });
bench
  .add('baseline: parse', () => { parsePhoneNumberFromString(next(), 'FR'); })
  .add('baseline: parse + isValid', () => { parsePhoneNumberFromString(next(), 'FR')!.isValid(); });
for (const n of [1, 10, 100] as const) {
  bench.add(`evaluate, ${n} events, allowed`, () => { evaluate(attempt(allowedAt), histories[n]); });
}
// The foundation's rules alone (D.223-9: hours, cap, cooldown), the scope of the ≤ 3× target.
const d2239 = [{ ...frPack, rules: frPack.rules.filter((r) => ['fr.scope', 'fr.hours', 'fr.frequency', 'fr.refusal'].includes(r.id)) }];
bench.add('evaluate, 10 events, allowed, D.223-9 rules only', () => { evaluate(attempt(allowedAt), histories[10], { packs: d2239 }); });
bench.add('evaluate, 10 events, denied (+ nextAllowedAt)', () => { evaluate(attempt(deniedAt), histories[10]); });

// US pack: more rules (federal + state), a fresh registry scrub in the history; 850 spans two zones.
const usNumbers = Array.from({ length: N }, (_, i) => `+1${i % 2 ? '212' : '850'}${String(2_000_000 + i * 7919).slice(-7)}`);
const usHistory: ContactEvent[] = [
  ...historyOf(10),
  { type: 'opposition-check', at: '2026-11-20T12:00:00Z', list: 'us-national-dnc', listed: false },
  { type: 'opposition-check', at: '2026-11-20T12:00:00Z', list: 'us-fl-dnc', listed: false },
];
let j = 0;
const usAttempt = (at: string): Attempt => ({ to: usNumbers[j++ % N]!, at, channel: 'voice', advertiser: 'acme' });
bench.add('US: evaluate, 12 events, allowed', () => { evaluate(usAttempt('2026-11-24T12:00:00-05:00'), usHistory); });
bench.add('US: evaluate, 12 events, denied (+ nextAllowedAt)', () => { evaluate(usAttempt('2026-11-24T21:30:00-05:00'), usHistory); });

// The labels must stay true: the "allowed" cases are allowed, the denied ones are denied.
for (const n of [1, 10, 100] as const) {
  if (!evaluate(attempt(allowedAt), histories[n]).allowed) throw new Error(`bench: the ${n}-event case is not allowed`);
}
if (evaluate(attempt(deniedAt), histories[10]).allowed) throw new Error('bench: the denied case is allowed');
if (!evaluate(usAttempt('2026-11-24T12:00:00-05:00'), usHistory).allowed) throw new Error('bench: the US allowed case is denied');

await bench.run();

const hz = (name: string) => {
  const r = bench.tasks.find((t) => t.name === name)!.result;
  if (r?.state !== 'completed') throw new Error(`${name}: ${r?.state}`);
  return 1000 / r.period;
};
const base = hz('baseline: parse');
console.log(`node ${process.version}, ${N} distinct numbers\n`);
console.log('task'.padEnd(48), 'ops/s'.padStart(10), 'cost vs parse'.padStart(15));
for (const t of bench.tasks) {
  const ops = hz(t.name);
  console.log(t.name.padEnd(48), Math.round(ops).toLocaleString('en').padStart(10), `${(base / ops).toFixed(2)}×`.padStart(15));
}
const ratio10 = base / hz('evaluate, 10 events, allowed, D.223-9 rules only');
console.log(`\ntarget: evaluate with 10 events (D.223-9 rules) costs ≤ 3× a bare parse → ${ratio10.toFixed(2)}× ${ratio10 <= 3 ? '(met)' : '(NOT met)'}`);
