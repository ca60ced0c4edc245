/**
 * `--history`: the consumer's events for `check` and `windows`, from a JSON Lines, JSON array or
 * CSV file with the audit's canonical columns. Rows of other numbers are left out; rows without
 * a number are taken as this consumer's.
 */
import { readFileSync } from 'node:fs';
import type { ContactEvent } from '../index.js';
import { UsageError } from './args.js';
import type { RowProblem } from './audit/records.js';
import { NumberMemo } from '../phone/number.js';

/** Reads the history of `to`. Unreadable rows are a usage error (exit 2) naming line and field. */
export async function readHistoryFile(path: string | undefined, to: string, zone: string | undefined): Promise<ContactEvent[]> {
  if (path === undefined) return [];
  // The log readers (csv-parse) load only when a history file is given.
  const [{ readLog }, { numberKey }, { checkReadable }] = await Promise.all([import('./audit/read-log.js'), import('./audit/records.js'), import('./audit/source.js')]);
  checkReadable(path, '--history');
  const text = readFileSync(path, 'utf8').replace(/^\uFEFF/, '');
  if (text.trimStart().startsWith('[')) {
    // A JSON array is passed as it is: evaluate validates every event and names the bad one.
    try {
      const parsed: unknown = JSON.parse(text);
      if (Array.isArray(parsed)) return parsed as ContactEvent[];
    } catch (e) {
      throw new UsageError(`--history ${path}: not JSON (${(e as Error).message})`);
    }
  }
  const wanted = numberKey(to, new NumberMemo(1));
  const events: ContactEvent[] = [];
  const problems: RowProblem[] = [];
  await readLog(path, { mapping: {}, time: zone === undefined ? {} : { zone }, defaultTo: to }, undefined, (item) => {
    if ('problem' in item) problems.push(item.problem);
    else if (item.kind !== 'skipped' && item.key === wanted) {
      if (item.kind === 'event') events.push(item.event);
      else events.push(...item.recorded);
    }
  });
  if (problems.length > 0) {
    const list = problems.slice(0, 5).map((p) => `line ${p.line}: ${p.field}: ${p.problem}`).join('; ');
    throw new UsageError(`--history ${path}: ${problems.length} unreadable rows (${list})`);
  }
  return events;
}
