/** A French history of valid events (arbitrary). */
import fc from 'fast-check';
import type { ContactEvent } from '../core/types.js';
import { event } from './event.js';

/** A history of valid events. */
export function history(opts: { maxLength?: number; at?: fc.Arbitrary<string> } = {}): fc.Arbitrary<ContactEvent[]> {
  return fc.array(event(opts.at ? { at: opts.at } : {}), { maxLength: opts.maxLength ?? 12 });
}
