/**
 * Mappings: how the columns of a real export become the canonical fields of a call log. A
 * mapping is plain JSON (docs/audit.md documents every key), so that an auditor can write one
 * for their dialer without code; two ready-made ones ship with the CLI.
 */
import { readFileSync } from 'node:fs';
import { UsageError } from '../args.js';
import { asterisk } from './mappings/asterisk.js';
import { vicidial } from './mappings/vicidial.js';

export { CANONICAL_FIELDS, type CanonicalField, type ImpliedEvent, type Mapping, type StatusMeaning } from './mappings/shape.js';
import { CANONICAL_FIELDS, type Mapping } from './mappings/shape.js';


/** The mappings shipped with the CLI, by the name `--mapping` takes. */
export const BUILTIN_MAPPINGS: Readonly<Record<string, Mapping>> = { vicidial, asterisk };

/** Loads `--mapping`: a built-in name or a JSON file. Throws a UsageError naming the problem. */
export function loadMapping(spec: string | undefined): Mapping {
  if (spec === undefined) return {};
  const builtin = Object.hasOwn(BUILTIN_MAPPINGS, spec) ? BUILTIN_MAPPINGS[spec] : undefined;
  if (builtin) return builtin;
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(spec, 'utf8'));
  } catch (e) {
    throw new UsageError(`--mapping: '${spec}' is neither a built-in mapping (${Object.keys(BUILTIN_MAPPINGS).join(', ')}) nor a readable JSON file (${(e as Error).message})`);
  }
  return checkMapping(parsed, spec);
}

function checkMapping(m: unknown, source: string): Mapping {
  const fail = (what: string): never => {
    throw new UsageError(`--mapping ${source}: ${what} (see docs/audit.md)`);
  };
  if (typeof m !== 'object' || m === null || Array.isArray(m)) return fail('must be a JSON object');
  const o = m as Record<string, unknown>;
  const known = new Set(['name', 'description', 'header', 'fields', 'columns', 'constants', 'number', 'timeZone', 'timeFormat', 'naiveTimes', 'status', 'extends', '$comment']);
  for (const k of Object.keys(o)) if (!known.has(k)) fail(`unknown key '${k}'`);
  let base: Mapping | undefined;
  if (o.extends !== undefined) {
    if (typeof o.extends !== 'string' || !Object.hasOwn(BUILTIN_MAPPINGS, o.extends)) fail(`extends must name a built-in mapping (${Object.keys(BUILTIN_MAPPINGS).join(', ')})`);
    base = BUILTIN_MAPPINGS[o.extends as string];
  }
  if (o.header !== undefined && typeof o.header !== 'boolean') fail('header must be true or false');
  if (o.naiveTimes !== undefined && typeof o.naiveTimes !== 'boolean') fail('naiveTimes must be true or false');
  if (o.fields !== undefined && !(Array.isArray(o.fields) && o.fields.every((f) => typeof f === 'string'))) fail('fields must be an array of column names');
  if (o.header === false && o.fields === undefined && base?.fields === undefined) fail('a file without header needs fields (its column names, in order)');
  for (const key of ['columns', 'constants'] as const) {
    const v = o[key];
    if (v === undefined) continue;
    if (typeof v !== 'object' || v === null) fail(`${key} must be an object`);
    for (const [field, col] of Object.entries(v as object)) {
      if (!(CANONICAL_FIELDS as readonly string[]).includes(field)) fail(`${key}.${field} is not a canonical field (${CANONICAL_FIELDS.join(', ')})`);
      if (typeof col !== 'string') fail(`${key}.${field} must be a string`);
    }
  }
  if (o.number !== undefined) {
    const n = o.number as Record<string, unknown>;
    if (typeof n.countryCode !== 'string' || typeof n.national !== 'string') fail('number must be { "countryCode": column, "national": column }');
  }
  for (const key of ['timeZone', 'timeFormat', 'name', 'description'] as const) {
    if (o[key] !== undefined && typeof o[key] !== 'string') fail(`${key} must be a string`);
  }
  if (o.status !== undefined) {
    const s = o.status as Record<string, unknown>;
    const column = s.column ?? base?.status?.column;
    if (typeof column !== 'string' || typeof s.codes !== 'object' || s.codes === null) fail('status must be { "column": column, "codes": { CODE: { "outcome": …, "events": […] } } }');
    const meanings = Object.entries(s.codes as object);
    if (s.otherwise !== undefined) meanings.push(['otherwise', s.otherwise]);
    for (const [code, meaning] of meanings) checkMeaning(meaning, `status.codes.${code}`, fail);
  }
  const { extends: _, ...own } = o as Mapping & { extends?: string };
  return base === undefined ? own : extendMapping(base, own);
}

/**
 * A built-in mapping with a file's changes on top: keys replace the built-in ones, except
 * `columns`, `constants` and the status `codes`, which are merged entry by entry (the file's win).
 */
function extendMapping(base: Mapping, own: Mapping): Mapping {
  const out: Mapping = { ...base, ...own };
  if (base.columns || own.columns) out.columns = { ...base.columns, ...own.columns };
  if (base.constants || own.constants) out.constants = { ...base.constants, ...own.constants };
  if (own.status) {
    const status: NonNullable<Mapping['status']> = {
      column: own.status.column ?? base.status!.column,
      codes: { ...base.status?.codes, ...own.status.codes },
    };
    const otherwise = own.status.otherwise ?? base.status?.otherwise;
    if (otherwise !== undefined) status.otherwise = otherwise;
    out.status = status;
  }
  return out;
}

const OUTCOMES: readonly string[] = ['answered', 'no-answer', 'busy', 'voicemail', 'failed', 'abandoned'];
const IMPLIED: readonly string[] = ['refusal', 'objection', 'customer', 'consent-withdrawn'];

function checkMeaning(meaning: unknown, path: string, fail: (what: string) => never): void {
  if (typeof meaning !== 'object' || meaning === null) fail(`${path} must be an object`);
  const m = meaning as Record<string, unknown>;
  if (m.outcome !== undefined && !OUTCOMES.includes(m.outcome as string)) fail(`${path}.outcome must be one of ${OUTCOMES.join(', ')}`);
  if (m.events !== undefined && !(Array.isArray(m.events) && m.events.every((e) => IMPLIED.includes(e as string)))) {
    fail(`${path}.events must be an array of ${IMPLIED.join(', ')}`);
  }
}
