/**
 * Imports of the records a compliance officer holds beside the dialer's log (`--consents`,
 * `--opposition`, `--submitted` on `audit` and `plan`):
 *
 * - a **consent register** (CSV or JSON Lines): one consent per row — the number (`number`, `to`,
 *   `phone`, `phone_number` or `msisdn`), the advertiser (`advertiser`, or --advertiser), the date
 *   it was given (`date`, `at`, `consented_at` or `consent_date`), and optionally `channels`
 *   (`voice|sms`), `covers`, `expiresAt` and `proof`;
 * - an **opposition-list result** (a Bloctel scrub): one number per row that the list returned as
 *   registered, with the date of the scrub (`date`, `at`, `checked_at` or `scrub_date`); a `listed`
 *   column (true/false) and a `list` column (default `bloctel`) may say more;
 * - the **numbers submitted** to that scrub (`--submitted`, same columns): each one the result
 *   does not return on the same date was checked and is *not* listed on that date.
 *
 * Each row becomes a history event (`consent`, `opposition-check`), judged by the core's reader
 * like any event. Bloctel's own file layout was not verified (docs/audit.md): rename columns with
 * --mapping-style synonyms above, or convert the file.
 */
import { closeSync, openSync, readSync } from 'node:fs';
import type { HistoryEvent } from '../../core/rule.js';
import type { ContactEvent } from '../../index.js';
import { UsageError } from '../args.js';
import type { TimeReading } from '../timestamps.js';
import { readLog } from './read-log.js';
import type { Mapping } from './mapping.js';
import type { RowProblem } from './records.js';
import { checkReadable, isJsonLines } from './source.js';

const NUMBER = ['number', 'to', 'phone', 'phone_number', 'msisdn', 'numero', 'numéro'];
/** A consent register's advertiser column. */
const ADVERTISER = ['advertiser', 'annonceur', 'campaign', 'campaign_id', 'campagne', 'marque', 'brand'];
/** A scrub's status column: whether the list returned the number as registered. */
const STATUS = ['listed', 'status', 'statut', 'inscrit', 'result', 'resultat', 'résultat'];
const DATE = ['date', 'at', 'consented_at', 'consent_date', 'checked_at', 'scrub_date'];

export interface ImportOptions {
  consents?: string;
  opposition?: string;
  submitted?: string;
  advertiser?: string;
}

/** One imported event, keyed by the number's history key. */
export interface Imported {
  key: string;
  event: ContactEvent;
  /** The same, in the engine's form. */
  history: HistoryEvent;
  at: number;
  line: number;
  to: string;
}

/** The header line of a CSV file (lower case), to pick the columns among their synonyms. */
function header(file: string): string[] {
  if (isJsonLines(file)) return [];
  const fd = openSync(file, 'r');
  try {
    const buf = Buffer.alloc(4096);
    const n = readSync(fd, buf, 0, buf.length, 0);
    const first = buf.subarray(0, n).toString('utf8').replace(/^\uFEFF/, '').split(/\r?\n/)[0] ?? '';
    const sep = [',', ';', '\t', '|'].sort((a, b) => first.split(b).length - first.split(a).length)[0]!;
    return first.split(sep).map((c) => c.trim().replace(/^"|"$/g, ''));
  } finally {
    closeSync(fd);
  }
}

function column(names: string[], candidates: readonly string[], what: string, option: string, file: string): string {
  const found = names.find((n) => candidates.includes(n.toLowerCase()));
  if (found !== undefined) return found;
  if (names.length === 0) return candidates[0]!; // JSON Lines: the canonical name
  throw new UsageError(`${option} ${file}: no ${what} column (one of ${candidates.join(', ')}) in the header (${names.slice(0, 10).join(', ')})`);
}

async function read(file: string, option: string, mapping: (names: string[]) => Mapping, time: TimeReading, advertiser: string | undefined, each: (i: Imported) => void, bad: (p: RowProblem) => void) {
  checkReadable(file, option);
  await readLog(file, { mapping: mapping(header(file)), time, ...(advertiser ? { advertiser } : {}) }, undefined, (item) => {
    if ('problem' in item) bad({ ...item.problem, field: `${option} ${item.problem.field}` });
    else if (item.kind === 'event') each({ key: item.key, event: item.event, history: item.history, at: item.at, line: item.line, to: item.to });
  });
}

/** Reads the imports the options name; `each` receives every event, `bad` every unreadable row. */
export async function importEvents(o: ImportOptions, time: TimeReading, each: (i: Imported) => void, bad: (p: RowProblem) => void): Promise<void> {
  if (o.consents !== undefined) {
    await read(o.consents, '--consents', (names) => ({
      columns: {
        to: column(names, NUMBER, 'number', '--consents', o.consents!),
        at: column(names, DATE, 'date', '--consents', o.consents!),
        // the advertiser as the register names it (annonceur, campaign…); else `advertiser` or --advertiser
        ...((adv) => (adv === undefined ? {} : { advertiser: adv }))(names.find((n) => ADVERTISER.includes(n.toLowerCase()))),
      },
      constants: { type: 'consent' },
    }), { ...time, dateOnly: 'end' }, o.advertiser, each, bad);
  }
  if (o.submitted !== undefined && o.opposition === undefined) throw new UsageError('--submitted needs --opposition: the scrub result that says which of them are registered');
  if (o.opposition !== undefined) {
    const returned = new Set<string>();
    const listMapping = (option: string, file: string, listed: boolean) => (names: string[]): Mapping => {
      const m: Mapping = {
        columns: { to: column(names, NUMBER, 'number', option, file), at: column(names, DATE, 'date', option, file) },
        constants: { type: 'opposition-check' },
      };
      const status = names.find((n) => STATUS.includes(n.toLowerCase()));
      if (status === undefined || !listed) m.constants!.listed = String(listed);
      else m.columns!.listed = status; // the scrub says per row: inscrit / non inscrit, true / false
      return m;
    };
    await read(o.opposition, '--opposition', listMapping('--opposition', o.opposition, true), { ...time, dateOnly: 'start' }, undefined, (i) => {
      returned.add(`${i.key}|${i.at}`);
      each(i);
    }, bad);
    if (o.submitted !== undefined) {
      await read(o.submitted, '--submitted', listMapping('--submitted', o.submitted, false), { ...time, dateOnly: 'start' }, undefined, (i) => {
        if (!returned.has(`${i.key}|${i.at}`)) each(i); // submitted, not returned: not listed on that date
      }, bad);
    }
  }
}
