// Generates examples/call-log.csv: a synthetic but realistic call log of four advertisers over
// March–June 2026 (the Bloctel era, before the opt-in of 11 August 2026), numbers in metropolitan
// France and overseas (GP, MQ, RE, YT, GF). Most calls are compliant: every number is scrubbed
// against Bloctel each month, every call presents a number, the predictive dialer of cap-fibre
// presents a verified multi-purpose number (NPV). On purpose, some calls break each rule: outside
// the hours, on a weekend, on a public holiday (national, and an overseas abolition day), a 5th
// attempt within 30 days, a call within 60 days of a refusal or after an objection (D.223-9,
// L.223-2); a number called after the scrub found it listed, or in a month its scrub was skipped
// (L.223-1); a masked number (L.221-17); the dialer on a backup trunk presenting a geographic
// number (Arcep 2022-1583). Deterministic: a seeded PRNG, no clock. Run: npm run
// example:generate (it prints what it injected).
import { writeFileSync } from 'node:fs';
import { stringify } from 'csv-stringify/sync';
import { parsePhoneNumberFromString } from 'libphonenumber-js/max';
import { DateTime } from 'luxon';

/** mulberry32: a tiny seeded PRNG, so that the file is the same on every run. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const random = prng(20261124);
const int = (lo: number, hi: number) => lo + Math.floor(random() * (hi - lo + 1));
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)]!;
const digits = (n: number) => Array.from({ length: n }, () => int(0, 9)).join('');

interface Territory { prefix: () => string; zone: string; weight: number; holidays: string[] }
// Public holidays of the period (C. trav. L.3133-1) and the overseas abolition days (L.3422-2).
const NATIONAL = ['2026-04-06', '2026-05-01', '2026-05-08', '2026-05-14', '2026-05-25'];
const TERRITORIES: Record<string, Territory> = {
  FR: { prefix: () => pick(['+336', '+336', '+3375', '+3378', '+331', '+334']), zone: 'Europe/Paris', weight: 70, holidays: NATIONAL },
  GP: { prefix: () => '+590690', zone: 'America/Guadeloupe', weight: 6, holidays: [...NATIONAL, '2026-05-27'] },
  MQ: { prefix: () => '+596696', zone: 'America/Martinique', weight: 6, holidays: [...NATIONAL, '2026-05-22'] },
  RE: { prefix: () => '+262692', zone: 'Indian/Reunion', weight: 8, holidays: NATIONAL },
  YT: { prefix: () => pick(['+2626391', '+2626394']), zone: 'Indian/Mayotte', weight: 4, holidays: [...NATIONAL, '2026-04-27'] },
  GF: { prefix: () => '+594694', zone: 'America/Cayenne', weight: 6, holidays: [...NATIONAL, '2026-06-10'] },
};
const ADVERTISERS = ['acme-energie', 'bellevue-assurances', 'cap-fibre', 'dom-solaire'];
const CALLER_IDS: Record<string, string> = {
  'acme-energie': '+33159000101', 'bellevue-assurances': '+33472000202', 'cap-fibre': '+33162000303', 'dom-solaire': '+590590000404',
};
/** cap-fibre calls through a predictive dialer: an automated system, which must present an NPV number. */
const AUTOMATED = new Set(['cap-fibre']);
/** The geographic number of cap-fibre's backup trunk: not an NPV, unlawful for its dialer. */
const BACKUP_TRUNK = '+33240000303';
const START = DateTime.fromISO('2026-03-02T00:00:00', { zone: 'Europe/Paris' });
const DAYS = 120; // to the end of June 2026: before the opt-in era of 11 August 2026

function number(country: string): string {
  for (;;) {
    const p = TERRITORIES[country]!.prefix();
    const n = p + digits(12 - (p.length - 1) + (p.startsWith('+33') ? -1 : 0));
    const parsed = parsePhoneNumberFromString(n);
    if (parsed?.isValid() && parsed.country === country) return parsed.number;
  }
}

type Row = { type: string; to: string; at: DateTime; advertiser: string; outcome?: string; covers?: string; listed?: string; list?: string; callerId?: string; automated?: boolean; note?: string };
const rows: Row[] = [];
const injected: Record<string, number> = {};
const inject = (kind: string) => (injected[kind] = (injected[kind] ?? 0) + 1);

/** A local time inside the calling windows on a working day (not a weekend nor a holiday). */
function openTime(zone: string, holidays: string[], from: DateTime): DateTime {
  for (let d = from.setZone(zone).startOf('day'); ; d = d.plus({ days: 1 })) {
    if (d.weekday >= 6 || holidays.includes(d.toISODate()!)) continue;
    const morning = random() < 0.4;
    const minutes = morning ? int(10 * 60, 12 * 60 + 55) : int(14 * 60, 19 * 60 + 50);
    const t = d.set({ hour: Math.floor(minutes / 60), minute: minutes % 60, second: int(0, 59) });
    if (t >= from) return t;
  }
}

function outcome(): string {
  const r = random();
  return r < 0.4 ? 'no-answer' : r < 0.6 ? 'voicemail' : r < 0.7 ? 'busy' : r < 0.72 ? 'failed' : 'answered';
}

const countries = Object.entries(TERRITORIES).flatMap(([c, t]) => Array<string>(t.weight).fill(c));
for (let i = 0; i < 520; i++) {
  const country = pick(countries);
  const { zone, holidays } = TERRITORIES[country]!;
  const to = number(country);
  const advertisers = random() < 0.15 ? [pick(ADVERTISERS), pick(ADVERTISERS)].filter((a, k, xs) => xs.indexOf(a) === k) : [pick(ADVERTISERS)];
  // The opposition-list scrub run each month before calling (a result is relied on for 30 days,
  // L.223-1). A few consumers register on Bloctel during the period (the scrub then says listed),
  // and a few numbers miss one month's scrub: calls after either are unlawful.
  const registers = random() < 0.02 ? int(1, 3) : 4;
  const skipped = random() < 0.03 ? int(1, 3) : -1;
  for (let m = 0; m < 4; m++) {
    if (m === skipped) continue;
    rows.push({ type: 'opposition-check', to, at: START.plus({ months: m }).set({ hour: 8 }).setZone(zone), advertiser: '', list: 'bloctel', listed: m >= registers ? 'true' : 'false' });
  }
  if (registers < 4) inject('number found listed on Bloctel (later calls unlawful)');
  if (skipped >= 0) inject("a month's Bloctel scrub skipped");
  for (const advertiser of advertisers) {
    const automated = AUTOMATED.has(advertiser);
    // Now and then the dialer fails over to a trunk presenting a geographic number.
    const callerId = automated && random() < 0.02 ? (inject('automated calls on a non-NPV trunk'), BACKUP_TRUNK) : CALLER_IDS[advertiser]!;
    const call = (at: DateTime, out = outcome(), note?: string) => {
      // An agent's line with the number masked, on a few calls.
      const masked = !automated && random() < 0.01;
      if (masked) inject('number withheld');
      rows.push({ type: 'attempt', to, at, advertiser, outcome: out, callerId: masked ? '' : callerId, automated, ...(note ? { note } : {}) });
    };
    if (random() < 0.03) {
      // Express consent to calls outside the legal hours (D.223-9 al. 2): an evening call is then lawful.
      const consentAt = openTime(zone, holidays, START.plus({ days: int(0, 20) }));
      call(consentAt, 'answered');
      rows.push({ type: 'consent', to, at: consentAt.plus({ minutes: 3 }), advertiser, covers: 'prospecting outside-hours' });
      call(openTime(zone, holidays, consentAt.plus({ days: int(3, 10) })).set({ hour: 20, minute: int(5, 50) }), 'answered', 'outside hours, with consent');
      continue;
    }
    // A campaign: up to 3 attempts per 30 days, at lawful times, until the consumer answers.
    let t = openTime(zone, holidays, START.plus({ days: int(0, DAYS - 30) }));
    const frequencyViolation = random() < 0.03;
    const attempts = frequencyViolation ? int(5, 6) : int(1, 6);
    for (let k = 0; k < attempts && t < START.plus({ days: DAYS }); k++) {
      const out = frequencyViolation ? pick(['no-answer', 'voicemail', 'busy']) : outcome();
      if (frequencyViolation && k >= 4) inject('5th+ attempt within 30 days');
      call(t, out);
      if (out === 'answered') {
        const r = random();
        if (r < 0.3) {
          rows.push({ type: 'refusal', to, at: t.plus({ minutes: 2 }), advertiser });
          if (random() < 0.12) {
            inject('call within 60 days of a refusal');
            call(openTime(zone, holidays, t.plus({ days: int(10, 55) })), outcome());
          }
        } else if (r < 0.36) {
          rows.push({ type: 'objection', to, at: t.plus({ minutes: 2 }), advertiser });
        } else if (r < 0.5) {
          rows.push({ type: 'customer', to, at: t.plus({ minutes: 5 }), advertiser });
        }
        break;
      }
      t = openTime(zone, holidays, t.plus({ days: frequencyViolation ? int(2, 4) : int(11, 16) }));
    }
    // Calls at unlawful times (D.223-9 al. 1), injected on purpose.
    const r = random();
    const day = START.plus({ days: int(0, DAYS - 1) }).setZone(zone).startOf('day');
    if (r < 0.04) {
      inject('outside the hours');
      const bad = pick([[8, 45], [9, 30], [9, 59], [13, 0], [13, 30], [20, 0], [20, 45], [21, 15]] as const);
      const weekday = day.weekday >= 6 ? day.plus({ days: 8 - day.weekday }) : day;
      const when = holidays.includes(weekday.toISODate()!) ? weekday.plus({ days: 1 }) : weekday;
      call(when.set({ hour: bad[0], minute: bad[1] }), outcome());
    } else if (r < 0.065) {
      inject('weekend');
      call(day.plus({ days: 6 - day.weekday + int(0, 1) }).set({ hour: int(10, 17), minute: int(0, 59) }), outcome());
    } else if (r < 0.085) {
      inject('public holiday');
      const holiday = DateTime.fromISO(pick(holidays.filter((h) => !NATIONAL.includes(h)).concat(['2026-05-01', '2026-05-14'])), { zone });
      call(holiday.set({ hour: int(10, 12), minute: int(0, 59) }), outcome());
    }
  }
}

rows.sort((a, b) => a.at.toMillis() - b.at.toMillis());
const header = ['type', 'to', 'at', 'advertiser', 'channel', 'outcome', 'callerId', 'automated', 'covers', 'list', 'listed'];
const csv = stringify([
  header,
  ...rows.map((r) => [
    r.type, r.to, r.at.toISO({ suppressMilliseconds: true }), r.advertiser, r.type === 'attempt' ? 'voice' : '', r.outcome ?? '', r.callerId ?? '',
    r.automated ? 'true' : '', r.covers ?? '', r.list ?? '', r.listed ?? '',
  ]),
]);
const out = new URL('./call-log.csv', import.meta.url);
writeFileSync(out, csv);
console.log(`${rows.length} rows (${rows.filter((r) => r.type === 'attempt').length} attempts) written to examples/call-log.csv`);
console.log('unlawful calls injected on purpose (the audit finds a few more: an injected call also counts toward the 4/30 cap, can fall in a refusal cooldown, or on a weekend after a holiday):', injected);
