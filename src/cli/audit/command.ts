/**
 * `callgate audit <log>`: read the log as a stream, replay it in time order through `evaluate`,
 * and write the report. Exit codes: 0 no violation, 1 violations found, 2 usage error, 3 audit
 * incomplete (rows that could not be audited; wins over 1, the report still lists violations).
 */
import { createWriteStream, openSync } from 'node:fs';
import { parseNumber } from '../../phone/number.js';
import { SingleBar } from 'cli-progress';
import type { EvaluateOptions } from '../../index.js';
import { EXIT, positiveInt, UsageError } from '../args.js';
import { isZone, type TimeReading } from '../timestamps.js';
import { importEvents } from './imports.js';
import { loadMapping } from './mapping.js';
import { readLog } from './read-log.js';
import type { ReaderSettings } from './records.js';
import { REORDER_ROWS, Replay, type Judge } from './replay.js';
import { DialerTally } from './dialer.js';
import { Output } from './output.js';
import { Tallies, type AuditSummary } from './summary.js';
import { reportWriter, violation, type ReportFormat } from './writers.js';
import { checkReadable, textEncoding } from './source.js';
import { readLogThreaded, useReaderThread } from './read-threaded.js';

export interface AuditOptions {
  events?: string;
  /** A consent register (docs/audit.md, "Imports"). */
  consents?: string;
  /** An opposition-list scrub result, and the numbers submitted to it. */
  opposition?: string;
  submitted?: string;
  format?: string;
  out?: string;
  mapping?: string;
  timezone?: string;
  advertiser?: string;
  callerId?: string;
  /** --encoding of the log (the dialer's export): utf-8 (default), windows-1252 / latin1. --events files are UTF-8. */
  encoding?: string;
  /** --automated (true) / --no-automated (false): overrides the rows and the mapping. */
  automated?: boolean;
  delimiter?: string;
  locale: 'en' | 'fr';
  holidays: 'conservative' | 'national';
  progress?: boolean;
  reorderRows?: string;
  /** --threads: 1 (default) reads and judges on one core; 2 reads on a second one. */
  threads?: string;
  /** For the benchmark only: replaces the engine. */
  judge?: Judge;
}

/** Files larger than this get a progress bar (on a terminal). */
const PROGRESS_MIN_BYTES = 4 * 1024 * 1024;

/** Runs an audit; resolves to the exit code. */
export async function audit(file: string, opts: AuditOptions): Promise<number> {
  const format = reportFormat(opts.format);
  checkReadable(file, 'audit <log>');
  if (opts.events !== undefined) checkReadable(opts.events, '--events');
  const mapping = loadMapping(opts.mapping);
  const zone = opts.timezone ?? mapping.timeZone;
  if (zone !== undefined && !isZone(zone)) throw new UsageError(`--timezone: '${zone}' is not an IANA time zone (e.g. Europe/Paris)`);
  if (zone === undefined && mapping.naiveTimes === true) {
    throw new UsageError(`--mapping ${mapping.name ?? opts.mapping}: the export's times have no offset (the dialer server's local time); pass --timezone with that zone (e.g. --timezone Europe/Paris)`);
  }
  if (opts.callerId !== undefined && parseNumber(opts.callerId) === null && !/^\d{5,6}$/.test(opts.callerId)) {
    throw new UsageError(`--caller-id: '${opts.callerId.slice(0, 40)}' is not a phone number (E.164, or French national digits) nor an SMS short code`);
  }
  const time: TimeReading = {};
  if (zone !== undefined) time.zone = zone;
  if (mapping.timeFormat !== undefined) time.format = mapping.timeFormat;
  const delimiter = opts.delimiter === undefined ? undefined : delimiterOption(opts.delimiter);
  const encoding = textEncoding(opts.encoding);
  const settings: ReaderSettings = { mapping, time };
  if (opts.advertiser !== undefined) settings.advertiser = opts.advertiser;
  if (opts.callerId !== undefined) settings.callerId = opts.callerId;
  if (opts.automated !== undefined) settings.automated = opts.automated;
  const evaluateOptions: EvaluateOptions = { locale: opts.locale, holidays: opts.holidays };

  // The reorder window, and as many recent call ids for the duplicates.
  const reorderRows = positiveInt('--reorder-rows', opts.reorderRows, REORDER_ROWS, 10_000_000);
  const tallies = new Tallies();
  const dialer = new DialerTally();
  const outStream = opts.out === undefined ? process.stdout : createWriteStream('', { fd: openReport(opts.out) });
  const out = new Output(outStream, opts.out !== undefined);
  const err = new Output(process.stderr, false);
  const writer = reportWriter(format, out, err, opts.locale);

  const replay = new Replay(
    {
      judged(record, decision) {
        const input = decision.reasons.find((r) => r.code.startsWith('input.'));
        if (input) {
          // The engine could not read the attempt: a bad row, named by the CSV field at fault.
          const field = String(input.facts.field ?? 'attempt').replace(/^attempt\./, '');
          tallies.badRow({ line: record.line, field, problem: String(input.facts.problem ?? input.message) });
          return;
        }
        tallies.judged(record.attempt.advertiser, decision, record.at);
        dialer.observe(record);
        if (!decision.allowed) writer.violation(violation(record.line, record.to, record.attempt.advertiser, record.attempt.channel, decision));
      },
      outOfOrder(record) {
        tallies.outOfOrder++;
        if (tallies.outOfOrderLines.length < 20) tallies.outOfOrderLines.push(record.line);
      },
    },
    evaluateOptions,
    reorderRows,
    opts.judge,
  );

  // Events known outside the log (consents, objections, contracts…): loaded first, any order.
  if (opts.events !== undefined) {
    await readLog(opts.events, { mapping: {}, time, ...(opts.advertiser ? { advertiser: opts.advertiser } : {}) }, delimiter, (item) => {
      if ('problem' in item) tallies.badRow({ ...item.problem, field: `--events ${item.problem.field}` });
      else if (item.kind === 'skipped') return;
      else {
        tallies.events++;
        if (item.kind === 'event') tallies.loadedEvent(item.event.type);
        replay.preload(item);
      }
    }); // --events files are UTF-8 (callgate's own format); --encoding is the dialer export's
  }

  // The consent register and the opposition-list scrubs: events like the others.
  await importEvents(opts, time, (i) => {
    tallies.events++;
    tallies.loadedEvent(i.event.type);
    replay.preload({ kind: 'event', line: i.line, to: i.to, key: i.key, at: i.at, event: i.event, history: i.history });
  }, (p) => tallies.badRow(p));

  // Call ids of the recent rows: an export that repeats a call does so next to it, or nearly.
  const recentCalls = new Set<string>();
  const seenCall = (id: string): boolean => {
    if (recentCalls.has(id)) return true;
    recentCalls.add(id);
    if (recentCalls.size > reorderRows) recentCalls.delete(recentCalls.values().next().value!);
    return false;
  };

  writer.start();
  // The bar goes to standard error, and only when the report does not go to that same terminal:
  // a report written to a terminal as it is found would be cut by the bar's redraws.
  const reportOnTerminal = opts.out === undefined && process.stdout.isTTY === true;
  const progress = opts.progress !== false && process.stderr.isTTY && !reportOnTerminal ? progressBar(opts.progress === true) : undefined;
  const threads = opts.threads === undefined ? undefined : positiveInt('--threads', opts.threads, 1, 2);
  const read: typeof readLog = useReaderThread(threads)
    ? (f, s, d, each, every, enc) => readLogThreaded({ file: f, settings: s, delimiter: d, encoding: enc ?? 'utf-8' }, each, every)
    : readLog;
  await read(
    file,
    settings,
    delimiter,
    (item) => {
      tallies.rows++;
      if ('problem' in item) return tallies.badRow(item.problem);
      if (item.kind === 'skipped') return tallies.notAttempt(item.status); // a lead never dialed, an inbound call
      if (item.kind === 'attempt' && item.callId !== undefined && seenCall(item.callId)) {
        tallies.duplicates++; // the export repeated a call (same id): not another attempt
        return;
      }
      if (item.kind === 'attempt' && item.unknownStatus !== undefined) {
        tallies.unknownStatuses.set(item.unknownStatus, (tallies.unknownStatuses.get(item.unknownStatus) ?? 0) + 1);
      }
      if (item.kind === 'event') {
        tallies.events++;
        tallies.loadedEvent(item.history.type);
      } else for (const e of item.history) tallies.loadedEvent(e.type); // refusals, objections… a disposition implies
      replay.push(item);
    },
    async (bytes, size) => {
      progress?.tick(bytes, size, tallies.rows);
      await out.drain();
    },
    encoding,
  );
  replay.finish();
  progress?.stop();

  tallies.dialer = dialer.behaviour();
  const summary: AuditSummary = tallies.summary(file, opts.mapping ?? 'canonical', opts.locale);
  writer.finish(summary);
  await out.end();
  await err.end();
  // An empty or header-only export is a failed export, not a clean one: a CI gate must not pass on it.
  for (const w of summary.warnings) if (format !== 'text' || opts.out !== undefined) process.stderr.write(`callgate audit: warning: ${w}\n`);
  if (summary.rows === 0) process.stderr.write(`callgate audit: ${file} has no call rows (empty, or a header only): nothing was audited\n`);
  if (!summary.complete) return EXIT.incomplete;
  const dialerBreach = summary.dialer !== null && (summary.dialer.abandonment.some((p) => p.breach) || summary.dialer.ringTime.some((r) => r.short > 0));
  return summary.violating > 0 || dialerBreach ? EXIT.violations : EXIT.ok;
}

/** Opens the report file for writing, or a usage error naming it (missing directory, no permission): exit 2, one line. */
function openReport(path: string): number {
  try {
    return openSync(path, 'w');
  } catch (e) {
    const reason = (e as NodeJS.ErrnoException).code === 'ENOENT' ? 'its directory does not exist' : (e as Error).message.replace(/^[A-Z]+: /, '');
    throw new UsageError(`--out: cannot write '${path}': ${reason}`);
  }
}

function reportFormat(value: string | undefined): ReportFormat {
  if (value === undefined) return 'text';
  if (value === 'text' || value === 'json' || value === 'csv' || value === 'html') return value;
  throw new UsageError(`--format must be text, json, csv or html, got '${value}'`);
}

function delimiterOption(value: string): string {
  const d = value === '\\t' || value === 'tab' ? '\t' : value;
  if (d.length !== 1 || /["\r\n]/.test(d)) throw new UsageError(`--delimiter must be one character (e.g. ';' or tab), got '${value}'`);
  return d;
}

/** A progress bar with rate and ETA, for large files on a terminal only. */
function progressBar(always = false): { tick(bytes: number, size: number, rows: number): void; stop(): void } {
  let bar: SingleBar | undefined;
  const started = process.hrtime.bigint();
  return {
    tick(bytes, size, rows) {
      if (size < PROGRESS_MIN_BYTES && !always) return;
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      const rate = seconds > 0 ? Math.round(rows / seconds) : 0;
      if (!bar) {
        bar = new SingleBar({
          format: 'auditing {bar} {percentage}% | {rows} rows | {rate} rows/s | ETA {eta_formatted}',
          stream: process.stderr,
          hideCursor: true,
          etaBuffer: 50,
        });
        bar.start(size, 0, { rows, rate });
      }
      bar.update(Math.min(bytes, size), { rows, rate });
    },
    stop() {
      bar?.stop();
    },
  };
}
