/**
 * The in-memory history store: the Gate's default, for one process (tests, a single dialer, a
 * demo). Histories live as long as the object; nothing is persisted.
 */
import { isTransient, retained } from './events.js';
import type { HistoryStore, HistoryTransaction, StoredEvent } from './types.js';

/** A {@link HistoryStore} in process memory, with a mutex per recipient key. */
export function memoryStore(): HistoryStore {
  const histories = new Map<string, StoredEvent[]>();
  // The tail of each key's queue of transactions; a transaction starts when the previous one ends.
  const queues = new Map<string, Promise<void>>();

  const select = (events: readonly StoredEvent[], since: Date): StoredEvent[] =>
    events.filter((e) => !isTransient(e.event.type) || e.at.getTime() >= since.getTime()).map(copy);

  return {
    async load(key, since) {
      return select(histories.get(key) ?? [], since);
    },

    async transaction(key, fn) {
      const previous = queues.get(key) ?? Promise.resolve();
      let done!: () => void;
      const tail = previous.then(() => new Promise<void>((resolve) => (done = resolve)));
      queues.set(key, tail);
      await previous;
      try {
        const pending: StoredEvent[] = [];
        const tx: HistoryTransaction = {
          load: async (since) => select([...(histories.get(key) ?? []), ...pending], since),
          append: async (events) => {
            pending.push(...events.map(copy));
          },
        };
        const result = await fn(tx);
        if (pending.length > 0) histories.set(key, [...(histories.get(key) ?? []), ...pending]);
        return result;
      } finally {
        done();
        if (queues.get(key) === tail) queues.delete(key);
      }
    },

    async prune(before) {
      let deleted = 0;
      for (const [key, events] of histories) {
        const kept = retained(events, before.getTime(), (e) => ({ ms: e.at.getTime(), event: e.event }));
        deleted += events.length - kept.length;
        if (kept.length === 0) histories.delete(key);
        else if (kept !== events) histories.set(key, [...kept]);
      }
      return deleted;
    },
  };
}

/** Stored events are copied in and out, so that no caller can change a history behind the lock. */
function copy(e: StoredEvent): StoredEvent {
  return { at: new Date(e.at.getTime()), event: structuredClone(e.event) };
}
