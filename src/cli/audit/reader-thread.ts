/**
 * The audit's reader thread: reads the log (decoding, CSV or JSON, the mapping, each row's time
 * and number) on a second core while the main thread replays and judges what it has read. Rows
 * reach the main thread in file order, in batches, and the reader stops when too many batches wait
 * (so memory stays bounded whatever the file's size): the replay sees exactly the rows, in exactly
 * the order, that an in-process read gives, so the report is identical (test/cli/audit-threads).
 *
 * Built as its own file (dist/audit-reader.js) and started by {@link readLogThreaded}.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { UsageError } from '../args.js';
import { readLog } from './read-log.js';
import type { ReaderMessage, ReaderRequest } from './reader-protocol.js';
import type { AttemptRecord } from './records.js';
import { MAX_BATCHES_IN_FLIGHT } from './reader-protocol.js';

const port = parentPort!;
const { file, settings, delimiter, encoding } = workerData as ReaderRequest;

let batch: ReaderMessage & { kind: 'rows' } = { kind: 'rows', items: [], bytes: 0, size: 0 };
let inFlight = 0;
let credit: (() => void) | undefined;
port.on('message', () => {
  inFlight--;
  credit?.();
  credit = undefined;
});

function send(bytes: number, size: number): Promise<void> | undefined {
  if (batch.items.length === 0) return undefined;
  batch.bytes = bytes;
  batch.size = size;
  port.postMessage(batch);
  batch = { kind: 'rows', items: [], bytes: 0, size: 0 };
  if (++inFlight < MAX_BATCHES_IN_FLIGHT) return undefined;
  return new Promise<void>((resolve) => (credit = resolve));
}

/**
 * What the replay does not read is not copied to the main thread (the copy is the thread's main
 * cost): the attempt's other fields and the history in the host's form (`check --history` and
 * `plan --events` read those) are in `read` and `history`, the engine's forms.
 */
function slim(record: AttemptRecord): void {
  const { to, at, channel, advertiser } = record.attempt;
  record.attempt = { to, at, channel, advertiser };
  record.recorded = [];
}

async function read(): Promise<void> {
  let last = { bytes: 0, size: 0 };
  await readLog(
    file,
    settings,
    delimiter,
    (item) => {
      if ('kind' in item && item.kind === 'attempt') slim(item);
      batch.items.push(item);
    },
    // Called every few thousand rows: one batch each time.
    async (bytes, size) => {
      last = { bytes, size };
      await send(bytes, size);
    },
    encoding,
  );
  await send(last.bytes, last.size);
}

read().then(
  () => port.postMessage({ kind: 'done' } satisfies ReaderMessage),
  (e: unknown) => port.postMessage({ kind: 'error', usage: e instanceof UsageError, message: (e as Error).message, stack: (e as Error).stack } satisfies ReaderMessage),
);
