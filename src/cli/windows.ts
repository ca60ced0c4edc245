/**
 * `callgate windows`: when may this number be called over the next days? The windows are found
 * through `evaluate` alone, so they follow every rule of the pack (hours, holidays, the 4/30
 * cap, the refusal cooldown, consents) without the CLI knowing any of them:
 *
 * 1. from a denied instant, `nextAllowedAt` is the start of the next window;
 * 2. from an allowed instant, step over the recipient's local whole hours until `evaluate`
 *    denies (the laws shipped open and close on the hour; this costs one evaluation per hour
 *    of window, never one per minute);
 * 3. the window ends between the last allowed and the first denied instant: bisect that hour
 *    to the millisecond (22 evaluations), so a rule that closes at 12:30 or at a consent's
 *    expiry time is still found exactly. This assumes a window never closes and reopens within
 *    one hour, which holds for every rule shipped.
 */
import { DateTime } from 'luxon';
import { decide } from '../core/engine.js';
import { NormalisedHistory, normaliseHistory } from '../core/history.js';
import { engineSettings } from '../settings.js';
import { type Attempt, type ContactEvent, type Decision, type EvaluateOptions } from '../index.js';
import * as args from './args.js';
import { attemptFrom, type CallOptions } from './check.js';
import { readHistoryFile } from './history.js';
import { decisionText, isInputError, localTime } from './output.js';

export interface WindowsOptions extends CallOptions {
  from?: string;
  days?: string;
}

/** An allowed window [start, end) as ISO 8601 in the recipient's offset. */
export interface AllowedWindow {
  start: string;
  end: string;
  /** True when the window runs past the horizon (its end is the horizon, not a closing time). */
  open?: true;
}

const DAY_MS = 86_400_000;
const MAX_STEPS = 100_000;

/** The allowed windows of an attempt between two instants; `blocked` when no window can follow. */
export function allowedWindows(
  attempt: Omit<Attempt, 'at'>,
  history: readonly ContactEvent[],
  options: EvaluateOptions,
  from: number,
  until: number,
): { windows: Array<{ start: number; end: number; open: boolean }>; zone: string | undefined; blocked?: Decision } {
  // The history is read once, not once per evaluation (issue 15); invalid, it is passed as it
  // is, and the engine reports its problems as evaluate would.
  const settings = engineSettings(options);
  const normalised = normaliseHistory(history);
  const events = normalised instanceof NormalisedHistory ? normalised : history;
  const judge = (ms: number) => decide({ ...attempt, at: new Date(ms) }, events, settings);
  const windows: Array<{ start: number; end: number; open: boolean }> = [];
  let zone: string | undefined;
  let t = from;
  for (let steps = 0; t < until && steps < MAX_STEPS; steps++) {
    const d = judge(t);
    zone ??= d.recipient?.timeZone;
    if (!d.allowed) {
      if (isInputError(d) || !d.nextAllowedAt) return { windows, zone, blocked: d };
      const next = Date.parse(d.nextAllowedAt);
      if (!(next > t)) return { windows, zone, blocked: d };
      t = next;
      continue;
    }
    const start = t;
    let lastAllowed = t;
    let firstDenied: number | undefined;
    for (let h = nextLocalHour(t, zone!); h < until; h = nextLocalHour(h, zone!)) {
      if (!judge(h).allowed) {
        firstDenied = h;
        break;
      }
      lastAllowed = h;
    }
    if (firstDenied === undefined) {
      windows.push({ start, end: until, open: true });
      break;
    }
    let lo = lastAllowed;
    let hi = firstDenied;
    while (hi - lo > 1) {
      const mid = lo + Math.floor((hi - lo) / 2);
      if (judge(mid).allowed) lo = mid;
      else hi = mid;
    }
    windows.push({ start, end: hi, open: false });
    t = hi;
  }
  return { windows, zone };
}

function nextLocalHour(ms: number, zone: string): number {
  return DateTime.fromMillis(ms, { zone }).startOf('hour').plus({ hours: 1 }).toMillis();
}

export async function windows(opts: WindowsOptions, write: (s: string) => void): Promise<number> {
  const locale = args.locale(opts.locale);
  const holidays = args.holidays(opts.holidays);
  const from = args.instant('--from', opts.from);
  const days = args.positiveInt('--days', opts.days, 14, 92);
  const attempt = attemptFrom(opts, from);
  const history = await readHistoryFile(opts.history, attempt.to, opts.timezone);
  const until = from.getTime() + days * DAY_MS;
  const found = allowedWindows(attempt, history, { locale, holidays }, from.getTime(), until);
  if (found.blocked && isInputError(found.blocked)) {
    write(opts.json ? `${JSON.stringify(found.blocked, null, 2)}\n` : decisionText(found.blocked, attempt.to, locale));
    return args.EXIT.usage;
  }
  const zone = found.zone ?? 'UTC';
  const iso = (ms: number) => DateTime.fromMillis(ms, { zone }).toISO({ suppressMilliseconds: true })!;
  const list: AllowedWindow[] = found.windows.map((w) => (w.open ? { start: iso(w.start), end: iso(w.end), open: true } : { start: iso(w.start), end: iso(w.end) }));
  if (opts.json) {
    const out: Record<string, unknown> = { to: attempt.to, timeZone: zone, from: iso(from.getTime()), until: iso(until), days, windows: list };
    if (found.blocked) out.blockedBy = found.blocked.reasons.map((r) => ({ code: r.code, message: r.message, until: r.until }));
    write(`${JSON.stringify(out, null, 2)}\n`);
  } else {
    write(windowsText(attempt.to, zone, iso(from.getTime()), iso(until), list, found.blocked, locale));
  }
  return list.length > 0 ? args.EXIT.ok : args.EXIT.deny;
}

function windowsText(to: string, zone: string, from: string, until: string, list: AllowedWindow[], blocked: Decision | undefined, locale: 'en' | 'fr'): string {
  const lines = [
    locale === 'fr'
      ? `Créneaux autorisés pour ${to} (${zone}, heure du destinataire), du ${localTime(from, locale)} au ${localTime(until, locale)} :`
      : `Allowed windows for ${to} (${zone}, recipient's time), ${localTime(from, locale)} to ${localTime(until, locale)}:`,
  ];
  const byDay = new Map<string, string[]>();
  for (const w of list) {
    const s = DateTime.fromISO(w.start, { setZone: true }).setLocale(locale);
    const e = DateTime.fromISO(w.end, { setZone: true }).setLocale(locale);
    const day = s.toFormat('ccc d LLL yyyy');
    const end = e.toISODate() === s.toISODate() ? e.toFormat('HH:mm') : e.toFormat('ccc d LLL HH:mm');
    const slot = `${s.toFormat('HH:mm')}–${end}${w.open ? ' …' : ''}`;
    byDay.set(day, [...(byDay.get(day) ?? []), slot]);
  }
  for (const [day, slots] of byDay) lines.push(`  ${day.padEnd(18)} ${slots.join('  ')}`);
  if (list.length === 0) lines.push(locale === 'fr' ? '  aucun' : '  none');
  if (blocked) {
    lines.push(locale === 'fr' ? 'Plus aucun créneau ensuite :' : 'No window after that:');
    for (const r of blocked.reasons) lines.push(`  ✗ ${r.code}: ${r.message}`);
  }
  return `${lines.join('\n')}\n`;
}
