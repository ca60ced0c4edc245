/**
 * `callgate plan <list>`: the earliest lawful slot of every number of a contact list, within a
 * horizon, through the library's `plan()`. The list is a CSV with a `to` column (and optionally
 * `advertiser`, `channel`, `callerId`, `automated`, `purpose`, `sector`, `contractId`); the
 * consumers' histories come from `--events` (the audit's canonical columns).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import { plan, type ContactEvent, type PlannedAttempt } from '../index.js';
import * as args from './args.js';
import { importEvents } from './audit/imports.js';
import { readLog } from './audit/read-log.js';
import { NUMBER_MEMO_SIZE, numberKey, type RowProblem } from './audit/records.js';
import { NumberMemo } from '../phone/number.js';
import { checkReadable, detectDelimiter } from './audit/source.js';

export interface PlanCommandOptions {
  from?: string;
  horizon?: string;
  events?: string;
  /** A consent register, an opposition-list scrub and the numbers submitted to it (docs/audit.md, "Imports"). */
  consents?: string;
  opposition?: string;
  submitted?: string;
  advertiser?: string;
  channel?: string;
  callerId?: string;
  automated?: boolean;
  timezone?: string;
  format?: string;
  out?: string;
  locale: 'en' | 'fr';
  holidays: 'conservative' | 'national';
}

const BOOL = /^(1|true|yes|y|oui)$/i;

/** Runs the command; resolves to the exit code (0 planned, 2 usage error). */
export async function planCommand(list: string, opts: PlanCommandOptions, write: (s: string) => void): Promise<number> {
  const from = args.instant('--from', opts.from);
  const horizon = /^\d+$/.test(opts.horizon ?? '') ? Number(opts.horizon) : (opts.horizon ?? 'P14D');
  checkReadable(list, 'list');
  const text = readFileSync(list, 'utf8').replace(/^\uFEFF/, '');
  const rows = parse(text, { columns: true, skip_empty_lines: true, trim: true, delimiter: detectDelimiter(text.split(/\r?\n/, 1)[0] ?? '') }) as Array<Record<string, string>>;
  if (rows.length > 0 && !('to' in rows[0]!)) throw new args.UsageError(`${list}: no 'to' column in the header`);

  const attempts: PlannedAttempt[] = rows.map((r) => {
    const a: PlannedAttempt = { to: r.to ?? '', channel: args.channel(r.channel || opts.channel), advertiser: opts.advertiser ?? r.advertiser ?? '' };
    const callerId = r.callerId || opts.callerId;
    if (callerId) a.callerId = callerId;
    if (opts.automated || BOOL.test(r.automated ?? '')) a.automated = true;
    if (r.purpose) a.purpose = r.purpose as NonNullable<PlannedAttempt['purpose']>;
    if (r.sector) a.sector = r.sector;
    if (r.contractId) a.contractId = r.contractId;
    return a;
  });

  // Histories by number, read with the audit's reader (same columns, mappings and time rules).
  const numbers = new NumberMemo(NUMBER_MEMO_SIZE);
  const byNumber = new Map<string, ContactEvent[]>();
  if (opts.events !== undefined) {
    checkReadable(opts.events, '--events');
    const problems: RowProblem[] = [];
    await readLog(opts.events, { mapping: {}, time: opts.timezone === undefined ? {} : { zone: opts.timezone } }, undefined, (item) => {
      if ('problem' in item) return void problems.push(item.problem);
      if (item.kind === 'skipped') return;
      const events = byNumber.get(item.key) ?? [];
      if (item.kind === 'event') events.push(item.event);
      else events.push(...item.recorded);
      byNumber.set(item.key, events);
    });
    if (problems.length > 0) {
      const first = problems.slice(0, 5).map((p) => `line ${p.line}: ${p.field}: ${p.problem}`).join('; ');
      throw new args.UsageError(`--events ${opts.events}: ${problems.length} unreadable rows (${first})`);
    }
  }
  const imported: RowProblem[] = [];
  await importEvents(opts, opts.timezone === undefined ? {} : { zone: opts.timezone }, (i) => {
    const events = byNumber.get(i.key) ?? [];
    events.push(i.event);
    byNumber.set(i.key, events);
  }, (p) => imported.push(p));
  if (imported.length > 0) {
    const first = imported.slice(0, 5).map((p) => `line ${p.line}: ${p.field}: ${p.problem}`).join('; ');
    throw new args.UsageError(`${imported.length} unreadable import rows (${first})`);
  }
  const histories = attempts.map((a) => byNumber.get(numberKey(a.to, numbers)) ?? []);
  const slots = plan(attempts, histories, { from, horizon, locale: opts.locale, holidays: opts.holidays });

  const report = opts.format === 'json'
    ? `${JSON.stringify(slots, null, 2)}\n`
    : stringify(slots.map((s) => ({
        to: s.to,
        advertiser: attempts[s.index]!.advertiser,
        at: s.at ?? '',
        blocked_at_from: s.reasons.map((r) => r.code).join(' '),
        next_allowed_at: s.at === null ? (s.nextAllowedAt ?? '') : '',
      })), { header: true });
  if (opts.out) writeFileSync(opts.out, report);
  else write(report);
  return args.EXIT.ok;
}
