/**
 * Streaming the rows of a log file: CSV (any of `,` `;` tab `|`, detected from the header line
 * unless given; BOM, quotes, CRLF, ragged rows) or JSON Lines. Rows come with the line they end
 * on; rows the CSV parser cannot read come as problems with their line. Nothing is held but the
 * current row.
 */
import { closeSync, createReadStream, openSync, readFileSync, readSync, statSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { Transform } from 'node:stream';
import { TextDecoder } from 'node:util';
import { parse, type Options } from 'csv-parse';
import { UsageError } from '../args.js';
import type { RowProblem } from './records.js';

/** One row of the file (CSV cells, or a JSON object) and the line it ends on. */
export type SourceItem<R> = { row: R; line: number } | { problem: RowProblem };

/** An opened log: its column names (CSV), its rows, and how far reading has gone. */
export interface LogSource<R> {
  kind: 'csv' | 'jsonl';
  names: readonly string[];
  rows: AsyncIterable<SourceItem<R>>;
  size: number;
  bytesRead(): number;
}

/** Text encodings of the exports read: UTF-8 (default), or Windows-1252 (what `latin1` means to a decoder too). */
export type TextEncoding = 'utf-8' | 'windows-1252';

/** Reads `--encoding`: utf-8 / utf8, windows-1252 / cp1252, latin1 / iso-8859-1 (decoded as Windows-1252, as browsers do). */
export function textEncoding(value: string | undefined): TextEncoding {
  const v = (value ?? 'utf-8').toLowerCase();
  if (v === 'utf-8' || v === 'utf8') return 'utf-8';
  if (['windows-1252', 'cp1252', 'latin1', 'latin-1', 'iso-8859-1'].includes(v)) return 'windows-1252';
  throw new UsageError(`--encoding must be utf-8, windows-1252 or latin1, got '${value}'`);
}

/** How a file is read: its encoding, and who hears that a UTF-8 file is not valid UTF-8. */
export interface Decoding {
  encoding: TextEncoding;
  /** Called once, with the byte offset of the first invalid sequence. */
  invalid?: (offset: number) => void;
}

/**
 * Bytes to text. In UTF-8, the first invalid sequence is reported (a Windows export read as UTF-8
 * loses its accents, and an accented campaign name then matches no consent), and the rest is
 * decoded leniently (U+FFFD).
 */
function decoder({ encoding, invalid }: Decoding): Transform {
  let strict: TextDecoder | null = encoding === 'utf-8' ? new TextDecoder('utf-8', { fatal: true }) : null;
  let lenient = new TextDecoder(encoding);
  let offset = 0;
  return new Transform({
    decodeStrings: true,
    transform(chunk: Buffer, _enc, done) {
      let text: string;
      if (strict) {
        try {
          text = strict.decode(chunk, { stream: true });
        } catch {
          strict = null;
          invalid?.(offset);
          lenient = new TextDecoder('utf-8');
          text = lenient.decode(chunk, { stream: true });
        }
      } else text = lenient.decode(chunk, { stream: true });
      offset += chunk.length;
      done(null, text);
    },
    flush(done) {
      done(null, (strict ?? lenient).decode());
    },
  });
}

/** The longest record the parser accepts: a broken quote must not swallow the rest of a huge file into one record. */
export const MAX_RECORD_BYTES = 16 * 1024 * 1024;

/** CSV parser options shared by the audit and its benchmark baseline (same parser, same work). */
export function csvOptions(delimiter: string, maxRecordBytes = MAX_RECORD_BYTES): Options {
  return {
    bom: true,
    delimiter,
    info: true,
    relax_column_count: true,
    relax_quotes: true,
    skip_empty_lines: true,
    skip_records_with_error: true,
    max_record_size: maxRecordBytes,
  };
}

/** Reads the start of a file (without loading it): the first line, BOM removed. */
function firstLine(path: string): string {
  const fd = openSync(path, 'r');
  try {
    const buf = Buffer.alloc(64 * 1024);
    const n = readSync(fd, buf, 0, buf.length, 0);
    const text = buf.subarray(0, n).toString('utf8').replace(/^\uFEFF/, '');
    const end = text.search(/\r?\n/);
    return end < 0 ? text : text.slice(0, end);
  } finally {
    closeSync(fd);
  }
}

/** True when the file looks like JSON Lines or a JSON array (by extension, or a first line that opens an object or an array). */
export function isJsonLines(path: string): boolean {
  return /\.(jsonl|ndjson|json)$/i.test(path) || /^[{[]/.test(firstLine(path).trimStart());
}

/**
 * The delimiter of a CSV header line: the candidate seen most often outside quotes. French
 * spreadsheet exports use `;` (the comma is the decimal separator there).
 */
export function detectDelimiter(line: string): string {
  const counts = new Map<string, number>([[',', 0], [';', 0], ['\t', 0], ['|', 0]]);
  let quoted = false;
  for (const ch of line) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && counts.has(ch)) counts.set(ch, counts.get(ch)! + 1);
  }
  let best = ',';
  for (const [d, n] of counts) if (n > counts.get(best)!) best = d;
  return best;
}

/**
 * Opens a CSV log. `fields` names the columns of a file without header.
 *
 * A record longer than the parser's maximum (an unterminated quote, a binary blob) is one problem,
 * reported once at the line where reading gave up; reading then starts again on the next line
 * with a fresh parser, so the rows after it are still audited. (csv-parse stays inside the broken
 * quote and would report the same error for every chunk of the rest of the file.)
 */
export async function openCsv(
  path: string,
  opts: { delimiter?: string; header: boolean; fields?: readonly string[]; maxRecordBytes?: number; decoding?: Decoding },
): Promise<LogSource<readonly string[]>> {
  const size = statSync(path).size;
  const delimiter = opts.delimiter ?? detectDelimiter(firstLine(path));
  const decoding = opts.decoding ?? { encoding: 'utf-8' };
  let segment = openSegment(path, 0, csvOptions(delimiter, opts.maxRecordBytes), decoding);
  let names: readonly string[] = opts.fields ?? [];
  if (opts.header) {
    const first = await segment.iterator.next();
    names = first.done ? [] : first.value.record.map((n) => n.trim());
  }
  let lineBase = 0; // lines of the file before the current segment
  let byteBase = 0;
  async function* rows(): AsyncGenerator<SourceItem<readonly string[]>> {
    for (;;) {
      let next = await segment.iterator.next();
      if (segment.overflowLine !== null) {
        // Records read before the oversized one still count; what the parser made of the rest is dropped.
        while (!next.done && next.value.info.lines < segment.overflowLine) {
          yield { row: next.value.record, line: next.value.info.lines + lineBase };
          next = await segment.iterator.next();
        }
      }
      while (segment.skipped.length > 0) {
        const p = segment.skipped.shift()!;
        yield { problem: { ...p, line: p.line + lineBase } };
      }
      if (segment.overflowLine !== null) {
        // Start again after the line where the oversized record was given up.
        const resume = byteAfterLine(path, byteBase, segment.overflowLine);
        lineBase += segment.overflowLine;
        byteBase = resume;
        segment.close();
        if (resume >= size) return;
        segment = openSegment(path, resume, csvOptions(delimiter, opts.maxRecordBytes), { encoding: decoding.encoding });
        continue;
      }
      if (next.done) return;
      yield { row: next.value.record, line: next.value.info.lines + lineBase };
    }
  }
  return { kind: 'csv', names, rows: rows(), size, bytesRead: () => byteBase + segment.bytes() };
}

interface Segment {
  iterator: AsyncIterator<{ record: string[]; info: { lines: number } }>;
  skipped: RowProblem[];
  /** Set when a record went over the maximum size: the segment's line where reading gave up. */
  overflowLine: number | null;
  bytes(): number;
  close(): void;
}

/** A parser over the file from byte `start`; line numbers count from that byte. */
function openSegment(path: string, start: number, options: Options, decoding: Decoding): Segment {
  const stream = createReadStream(path, { start });
  const parser = stream.pipe(decoder(decoding)).pipe(parse(options));
  const segment: Segment = {
    iterator: parser[Symbol.asyncIterator]() as Segment['iterator'],
    skipped: [],
    overflowLine: null,
    bytes: () => (parser.info as { bytes: number }).bytes,
    close: () => {
      stream.destroy();
      parser.destroy();
    },
  };
  parser.on('skip', (err: Error & { lines?: number; code?: string }) => {
    if (segment.overflowLine !== null) return; // the same broken record, reported already
    const line = err.lines ?? 0;
    segment.skipped.push({ line, field: '(row)', problem: `unreadable CSV: ${err.message.slice(0, 200)}` });
    if (err.code === 'CSV_MAX_RECORD_SIZE') segment.overflowLine = Math.max(1, line);
  });
  return segment;
}

/** The byte offset just after the `lines`-th newline counted from byte `from` (the file's size if there are fewer). */
function byteAfterLine(path: string, from: number, lines: number): number {
  const fd = openSync(path, 'r');
  try {
    const buf = Buffer.alloc(1024 * 1024);
    let pos = from;
    let seen = 0;
    for (;;) {
      const n = readSync(fd, buf, 0, buf.length, pos);
      if (n === 0) return pos;
      for (let i = 0; i < n; i++) {
        if (buf[i] === 10 && ++seen === lines) return pos + i + 1;
      }
      pos += n;
    }
  } finally {
    closeSync(fd);
  }
}

/**
 * Opens a JSON log: JSON Lines (one canonical object per line), or a JSON array of such objects
 * (read whole: arrays are for event files and small logs; use JSON Lines for large ones). An
 * element's "line" is its position in the array, from 1.
 */
export function openJsonLines(path: string, decoding: Decoding = { encoding: 'utf-8' }): LogSource<Record<string, unknown>> {
  const size = statSync(path).size;
  if (firstLine(path).trimStart().startsWith('[')) return openJsonArray(path, size, decoding);
  const stream = createReadStream(path);
  const lines = createInterface({ input: stream.pipe(decoder(decoding)), crlfDelay: Infinity });
  async function* rows(): AsyncGenerator<SourceItem<Record<string, unknown>>> {
    let line = 0;
    for await (const raw of lines) {
      line++;
      const text = line === 1 ? raw.replace(/^\uFEFF/, '') : raw;
      if (text.trim() === '') continue;
      let value: unknown;
      try {
        value = JSON.parse(text);
      } catch (e) {
        yield { problem: { line, field: '(row)', problem: `not JSON: ${(e as Error).message.slice(0, 120)}` } };
        continue;
      }
      if (typeof value !== 'object' || value === null || Array.isArray(value)) {
        yield { problem: { line, field: '(row)', problem: 'must be a JSON object with canonical fields' } };
        continue;
      }
      yield { row: value as Record<string, unknown>, line };
    }
  }
  return { kind: 'jsonl', names: [], rows: rows(), size, bytesRead: () => stream.bytesRead };
}

function openJsonArray(path: string, size: number, decoding: Decoding): LogSource<Record<string, unknown>> {
  let read = 0;
  async function* rows(): AsyncGenerator<SourceItem<Record<string, unknown>>> {
    let value: unknown;
    try {
      const bytes = readFileSync(path);
      let text: string;
      try {
        text = new TextDecoder(decoding.encoding, { fatal: decoding.encoding === 'utf-8' }).decode(bytes);
      } catch {
        decoding.invalid?.(0);
        text = new TextDecoder(decoding.encoding).decode(bytes);
      }
      value = JSON.parse(text.replace(/^\uFEFF/, ''));
    } catch (e) {
      yield { problem: { line: 1, field: '(file)', problem: `not a JSON array: ${(e as Error).message.slice(0, 120)}` } };
      return;
    } finally {
      read = size;
    }
    if (!Array.isArray(value)) {
      yield { problem: { line: 1, field: '(file)', problem: 'must be a JSON array of objects, or JSON Lines' } };
      return;
    }
    for (let i = 0; i < value.length; i++) {
      const item: unknown = value[i];
      if (typeof item !== 'object' || item === null || Array.isArray(item)) {
        yield { problem: { line: i + 1, field: '(row)', problem: 'must be a JSON object with canonical fields' } };
      } else yield { row: item as Record<string, unknown>, line: i + 1 };
    }
  }
  return { kind: 'jsonl', names: [], rows: rows(), size, bytesRead: () => read };
}

/** Checks that a path is a readable file before any work starts. */
export function checkReadable(path: string, option: string): void {
  try {
    if (!statSync(path).isFile()) throw new Error('not a file');
  } catch (e) {
    throw new UsageError(`${option}: cannot read '${path}' (${(e as Error).message})`);
  }
}
