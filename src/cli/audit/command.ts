/**
 * `callgate audit <log>`: read the log as a stream, replay it in time order through `evaluate`,
 * and write the report. Exit codes: 0 no violation, 1 violations found, 2 usage error, 3 audit
 * incomplete (rows that could not be audited; wins over 1, the report still lists violations).
 */
import { createWriteStream, openSync } from 'node:fs';
import { parseNumber } from '../../phone/number.js';
import { SingleBar } from 'cli-progress';
import type { evaluate, EvaluateOptions } from '../../index.js';
import { EXIT, positiveInt, UsageError } from '../args.js';
import { isZone, type TimeReading } from '../timestamps.js';
import { checkImports, loadImports } from './imports.js';
import { loadMapping, type Mapping } from './mapping.js';
import { csvSources, jsonSources, missingColumns, recordReader, type LogRecord, type ReaderSettings, type RowProblem } from './records.js';
import { REORDER_ROWS, Replay } from './replay.js';
import { Output, reportWriter, Tallies, violation, type AuditSummary, type ReportFormat } from './report.js';
import { checkReadable, isJsonLines, openCsv, openJsonLines, textEncoding, type Decoding, type SourceItem, type TextEncoding } from './source.js';

export interface AuditOptions {
  events?: string;
  /** --consents: a consent register (docs/imports.md). */
  consents?: string;
  /** --opposition: an opposition-list scrub result; --opposition-submitted: the numbers submitted to it. */
  opposition?: string;
  oppositionSubmitted?: string;
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
  /** For the benchmark only: replaces `evaluate`. */
  judge?: typeof evaluate;
}

/** Files larger than this get a progress bar (on a terminal). */
const PROGRESS_MIN_BYTES = 4 * 1024 * 1024;

/** Runs an audit; resolves to the exit code. */
export async function audit(file: string, opts: AuditOptions): Promise<number> {
  const format = reportFormat(opts.format);
  checkReadable(file, 'audit <log>');
  if (opts.events !== undefined) checkReadable(opts.events, '--events');
  checkImports(opts);
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

  const tallies = new Tallies();
  const outStream = opts.out === undefined ? process.stdout : createWriteStream('', { fd: openReport(opts.out) });
  const out = new Output(outStream, opts.out !== undefined);
  const err = new Output(process.stderr, false);
  const writer = reportWriter(format, out, err);

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
        if (!decision.allowed) writer.violation(violation(record.line, record.to, record.attempt.advertiser, record.attempt.channel, decision));
      },
      outOfOrder(record) {
        tallies.outOfOrder++;
        if (tallies.outOfOrderLines.length < 20) tallies.outOfOrderLines.push(record.line);
      },
    },
    evaluateOptions,
    positiveInt('--reorder-rows', opts.reorderRows, REORDER_ROWS, 10_000_000),
    opts.judge,
  );

  // Events known outside the log (consents, objections, contracts…): loaded first, any order.
  if (opts.events !== undefined) {
    await readLog(opts.events, { mapping: {}, time, ...(opts.advertiser ? { advertiser: opts.advertiser } : {}) }, delimiter, (item) => {
      if ('problem' in item) tallies.badRow({ ...item.problem, field: `--events ${item.problem.field}` });
      else {
        tallies.events++;
        if (item.kind === 'event') tallies.loadedEvent(item.event.type);
        replay.preload(item);
      }
    }); // --events files are UTF-8 (callgate's own format); --encoding is the dialer export's
  }

  // A consent register and a Bloctel scrub, as they come (imports.ts).
  await loadImports(opts, { time, ...(opts.advertiser ? { advertiser: opts.advertiser } : {}) }, (item) => {
    if ('problem' in item) tallies.badRow(item.problem);
    else {
      tallies.events++;
      tallies.loadedEvent(item.event.type);
      replay.preload(item);
    }
  });

  // Call ids of the recent rows: an export that repeats a call does so next to it, or nearly.
  const recentCalls = new Set<string>();
  const callWindow = positiveInt('--reorder-rows', opts.reorderRows, REORDER_ROWS, 10_000_000);
  const seenCall = (id: string): boolean => {
    if (recentCalls.has(id)) return true;
    recentCalls.add(id);
    if (recentCalls.size > callWindow) recentCalls.delete(recentCalls.values().next().value!);
    return false;
  };

  writer.start();
  // The bar goes to standard error, and only when the report does not go to that same terminal:
  // a report written to a terminal as it is found would be cut by the bar's redraws.
  const reportOnTerminal = opts.out === undefined && process.stdout.isTTY === true;
  const progress = opts.progress !== false && process.stderr.isTTY && !reportOnTerminal ? progressBar() : undefined;
  await readLog(
    file,
    settings,
    delimiter,
    (item) => {
      tallies.rows++;
      if ('problem' in item) return tallies.badRow(item.problem);
      if (item.kind === 'attempt' && item.callId !== undefined && seenCall(item.callId)) {
        tallies.duplicates++; // the export repeated a call (same id): not another attempt
        return;
      }
      if (item.kind === 'attempt' && item.notAnAttempt !== undefined) {
        tallies.notAttempts.set(item.notAnAttempt, (tallies.notAttempts.get(item.notAnAttempt) ?? 0) + 1);
        return; // a lead never dialled, an inbound call: no outbound attempt to judge
      }
      if (item.kind === 'attempt' && item.unknownStatus !== undefined) {
        tallies.unknownStatuses.set(item.unknownStatus, (tallies.unknownStatuses.get(item.unknownStatus) ?? 0) + 1);
      }
      if (item.kind === 'event') {
        tallies.events++;
        tallies.loadedEvent(item.event.type);
      } else for (const e of item.recorded) tallies.loadedEvent(e.type); // refusals, objections… a disposition implies
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

  const summary: AuditSummary = tallies.summary(file, opts.mapping ?? 'canonical');
  writer.finish(summary);
  await out.end();
  await err.end();
  // An empty or header-only export is a failed export, not a clean one: a CI gate must not pass on it.
  for (const w of summary.warnings) if (format !== 'text' || opts.out !== undefined) process.stderr.write(`callgate audit: warning: ${w}\n`);
  if (summary.rows === 0) process.stderr.write(`callgate audit: ${file} has no call rows (empty, or a header only): nothing was audited\n`);
  if (!summary.complete) return EXIT.incomplete;
  return summary.violating > 0 ? EXIT.violations : EXIT.ok;
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

/** Streams one log file through the mapping; `every` runs between batches (progress, backpressure). */
export async function readLog(
  file: string,
  settings: ReaderSettings,
  delimiter: string | undefined,
  each: (item: LogRecord | { problem: RowProblem }) => void,
  every?: (bytes: number, size: number) => Promise<void>,
  encoding: TextEncoding = 'utf-8',
): Promise<void> {
  const { mapping } = settings;
  const decoding: Decoding = {
    encoding,
    invalid: (offset) => process.stderr.write(`callgate audit: warning: ${file} is not valid UTF-8 (from byte ${offset}); accents may be lost and names may not match: if it is a Windows export, pass --encoding windows-1252\n`),
  };
  if (isJsonLines(file)) {
    const source = openJsonLines(file, decoding);
    const read = recordReader(jsonSources(mapping), settings);
    await pump(source.rows, read, each, every && (() => every(source.bytesRead(), source.size)));
    return;
  }
  const header = mapping.header !== false;
  const source = await openCsv(file, { header, decoding, ...(header ? {} : { fields: mapping.fields ?? [] }), ...(delimiter ? { delimiter } : {}) });
  if (source.names.length > 0 || header === false) {
    const missing = missingColumns(source.names, mapping, settings.defaultTo !== undefined);
    if (missing.length > 0) {
      throw new UsageError(`${file}: no column ${missing.map((m) => `'${m}'`).join(', ')} in the header (${source.names.slice(0, 12).join(', ')}); use --mapping (see docs/audit.md)`);
    }
  }
  const read = recordReader(csvSources(source.names, mapping), settings);
  // A headerless format exported with a header line anyway (Asterisk's Master.csv through a
  // spreadsheet): the first row naming the columns is the header, not a call.
  const rows = header ? source.rows : skipHeaderRow(source.rows, source.names);
  await pump(rows, read, each, every && (() => every(source.bytesRead(), source.size)));
}

/** Drops the first row when most of its cells are the mapping's column names. */
async function* skipHeaderRow(rows: AsyncIterable<SourceItem<readonly string[]>>, names: readonly string[]): AsyncGenerator<SourceItem<readonly string[]>> {
  let first = true;
  for await (const item of rows) {
    if (first && 'row' in item) {
      first = false;
      const matches = item.row.filter((cell, i) => cell.trim().toLowerCase() === names[i]?.toLowerCase()).length;
      if (matches * 2 > names.length) continue;
    }
    yield item;
  }
}

async function pump<R>(
  rows: AsyncIterable<SourceItem<R>>,
  read: (row: R, line: number) => LogRecord | RowProblem,
  each: (item: LogRecord | { problem: RowProblem }) => void,
  every: (() => Promise<void>) | undefined,
): Promise<void> {
  let n = 0;
  for await (const item of rows) {
    if ('problem' in item) each(item);
    else {
      const rec = read(item.row, item.line);
      each('problem' in rec ? { problem: rec } : rec);
    }
    if (every && (++n & 4095) === 0) await every();
  }
  if (every) await every();
}

function reportFormat(value: string | undefined): ReportFormat {
  if (value === undefined) return 'text';
  if (value === 'text' || value === 'json' || value === 'csv') return value;
  throw new UsageError(`--format must be text, json or csv, got '${value}'`);
}

function delimiterOption(value: string): string {
  const d = value === '\\t' || value === 'tab' ? '\t' : value;
  if (d.length !== 1 || /["\r\n]/.test(d)) throw new UsageError(`--delimiter must be one character (e.g. ';' or tab), got '${value}'`);
  return d;
}

/** A progress bar with rate and ETA, for large files on a terminal only. */
function progressBar(): { tick(bytes: number, size: number, rows: number): void; stop(): void } {
  let bar: SingleBar | undefined;
  const started = process.hrtime.bigint();
  return {
    tick(bytes, size, rows) {
      if (size < PROGRESS_MIN_BYTES) return;
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
