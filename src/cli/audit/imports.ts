/**
 * `--consents` and `--opposition`: the files a compliance officer already has, read as history
 * events without rewriting them in callgate's canonical columns (docs/imports.md).
 *
 * - A consent register (CSV): one row per consent, with the number, the advertiser, the date it
 *   was given, optionally the channels, the proof and an expiry. → `consent` events.
 * - An opposition-list scrub (CSV): the numbers submitted to Bloctel (or another list) with the
 *   date of the scrub and whether the list returned them as registered. → `opposition-check`
 *   events. A file of the returned numbers only (no status column) reads each as listed; the
 *   numbers submitted but not returned come from `--opposition-submitted`, read as "not listed"
 *   on their date.
 *
 * Column names are matched forgiving of case, accents, spaces and a few usual names (French and
 * English). A date without a time is a day in `--timezone`: for a consent, the END of that day
 * (a call on the same day is covered only when the register gives the time: the conservative
 * reading), for a scrub the START of that day (its 30 days of validity end as early as they can).
 */
import { DateTime } from 'luxon';
import { UsageError } from '../args.js';
import { timestampReader, type TimeReading } from '../timestamps.js';
import { numberKey, type EventRecord, type RowProblem } from './records.js';
import { checkReadable, openCsv, type Decoding } from './source.js';
import type { Channel, ContactEvent } from '../../core/types.js';

/** The kinds of file these options read. */
export type ImportKind = 'consents' | 'opposition' | 'opposition-submitted';

/** What a column may be called, by the field it gives. */
const ALIASES: Record<string, readonly string[]> = {
  number: ['number', 'to', 'phone', 'phonenumber', 'telephone', 'tel', 'numero', 'numerotelephone', 'msisdn', 'e164'],
  advertiser: ['advertiser', 'annonceur', 'campaign', 'campaignid', 'campagne', 'brand', 'marque'],
  date: ['date', 'at', 'consentdate', 'dateconsentement', 'collectedat', 'datecollecte', 'scrubdate', 'datescrub', 'datetraitement', 'checkedat'],
  channels: ['channels', 'channel', 'canaux', 'canal'],
  proof: ['proof', 'preuve', 'source'],
  expires: ['expiresat', 'expires', 'expiration', 'dateexpiration'],
  listed: ['listed', 'status', 'statut', 'inscrit', 'result', 'resultat', 'onlist'],
  list: ['list', 'liste'],
};

const LISTED = new Set(['true', '1', 'yes', 'y', 'oui', 'o', 'x', 'listed', 'inscrit', 'registered', 'opposed', 'oppose', 'blocked', 'bloque', 'onlist']);
const NOT_LISTED = new Set(['false', '0', 'no', 'n', 'non', 'notlisted', 'unlisted', 'noninscrit', 'pasinscrit', 'absent', 'clear', 'ok', 'libre', 'notregistered']);

const REQUIRED: Record<ImportKind, readonly string[]> = {
  consents: ['number', 'date'],
  opposition: ['number', 'date'],
  'opposition-submitted': ['number', 'date'],
};

/** Lower case, no accents, letters and digits only: `Numéro de téléphone` → `numerodetelephone`. */
function squash(s: string): string {
  return s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^a-z0-9]/g, '');
}

export interface ImportSettings {
  time: TimeReading;
  /** --advertiser: the advertiser of every consent (wins over the column). */
  advertiser?: string;
  decoding?: Decoding;
}

/**
 * Reads one import file, calling `each` with an event record or a row problem (fields named
 * `--consents number`, …). Throws a UsageError when a required column is missing. For
 * `opposition` files without a status column, `returned` collects the keys of the numbers read.
 */
export async function readImport(
  kind: ImportKind,
  file: string,
  settings: ImportSettings,
  each: (item: EventRecord | { problem: RowProblem }) => void,
  returned?: Set<string>,
): Promise<{ hasStatus: boolean }> {
  const option = `--${kind}`;
  const source = await openCsv(file, { header: true, ...(settings.decoding ? { decoding: settings.decoding } : {}) });
  const index: Record<string, number> = {};
  source.names.forEach((name, i) => {
    const s = squash(name);
    for (const [field, names] of Object.entries(ALIASES)) if (index[field] === undefined && names.includes(s)) index[field] = i;
  });
  const needed = [...REQUIRED[kind]];
  if (kind === 'consents' && settings.advertiser === undefined) needed.push('advertiser');
  const missing = needed.filter((f) => index[f] === undefined);
  if (missing.length > 0) {
    throw new UsageError(
      `${option} ${file}: no column for ${missing.map((m) => `'${m}'`).join(', ')} in the header (${source.names.slice(0, 12).join(', ')}); ` +
        `accepted names: ${missing.map((m) => `${m}: ${ALIASES[m]!.slice(0, 4).join('/')}`).join('; ')} (see docs/imports.md)` +
        (missing.includes('advertiser') ? ', or pass --advertiser' : ''),
    );
  }
  const hasStatus = index.listed !== undefined;
  const readTime = timestampReader(settings.time);
  const keys = new Map<string, string>();
  const zone = settings.time.zone;

  const cell = (row: readonly string[], field: string): string | undefined => {
    const i = index[field];
    const v = i === undefined ? undefined : row[i]?.trim();
    return v === undefined || v === '' ? undefined : v;
  };
  const problem = (line: number, field: string, what: string): { problem: RowProblem } => {
    const column = source.names[index[field] ?? -1];
    return { problem: column === undefined ? { line, field: `${option} ${field}`, problem: what } : { line, field: `${option} ${field}`, column, problem: what } };
  };
  /** A date-time, or a date alone: the start or the end of that day in the zone. */
  const instant = (value: string, endOfDay: boolean): number | string => {
    const day = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value) ?? /^(\d{2})\/(\d{2})\/(\d{4})$/.exec(value);
    if (day) {
      if (zone === undefined) return 'is a date without time zone; pass --timezone (e.g. Europe/Paris)';
      const [y, m, d] = value.includes('/') ? [day[3], day[2], day[1]] : [day[1], day[2], day[3]];
      const dt = DateTime.fromObject({ year: Number(y), month: Number(m), day: Number(d) }, { zone });
      if (!dt.isValid) return `'${value}' is not a date`;
      return (endOfDay ? dt.endOf('day') : dt.startOf('day')).toMillis();
    }
    const r = readTime(value);
    return r.ok ? r.ms : r.problem;
  };

  for await (const item of source.rows) {
    if ('problem' in item) {
      each({ problem: { ...item.problem, field: `${option} ${item.problem.field}` } });
      continue;
    }
    const { row, line } = item;
    const to = cell(row, 'number');
    if (to === undefined) {
      each(problem(line, 'number', 'is empty'));
      continue;
    }
    const key = numberKey(to, keys);
    const date = cell(row, 'date');
    if (date === undefined) {
      each(problem(line, 'date', 'is empty'));
      continue;
    }
    const at = instant(date, kind === 'consents');
    if (typeof at === 'string') {
      each(problem(line, 'date', at));
      continue;
    }
    let event: ContactEvent;
    if (kind === 'consents') {
      const advertiser = settings.advertiser ?? cell(row, 'advertiser');
      if (advertiser === undefined) {
        each(problem(line, 'advertiser', 'is empty (pass --advertiser for a register of one advertiser)'));
        continue;
      }
      const consent: Extract<ContactEvent, { type: 'consent' }> = { type: 'consent', at: new Date(at), advertiser };
      const channels = cell(row, 'channels');
      if (channels !== undefined) {
        const list = channels.toLowerCase().split(/[\s|,;+/]+/).filter((c) => c !== '').map((c) => (c === 'phone' || c === 'telephone' || c === 'tel' || c === 'appel' ? 'voice' : c));
        const bad = list.find((c) => c !== 'voice' && c !== 'sms');
        if (bad !== undefined) {
          each(problem(line, 'channels', `'${bad.slice(0, 20)}' is not voice or sms`));
          continue;
        }
        consent.channels = [...new Set(list)] as Channel[];
      }
      const proof = cell(row, 'proof');
      if (proof !== undefined) consent.proof = proof;
      const expires = cell(row, 'expires');
      if (expires !== undefined) {
        const end = instant(expires, false);
        if (typeof end === 'string') {
          each(problem(line, 'expires', end));
          continue;
        }
        consent.expiresAt = new Date(end);
      }
      event = consent;
    } else {
      let listed = true; // a file of returned numbers only: each was returned as registered
      if (kind === 'opposition-submitted') {
        if (returned?.has(key)) continue; // returned as registered: the returned file said so
        listed = false;
      } else if (hasStatus) {
        const v = squash(cell(row, 'listed') ?? '');
        if (LISTED.has(v)) listed = true;
        else if (NOT_LISTED.has(v)) listed = false;
        else {
          each(problem(line, 'listed', `'${(cell(row, 'listed') ?? '').slice(0, 20)}' is neither listed (listed, inscrit, yes, 1) nor not listed (not listed, non inscrit, no, 0)`));
          continue;
        }
      } else returned?.add(key);
      event = { type: 'opposition-check', at: new Date(at), list: cell(row, 'list')?.toLowerCase() ?? 'bloctel', listed };
    }
    each({ kind: 'event', line, to, key, at, event });
  }
  return { hasStatus };
}

/** The import options of `audit` and `plan`. */
export interface ImportOptions {
  consents?: string;
  opposition?: string;
  oppositionSubmitted?: string;
}

/** Usage checks before anything is read: readable files, --opposition-submitted only beside --opposition. */
export function checkImports(opts: ImportOptions): void {
  if (opts.consents !== undefined) checkReadable(opts.consents, '--consents');
  if (opts.opposition !== undefined) checkReadable(opts.opposition, '--opposition');
  if (opts.oppositionSubmitted !== undefined) {
    if (opts.opposition === undefined) throw new UsageError('--opposition-submitted needs --opposition (the numbers the list returned as registered)');
    checkReadable(opts.oppositionSubmitted, '--opposition-submitted');
  }
}

/** Reads --consents, --opposition and --opposition-submitted, in that order. */
export async function loadImports(opts: ImportOptions, settings: ImportSettings, each: (item: EventRecord | { problem: RowProblem }) => void): Promise<void> {
  if (opts.consents !== undefined) await readImport('consents', opts.consents, settings, each);
  if (opts.opposition === undefined) return;
  const returned = new Set<string>();
  const { hasStatus } = await readImport('opposition', opts.opposition, settings, each, returned);
  if (opts.oppositionSubmitted === undefined) return;
  if (hasStatus) throw new UsageError(`--opposition-submitted: ${opts.opposition} already says which numbers are listed (its status column); pass one or the other`);
  await readImport('opposition-submitted', opts.oppositionSubmitted, settings, each, returned);
}
