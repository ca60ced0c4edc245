// The CSV fast path (src/cli/audit/csv-lines.ts) must give exactly what csv-parse gives with the
// audit's options: the same rows, on the same lines, the same problems, whatever the file. Random
// files mix what exports hold (quoted fields, doubled quotes, delimiters and line breaks inside
// quotes, empty fields and lines, CRLF, a BOM, accents) with what only the full parser reads (a
// quote inside a bare field, text after a closing quote, a lone CR, a line-break style that
// changes, an unterminated quote).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fc, test } from '@fast-check/vitest';
import { afterAll, expect } from 'vitest';
import { openCsv, type SourceItem } from '../../src/cli/audit/source.js';
import { splitLine } from '../../src/cli/audit/csv-lines.js';

const dir = mkdtempSync(join(tmpdir(), 'callgate-csv-lines-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function read(path: string, header: boolean, fast: boolean, delimiter: string): Promise<{ names: readonly string[]; items: Array<SourceItem<readonly string[]>> }> {
  const source = await openCsv(path, { header, delimiter, fast, maxRecordBytes: 4096, ...(header ? {} : { fields: ['a', 'b', 'c'] }) });
  const items: Array<SourceItem<readonly string[]>> = [];
  for await (const item of source.rows) items.push(item);
  return { names: source.names, items };
}

const plain = fc.stringMatching(/^[a-z0-9 +:.\-éü]{0,8}$/);
// Quoted fields: with delimiters and doubled quotes; in "any" files, line breaks too.
const quoted = (d: string, breaks: boolean) =>
  fc.stringMatching(breaks ? /^[a-z0-9 ,;\t\n"é]{0,8}$/ : /^[a-z0-9 ,;\t"é]{0,8}$/).map((s) => `"${s.replace(/"/g, '""').replace(/[,;\t]/g, d)}"`);
const odd = fc.constantFrom('a"b', '"x"y', 'r\rs', '"unterminated', '');
const field = (d: string, clean: boolean) =>
  clean ? fc.oneof({ weight: 2, arbitrary: plain }, { weight: 1, arbitrary: quoted(d, false) }) : fc.oneof({ weight: 6, arbitrary: plain }, { weight: 3, arbitrary: quoted(d, true) }, { weight: 1, arbitrary: odd });
const file = fc.tuple(fc.constantFrom(',', ';', '\t'), fc.boolean()).chain(([d, clean]) =>
  fc.record({
    d: fc.constant(d),
    clean: fc.constant(clean),
    lines: fc.array(fc.oneof({ weight: 9, arbitrary: fc.array(field(d, clean), { minLength: 1, maxLength: 4 }).map((fs) => fs.join(d)) }, { weight: 1, arbitrary: fc.constant('') }), { minLength: 1, maxLength: 12 }),
    eol: clean ? fc.constantFrom('\n', '\r\n') : fc.constantFrom('\n', '\r\n', '\n', 'mixed'),
    bom: fc.boolean(),
    last: fc.boolean(),
    header: fc.boolean(),
  }),
);

let fastOnly = 0;
let runs = 0;
test.prop([file], { numRuns: 300 })('reads every file as csv-parse does: same header, rows, lines and problems', async ({ d, clean, lines, eol, bom, last, header }) => {
  const text = lines.map((l, i) => l + (i === lines.length - 1 && !last ? '' : eol === 'mixed' ? (i % 3 === 1 ? '\r\n' : '\n') : eol)).join('');
  const path = join(dir, `f${runs++}.csv`);
  writeFileSync(path, (bom ? '\ufeff' : '') + text);
  const fast = await read(path, header, true, d);
  const reference = await read(path, header, false, d);
  expect(fast).toEqual(reference);
  if (clean) fastOnly++;
  // A clean file is one the fast path reads alone: every line splits.
  if (clean) for (const l of lines) expect(l === '' || splitLine(l, d) !== undefined).toBe(true);
});

test('most random files were read by the fast path alone (the property above compared it, not only the fallback)', () => {
  expect(fastOnly).toBeGreaterThan(100);
});
