// plan() over 100,000 recipients with 10 history events each: recipients per second, as a ratio to
// calling evaluate once per recipient (at the same instant) in the same run. Run: npm run bench:plan
import type { ContactEvent } from 'callgate';
import { callgate } from './dist.js';

const { evaluate, plan } = callgate;

const N = Number(process.env.PLAN_RECIPIENTS ?? 100_000);
const from = '2026-11-27T09:00:00+01:00'; // Friday, before the window: most recipients are denied at first

const numbers = Array.from({ length: N }, (_, i) => `+3361${String(1_000_000 + ((i * 7919) % 9_000_000)).slice(-7)}`);
// Each consumer consented to acme's calls (required since 11 August 2026, L.223-1), then 9
// attempts and refusals of acme and globex over the previous three months.
const histories: ContactEvent[][] = numbers.map((_, i) =>
  Array.from({ length: 10 }, (_, k) => k === 0
    ? ({ type: 'consent' as const, at: '2026-08-20T09:00:00Z', advertiser: 'acme', channels: ['voice' as const] })
    : ({
        type: k === 9 && i % 7 === 0 ? ('refusal' as const) : ('attempt' as const),
        at: new Date(Date.parse('2026-09-01T09:00:00Z') + ((i + k * 8) % 85) * 86_400_000).toISOString(),
        advertiser: k % 2 === 0 ? 'acme' : 'globex',
        channel: 'voice' as const,
      })),
) as ContactEvent[][];
const attempts = numbers.map((to) => ({ to, channel: 'voice' as const, advertiser: 'acme', callerId: '+33162123456' }));

function time<T>(f: () => T): [T, number] {
  const t0 = performance.now();
  const r = f();
  return [r, (performance.now() - t0) / 1000];
}

// Warm up both paths on a slice.
plan(attempts.slice(0, 2000), histories.slice(0, 2000), { from });
for (let i = 0; i < 2000; i++) evaluate({ ...attempts[i]!, at: from }, histories[i]!);

const [, evalSeconds] = time(() => {
  for (let i = 0; i < N; i++) evaluate({ ...attempts[i]!, at: from }, histories[i]!);
});
const [slots, planSeconds] = time(() => plan(attempts, histories, { from, horizon: 'P30D' }));

const planned = slots.filter((s) => s.at !== null).length;
console.log(`node ${process.version}, ${N.toLocaleString('en')} recipients × 10 events`);
console.log(`evaluate once each : ${Math.round(N / evalSeconds).toLocaleString('en').padStart(8)} recipients/s`);
console.log(`plan (30 days)     : ${Math.round(N / planSeconds).toLocaleString('en').padStart(8)} recipients/s  → ${(planSeconds / evalSeconds).toFixed(2)}× the cost of one evaluation`);
console.log(`slots found within 30 days: ${planned.toLocaleString('en')} / ${N.toLocaleString('en')}`);
