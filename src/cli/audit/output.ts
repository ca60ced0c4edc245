/**
 * The report's output stream: text is encoded into large buffers as it is written and flushed in
 * chunks, waiting when the destination is slow (back-pressure), so that a large report never
 * piles up in memory and no string is copied twice (a report of a million violations is ~1 GB of
 * JSON: joining strings before encoding them cost more than producing them).
 */
import { once } from 'node:events';

/** Bytes per buffer. */
const CHUNK = 1 << 20;

/** A buffered writer that respects the destination's backpressure. */
export class Output {
  private filled: Buffer[] = [];
  private chunk = Buffer.allocUnsafe(CHUNK);
  private used = 0;
  private size = 0;
  constructor(private readonly stream: NodeJS.WritableStream, private readonly owned: boolean) {}
  write(s: string): void {
    // A UTF-16 code unit takes at most 3 bytes in UTF-8.
    if (s.length * 3 > CHUNK - this.used) {
      this.seal();
      if (s.length * 3 > CHUNK) {
        const b = Buffer.from(s, 'utf8');
        this.filled.push(b);
        this.size += b.length;
        return;
      }
    }
    const n = this.chunk.write(s, this.used, 'utf8');
    this.used += n;
    this.size += n;
  }
  /** Flushes when enough is buffered; waits if the destination is slow. */
  async drain(): Promise<void> {
    if (this.size < 1 << 16) return;
    await this.flush();
  }
  async flush(): Promise<void> {
    this.seal();
    if (this.size === 0) return;
    let ok = true;
    for (const b of this.filled) ok = this.stream.write(b) && ok;
    this.filled = [];
    this.size = 0;
    if (!ok) await once(this.stream, 'drain');
  }
  async end(): Promise<void> {
    await this.flush();
    if (this.owned) await new Promise<void>((resolve, reject) => this.stream.end((err?: Error | null) => (err ? reject(err) : resolve())));
  }
  /** Moves the bytes written so far to the list to send; the next writes go to a fresh buffer. */
  private seal(): void {
    if (this.used === 0) return;
    this.filled.push(this.chunk.subarray(0, this.used));
    this.chunk = Buffer.allocUnsafe(CHUNK);
    this.used = 0;
  }
}
