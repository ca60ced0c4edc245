/**
 * The report's output stream: text is buffered and flushed in chunks, waiting when the
 * destination is slow (back-pressure), so that a large report never piles up in memory.
 */
import { once } from 'node:events';

/** A buffered writer that respects the destination's backpressure. */
export class Output {
  private parts: string[] = [];
  private size = 0;
  constructor(private readonly stream: NodeJS.WritableStream, private readonly owned: boolean) {}
  write(s: string): void {
    this.parts.push(s);
    this.size += s.length;
  }
  /** Flushes when enough is buffered; waits if the destination is slow. */
  async drain(): Promise<void> {
    if (this.size < 1 << 16) return;
    await this.flush();
  }
  async flush(): Promise<void> {
    if (this.size === 0) return;
    const ok = this.stream.write(this.parts.join(''));
    this.parts = [];
    this.size = 0;
    if (!ok) await once(this.stream, 'drain');
  }
  async end(): Promise<void> {
    await this.flush();
    if (this.owned) await new Promise<void>((resolve, reject) => this.stream.end((err?: Error | null) => (err ? reject(err) : resolve())));
  }
}
