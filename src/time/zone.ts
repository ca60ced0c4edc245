/**
 * IANA zones for luxon with a memo of UTC offsets. Luxon asks `Intl` for the offset of every
 * DateTime it builds (a `formatToParts` call, the main cost of an evaluation); offsets only change
 * at transitions, so each zone remembers the offset of every UTC hour it has seen that contains
 * no transition. The memo never changes an answer: an hour with a transition is always asked
 * afresh. It is bounded, and private to this module.
 */
import { IANAZone, Info, Zone } from 'luxon';

const HOUR = 3_600_000;
/** Hours remembered per zone before the memo starts over (≈ 1.1 years of distinct hours). */
const MAX_HOURS = 10_000;

class MemoZone extends Zone {
  readonly #inner: IANAZone;
  readonly #offsets = new Map<number, number>();

  constructor(inner: IANAZone) {
    super();
    this.#inner = inner;
  }
  override get type(): string { return 'iana'; }
  override get name(): string { return this.#inner.name; }
  override get isUniversal(): boolean { return false; }
  override get isValid(): boolean { return this.#inner.isValid; }
  override offsetName(ts: number, opts: { format?: 'short' | 'long'; locale?: string }): string | null {
    return this.#inner.offsetName(ts, opts);
  }
  override formatOffset(ts: number, format: 'narrow' | 'short' | 'techie'): string {
    return this.#inner.formatOffset(ts, format);
  }
  override equals(other: Zone): boolean {
    return other.type === 'iana' && other.name === this.name;
  }
  override offset(ts: number): number {
    const hour = Math.floor(ts / HOUR);
    const known = this.#offsets.get(hour);
    if (known !== undefined) return known;
    const start = this.#inner.offset(hour * HOUR);
    if (start !== this.#inner.offset(hour * HOUR + HOUR - 1)) return this.#inner.offset(ts); // a transition inside
    if (this.#offsets.size >= MAX_HOURS) this.#offsets.clear();
    this.#offsets.set(hour, start);
    return start;
  }
}

const zones = new Map<string, MemoZone | null>();

/** The zone of an IANA name, or null when the name is not a zone. */
export function zoneOf(name: string): Zone | null {
  let zone = zones.get(name);
  if (zone === undefined) {
    const inner = IANAZone.create(name);
    zone = inner.isValid ? new MemoZone(inner) : null;
    if (zones.size < 1000) zones.set(name, zone);
  }
  return zone;
}

const others = new Map<string, Zone>();

/**
 * The zone of a name a rule writes itself (an IANA name, or a fixed offset such as `'UTC-6'`), as
 * luxon reads it. Throws on a name luxon does not know: rule data, never host input.
 */
export function fixedOrIanaZone(name: string): Zone {
  let zone = others.get(name) ?? zoneOf(name);
  if (!zone) {
    zone = Info.normalizeZone(name);
    if (!zone.isValid) throw new Error(`not a zone: ${name}`);
    if (others.size < 100) others.set(name, zone);
  }
  return zone;
}
