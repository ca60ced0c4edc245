/**
 * Streaming the rows of a log file: CSV (any of `,` `;` tab `|`, detected from the header line
 * unless given; BOM, quotes, CRLF, ragged rows) or JSON Lines. Rows come with the line they end
 * on; rows the CSV parser cannot read come as problems with their line. Nothing is held but the
 * current row.
 */
import { isUtf8 } from 'node:buffer';
import { closeSync, createReadStream, openSync, readFileSync, readSync, statSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { Transform } from 'node:stream';
import { TextDecoder } from 'node:util';
import { parse, type Options } from 'csv-parse';
import { UsageError } from '../args.js';
import type { RowProblem } from './records.js';
import { splitLine } from './csv-lines.js';

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
function decoder({ encoding, invalid }: Decoding, start = 0): Transform {
  let strict: TextDecoder | null = encoding === 'utf-8' ? new TextDecoder('utf-8', { fatal: true }) : null;
  let lenient = new TextDecoder(encoding);
  let offset = start; // the file's offset, for the warning
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
  opts: { delimiter?: string; header: boolean; fields?: readonly string[]; maxRecordBytes?: number; decoding?: Decoding; /** false: csv-parse only (the tests' reference). */ fast?: boolean },
): Promise<LogSource<readonly string[]>> {
  const size = statSync(path).size;
  const head = firstLine(path);
  const delimiter = opts.delimiter ?? detectDelimiter(head);
  const decoding = opts.decoding ?? { encoding: 'utf-8' };
  const maxRecordBytes = opts.maxRecordBytes ?? MAX_RECORD_BYTES;
  const options = csvOptions(delimiter, maxRecordBytes);
  let names: readonly string[] = opts.fields ?? [];
  let lineBase = 0; // lines of the file before the current segment
  let byteBase = 0;
  let segment: Segment | undefined;
  let fastBytes = 0;

  /** The rows from a byte and a line of the file on, read by csv-parse (restarted after a record over the maximum size). */
  async function* parsed(from: { byte: number; line: number; eol?: string }, first?: Segment): AsyncGenerator<SourceItem<readonly string[]>> {
    [byteBase, lineBase] = [from.byte, from.line];
    // Started mid-file, csv-parse must keep the file's line break: it would detect it again from
    // where it starts, and read a lone CR there as one.
    const segmentOptions = from.eol === undefined ? options : { ...options, record_delimiter: from.eol };
    segment = first ?? openSegment(path, from.byte, segmentOptions, decoding);
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
        // csv-parse's message counts lines from where it started: from the file's start here.
        const problem = lineBase === 0 ? p.problem : p.problem.replace(/\bat line (\d+)/, (_, n: string) => `at line ${Number(n) + lineBase}`);
        yield { problem: { ...p, line: p.line + lineBase, problem } };
      }
      if (segment.overflowLine !== null) {
        // Start again after the line where the oversized record was given up.
        const resume = byteAfterLine(path, byteBase, segment.overflowLine);
        lineBase += segment.overflowLine;
        byteBase = resume;
        segment.close();
        if (resume >= size) return;
        segment = openSegment(path, resume, segmentOptions, { encoding: decoding.encoding });
        continue;
      }
      if (next.done) return;
      yield { row: next.value.record, line: next.value.info.lines + lineBase };
    }
  }

  // The fast path (./csv-lines.ts) for UTF-8 files whose header it can split; csv-parse otherwise,
  // and from the first line the fast path cannot read.
  const headerFields = opts.header && head.length < FAST_MAX_LINE && head !== '' ? splitLine(head, delimiter) : undefined;
  if (opts.fast !== false && decoding.encoding === 'utf-8' && (!opts.header || headerFields !== undefined)) {
    if (headerFields) names = headerFields.map((n) => n.trim());
    const rows = fastRows(path, delimiter, opts.header, Math.min(FAST_MAX_LINE, maxRecordBytes / 4), (b) => (fastBytes = b), parsed);
    return { kind: 'csv', names, rows, size, bytesRead: () => (segment ? byteBase + segment.bytes() : fastBytes) };
  }
  const start = openSegment(path, 0, options, decoding);
  if (opts.header) {
    const first = await start.iterator.next();
    names = first.done ? [] : first.value.record.map((n) => n.trim());
  }
  return { kind: 'csv', names, rows: parsed({ byte: 0, line: 0 }, start), size, bytesRead: () => byteBase + (segment ?? start).bytes() };
}

/** Lines longer than this (bytes) go to csv-parse, which knows the maximum record size. */
const FAST_MAX_LINE = 64 * 1024;

/**
 * The rows of a CSV file split line by line ({@link splitLine}); from the first line that needs
 * the full parser, `slow` reads the rest. The header line, when there is one, is skipped (the
 * caller read it). Line numbers count every line, empty ones included, as csv-parse counts them.
 */
async function* fastRows(
  path: string,
  delimiter: string,
  header: boolean,
  maxLine: number,
  progress: (bytes: number) => void,
  slow: (from: { byte: number; line: number; eol?: string }) => AsyncGenerator<SourceItem<readonly string[]>>,
): AsyncGenerator<SourceItem<readonly string[]>> {
  const stream = createReadStream(path, { highWaterMark: 1 << 20 });
  let carry: Buffer | undefined;
  let pos = 0; // file offset of the next block
  let line = 0; // lines read
  let crlf: boolean | undefined; // the file's line break, fixed by its first line (as csv-parse does)
  let headerLeft = header;
  let resumeAt: { byte: number; line: number; eol?: string } | undefined;
  /**
   * Reads the line of `block` from `start` to `end` (its line break excluded): undefined when it
   * needs csv-parse, null when it is empty. Each line is decoded on its own: fields sliced from one
   * decoded block would keep the whole block alive as long as any of them is kept (V8 slices).
   */
  const lineAt = (block: Buffer, start: number, end: number): string[] | null | undefined => {
    const cr = end > start && block[end - 1] === 13;
    if (crlf !== undefined && cr !== crlf) return undefined;
    if (end - start > maxLine) return undefined;
    if (end - start === (cr ? 1 : 0)) {
      crlf ??= cr;
      return null;
    }
    const fields = splitLine(block.toString('utf8', start, cr ? end - 1 : end), delimiter);
    // The first line read whole fixes the line break (a lone CR before it would have been
    // csv-parse's choice: such a line is left to csv-parse, from the start).
    if (fields !== undefined) crlf ??= cr;
    return fields;
  };
  try {
    reading: for await (const chunk of stream as AsyncIterable<Buffer>) {
      const buf = carry ? Buffer.concat([carry, chunk]) : chunk;
      const end = buf.lastIndexOf(10);
      if (end < 0) {
        carry = buf;
        continue;
      }
      const block = buf.subarray(0, end + 1);
      carry = buf.subarray(end + 1);
      if (!isUtf8(block)) {
        resumeAt = { byte: pos, line }; // not UTF-8: csv-parse reads on, and warns
        break;
      }
      let at = pos === 0 && block[0] === 0xef && block[1] === 0xbb && block[2] === 0xbf ? 3 : 0; // a BOM
      while (at < block.length) {
        const nl = block.indexOf(10, at);
        const fields = lineAt(block, at, nl);
        if (fields === undefined) {
          resumeAt = { byte: pos + at, line };
          break reading;
        }
        line++;
        at = nl + 1;
        if (fields === null) continue; // an empty line
        if (headerLeft) headerLeft = false;
        else yield { row: fields, line };
      }
      pos += block.length;
      progress(pos);
    }
    if (resumeAt === undefined && carry !== undefined && carry.length > 0) {
      // The last line, without a line break (csv-parse for a one-line file with a BOM, or a final CR).
      const bom = pos === 0 && carry[0] === 0xef;
      const fields = !isUtf8(carry) || bom || carry[carry.length - 1] === 13 ? undefined : lineAt(carry, 0, carry.length);
      if (fields === undefined) resumeAt = { byte: pos, line };
      else {
        line++;
        if (fields !== null && !headerLeft) yield { row: fields, line };
        pos += carry.length;
        progress(pos);
      }
    }
  } finally {
    stream.destroy();
  }
  if (resumeAt !== undefined) {
    if (crlf !== undefined) resumeAt.eol = crlf ? '\r\n' : '\n';
    if (headerLeft) {
      // The header line itself needs the full parser: read it, and skip it, there.
      let first = true;
      for await (const item of slow(resumeAt)) {
        if (first && 'row' in item) {
          first = false;
          continue;
        }
        yield item;
      }
      return;
    }
    yield* slow(resumeAt);
  }
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
  const parser = stream.pipe(decoder(decoding, start)).pipe(parse(options));
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
