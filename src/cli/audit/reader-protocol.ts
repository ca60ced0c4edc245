/**
 * What the audit's reader thread (./reader-thread.ts) and the main thread (./read-threaded.ts)
 * say to each other.
 */
import type { TextEncoding } from './source.js';
import type { LogRecord, ReaderSettings, RowProblem, SkippedRecord } from './records.js';

/** The reader's task: the log and how to read it (plain data: it is copied to the thread). */
export interface ReaderRequest {
  file: string;
  settings: ReaderSettings;
  delimiter: string | undefined;
  encoding: TextEncoding;
}

/** An item of the log, as `readLog` gives it. */
export type LogItem = LogRecord | SkippedRecord | { problem: RowProblem };

/** Reader → main: rows in file order (with how far reading has gone), the end, or why it stopped. Main → reader: one message per batch consumed. */
export type ReaderMessage =
  | { kind: 'rows'; items: LogItem[]; bytes: number; size: number }
  | { kind: 'done' }
  | { kind: 'error'; usage: boolean; message: string; stack?: string | undefined };

/** Batches the reader may send ahead of the replay: memory stays bounded, both cores stay busy. */
export const MAX_BATCHES_IN_FLIGHT = 4;
