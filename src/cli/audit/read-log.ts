/**
 * Reading a log file row by row through a mapping: CSV (delimiter detected, header or a mapping's
 * fields) or JSON Lines / a JSON array, each row a record, a skipped row or a problem naming its
 * field. Shared by `audit`, its imports, `plan --events` and `check --history`.
 */
import { UsageError } from '../args.js';
import { csvSources, jsonSources, missingColumns, recordReader, type LogRecord, type ReaderSettings, type RowProblem, type SkippedRecord } from './records.js';
import { isJsonLines, openCsv, openJsonLines, type Decoding, type SourceItem, type TextEncoding } from './source.js';

/** Streams one log file through the mapping; `every` runs between batches (progress, backpressure). */
export async function readLog(
  file: string,
  settings: ReaderSettings,
  delimiter: string | undefined,
  each: (item: LogRecord | SkippedRecord | { problem: RowProblem }) => void,
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
  read: (row: R, line: number) => LogRecord | SkippedRecord | RowProblem,
  each: (item: LogRecord | SkippedRecord | { problem: RowProblem }) => void,
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
