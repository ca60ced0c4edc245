/** A US history of valid events (arbitrary). */
import fc from 'fast-check';
import type { ContactEvent } from '../core/types.js';
import { usEvent } from './us-event.js';

/** A US history of valid events. */
export function usHistory(opts: { maxLength?: number; at?: fc.Arbitrary<string> } = {}): fc.Arbitrary<ContactEvent[]> {
  return fc.array(usEvent(opts.at ? { at: opts.at } : {}), { maxLength: opts.maxLength ?? 12 });
}
