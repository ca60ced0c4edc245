/**
 * The fast path of reading a CSV log: a dialer's export is one record per line, its fields quoted
 * or not, with no quote inside a bare field and no line break inside a quoted one. Such lines are
 * split here, several times faster than by the full parser; the first line that is anything else
 * (a quoted field running over lines, a quote inside a bare field, text after a closing quote, a
 * carriage return inside a line, a very long line) gives `undefined`, and the caller hands the rest
 * of the file to csv-parse from that line (./source.ts). Same fields as csv-parse with the audit's
 * options (`csvOptions`): a property test compares the two on random files (test/cli/csv-lines).
 */

const QUOTE = 34;

/** The fields of one line (without its line break), or undefined when the line needs the full parser. */
export function splitLine(line: string, delimiter: string): string[] | undefined {
  if (!line.includes('"')) return line.includes('\r') ? undefined : line.split(delimiter);
  const out: string[] = [];
  const n = line.length;
  let i = 0;
  for (;;) {
    if (line.charCodeAt(i) === QUOTE) {
      // A quoted field: up to the quote that is not doubled; "" inside stands for one quote.
      let value = '';
      let from = i + 1;
      for (;;) {
        const q = line.indexOf('"', from);
        if (q < 0) return undefined; // the field goes on on the next line
        if (line.charCodeAt(q + 1) === QUOTE) {
          value += line.slice(from, q + 1);
          from = q + 2;
          continue;
        }
        value += line.slice(from, q);
        i = q + 1;
        break;
      }
      out.push(value);
      if (i === n) return out;
      if (line[i] !== delimiter) return undefined; // text after the closing quote
      i++;
    } else {
      const next = line.indexOf(delimiter, i);
      const field = line.slice(i, next < 0 ? n : next);
      if (field.includes('"') || field.includes('\r')) return undefined;
      out.push(field);
      if (next < 0) return out;
      i = next + 1;
    }
    if (i === n) {
      out.push(''); // a delimiter at the end of the line: one more, empty field
      return out;
    }
  }
}
