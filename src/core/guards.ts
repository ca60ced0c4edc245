/**
 * The small checks every reader of host data shares (the engine's input, events on their way to a
 * store, preferences, the advertiser's policy). Each one is total: it never throws, whatever the
 * value — a throwing getter, a revoked Proxy or an array with holes gives `false` or a problem,
 * never an exception and never a pass.
 */

/** A plain-looking object (not null, not an array). */
export type Obj = Record<string, unknown>;

/** An object that can hold fields: not null, an array or a Date (whose fields would all read as absent). */
export const isObj = (v: unknown): v is Obj => {
  try {
    return typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof Date);
  } catch {
    return false; // Array.isArray throws on a revoked Proxy
  }
};

/**
 * Text that can be stored and compared as it is: a non-blank string with no lone surrogate (a
 * database would store it as U+FFFD and it would never match again) and no NUL (PostgreSQL
 * refuses it in text and jsonb). See {@link canonicalText} for the form it is compared in.
 */
export const isText = (v: unknown): v is string => typeof v === 'string' && v.trim() !== '' && isStorable(v);

/** A string that a store gives back as it was (blank allowed): well-formed Unicode, no NUL. */
export const isStorable = (v: unknown): v is string => typeof v === 'string' && v.isWellFormed() && !v.includes('\u0000');

/** Why a string is not {@link isText} (or, with `blankOk`, not {@link isStorable}), for error messages. */
export function textProblem(v: unknown, blankOk = false): string | null {
  if (typeof v !== 'string') return null;
  if (!blankOk && v.trim() === '') return 'is blank';
  if (!v.isWellFormed()) return 'contains a lone UTF-16 surrogate (not well-formed Unicode)';
  if (v.includes('\u0000')) return 'contains a NUL character';
  return null;
}

/**
 * The one form in which names (advertisers, contract ids, list names…) are compared and stored:
 * Unicode NFC (so that `é` typed as one character or as `e` + accent is the same advertiser) with
 * any U+FEFF removed (a byte-order mark that an export left at the start of a field: invisible,
 * and dropped by some database drivers on the way back).
 */
export function canonicalText(v: string): string {
  // Text below U+0300 (ASCII, Latin-1, Latin Extended) is already NFC and holds no U+FEFF: the usual case, no copy.
  let plain = true;
  for (let i = 0; i < v.length; i++) {
    if (v.charCodeAt(i) >= 0x300) {
      plain = false;
      break;
    }
  }
  if (plain) return v;
  const s = v.includes('\ufeff') ? v.replace(/\ufeff/g, '') : v;
  return s.normalize('NFC');
}

export const oneOf = <T extends string>(v: unknown, set: readonly T[]): v is T =>
  typeof v === 'string' && (set as readonly string[]).includes(v);

/**
 * The elements of a non-empty array, as a fresh dense array, if every index holds a value that
 * passes `ok` — holes included (`Array.prototype.every` skips holes, so `[, 'voice']` would pass
 * it). Null when `v` is not such an array, or reading it throws.
 */
export function elements<T>(v: unknown, ok: (x: unknown) => x is T): T[] | null {
  try {
    if (!Array.isArray(v) || v.length === 0) return null;
    const out: T[] = [];
    for (let i = 0; i < v.length; i++) {
      if (!(i in v)) return null;
      const x: unknown = v[i];
      if (!ok(x)) return null;
      out.push(x);
    }
    return out;
  } catch {
    return null;
  }
}

/**
 * Reads the listed own properties of a host object once, into a plain object, so that a getter
 * runs at most once (it cannot answer one thing to the check and another to the rule) and a
 * throwing one is reported against its field. Properties not listed are never read.
 */
export function snapshot(v: Obj, keys: readonly string[], path: string): { value: Obj } | { field: string; problem: string } {
  return plainSnapshot(v, keys, path) ?? readEveryKey(v, keys, path);
}

/**
 * The fast path of {@link snapshot} for plain objects (prototype `Object.prototype`, the JSON a host
 * passes): only the listed keys the object owns are read (one `getOwnPropertyNames`, instead of a
 * lookup of every listed name), in the order of `keys`, so that a throwing getter is reported
 * against the same field. Null for anything else (a class instance, a null prototype, a Proxy
 * whose traps throw), which takes the general path.
 */
function plainSnapshot(v: Obj, keys: readonly string[], path: string): { value: Obj } | { field: string; problem: string } | null {
  let names: string[];
  try {
    if (Object.getPrototypeOf(v) !== Object.prototype) return null;
    names = Object.getOwnPropertyNames(v);
  } catch {
    return null;
  }
  if (keys.length > 31) return null;
  const index = indexOf(keys);
  let present = 0; // a bit per listed key the object owns, so that they are read in the order of `keys`
  for (let n = 0; n < names.length; n++) {
    const i = index.get(names[n]!);
    if (i !== undefined) present |= 1 << i;
  }
  const out: Obj = {};
  for (let i = 0; present !== 0; i++, present >>>= 1) {
    if ((present & 1) === 0) continue;
    const problem = copyKey(v, keys[i]!, out, path);
    if (problem) return problem;
  }
  return { value: out };
}

const indexes = new WeakMap<readonly string[], ReadonlyMap<string, number>>();

/** Position of each key of a key list (a memo per list: the lists are module constants). */
function indexOf(keys: readonly string[]): ReadonlyMap<string, number> {
  let index = indexes.get(keys);
  if (!index) indexes.set(keys, (index = new Map(keys.map((k, i) => [k, i]))));
  return index;
}

function readEveryKey(v: Obj, keys: readonly string[], path: string): { value: Obj } | { field: string; problem: string } {
  const out: Obj = {};
  for (const key of keys) {
    const problem = copyKey(v, key, out, path);
    if (problem) return problem;
  }
  return { value: out };
}

/** Copies one key (read once; undefined left out), or names the key whose getter threw. */
function copyKey(v: Obj, key: string, out: Obj, path: string): { field: string; problem: string } | undefined {
  try {
    const x = v[key];
    if (x !== undefined) out[key] = x;
    return undefined;
  } catch (err) {
    return { field: `${path}.${key}`, problem: `could not be read (${errorText(err)})` };
  }
}

/** An exception's message, short, for a problem text (never a stack). */
export function errorText(err: unknown): string {
  try {
    const m = err instanceof Error ? err.message : String(err);
    return m.length > 80 ? `${m.slice(0, 77)}...` : m;
  } catch {
    return 'unreadable error';
  }
}

/**
 * A plain copy of a host's attempt with its instant replaced (the Gate's clock, the planner's
 * slot). When copying throws (a getter, a revoked Proxy), the object is returned as it is: the
 * engine's reader then reports the field at fault instead of this copy throwing.
 */
export function withInstant<T>(attempt: T, at: unknown): T {
  try {
    return isObj(attempt) ? ({ ...attempt, at } as T) : attempt;
  } catch {
    return attempt;
  }
}
