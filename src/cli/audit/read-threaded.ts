/**
 * `readLog` on a second core: the reader thread (./reader-thread.ts) reads and maps the rows while
 * this thread replays them. Same items, same order, same errors as `readLog` in process.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { UsageError } from '../args.js';
import type { LogItem, ReaderMessage, ReaderRequest } from './reader-protocol.js';

/** The reader thread's old-generation heap (V8 `maxOldGenerationSizeMb`). */
const READER_HEAP_MB = 128;

/**
 * The built reader thread (dist/audit-reader.js), or undefined when there is none: the sources run
 * through a TypeScript loader (tests), or a CommonJS build without `import.meta.url`.
 */
export function readerThreadFile(): string | undefined {
  try {
    const path = fileURLToPath(new URL('./audit-reader.js', import.meta.url));
    return existsSync(path) ? path : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Whether to read on a second core: only when `--threads 2` asks for it (a usage error when the
 * build has no reader thread). Not by default:
 * since the CSV fast path (./csv-lines.ts) reading a UTF-8 export costs less than copying its rows
 * to the other thread (measured by bench/audit: 1.0× with two threads); it still pays where
 * reading is the heavy part (Windows-1252 exports, fields over several lines, naive local times:
 * 1.2–1.3× before the fast path).
 */
export function useReaderThread(threads: number | undefined): boolean {
  if (threads !== 2) return false;
  if (readerThreadFile() === undefined) throw new UsageError('--threads 2: this build of callgate has no reader thread (run the built package)');
  return true;
}

/** Reads the log in the reader thread; `each` and `every` run here, as `readLog` runs them. */
export function readLogThreaded(request: ReaderRequest, each: (item: LogItem) => void, every?: (bytes: number, size: number) => Promise<void>): Promise<void> {
  // The reader holds a parser, two bounded memos and a few batches: a small heap, collected early,
  // so that two threads do not double the audit's peak memory.
  const worker = new Worker(readerThreadFile()!, { workerData: request, resourceLimits: { maxOldGenerationSizeMb: READER_HEAP_MB } });
  return new Promise<void>((resolve, reject) => {
    let settled = false;
    const fail = (e: Error) => {
      if (settled) return;
      settled = true;
      void worker.terminate();
      reject(e);
    };
    // Batches are handled one at a time, in order, even when `every` waits (the report's back-pressure).
    let queue = Promise.resolve();
    worker.on('message', (m: ReaderMessage) => {
      queue = queue.then(async () => {
        if (settled) return;
        if (m.kind === 'rows') {
          for (const item of m.items) each(item);
          worker.postMessage(1); // one batch consumed: the reader may send another
          if (every) await every(m.bytes, m.size);
        } else if (m.kind === 'done') {
          settled = true;
          await worker.terminate();
          resolve();
        } else {
          const e = m.usage ? new UsageError(m.message) : new Error(m.message);
          if (!m.usage && m.stack !== undefined) e.stack = m.stack;
          fail(e);
        }
      }).catch((e: unknown) => fail(e as Error));
    });
    worker.on('error', fail);
    worker.on('exit', (code) => fail(new Error(`the audit's reader thread stopped (exit code ${code})`)));
  });
}
