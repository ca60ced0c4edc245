// Reading a call log: a record over the parser's maximum size (an unterminated quote) is one
// problem, the counts stay right, and the rows after it are still read (issue 18 item 12).
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openCsv, type SourceItem } from '../../src/cli/audit/source.js';

async function readAll(path: string, maxRecordBytes: number): Promise<Array<SourceItem<readonly string[]>>> {
  const source = await openCsv(path, { header: true, maxRecordBytes });
  const items: Array<SourceItem<readonly string[]>> = [];
  for await (const item of source.rows) items.push(item);
  return items;
}

const dir = mkdtempSync(join(tmpdir(), 'callgate-source-'));
const row = (i: number) => `+336123456${String(i).padStart(2, '0')},2026-11-24T10:${String(i).padStart(2, '0')}:00+01:00,acme,voice`;

describe('a record over the maximum size', () => {
  it('is reported once, at its line, and reading goes on with the next line', async () => {
    const path = join(dir, 'overflow.csv');
    writeFileSync(path, ['to,at,advertiser,channel', row(1), `+33612345699,2026-11-24T10:30:00+01:00,"acme${'x'.repeat(5000)},voice`, row(2), row(3), row(4)].join('\n') + '\n');
    const items = await readAll(path, 1024);
    const problems = items.filter((i) => 'problem' in i);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ problem: { line: 3, field: '(row)', problem: expect.stringMatching(/Max Record Size/) } });
    const rows = items.flatMap((i) => ('row' in i ? [i] : []));
    expect(rows.map((r) => r.row[0])).toEqual(['+33612345601', '+33612345602', '+33612345603', '+33612345604']);
    expect(rows.map((r) => r.line)).toEqual([2, 4, 5, 6]);
  });

  it('an unterminated quote that runs over several lines is one problem; the lines after where reading gave up are read', async () => {
    const path = join(dir, 'multiline.csv');
    const blob = Array.from({ length: 40 }, () => 'y'.repeat(60)).join('\n');
    writeFileSync(path, ['to,at,advertiser,channel', row(1), `+33612345698,2026-11-24T10:30:00+01:00,"${blob}`, row(5), row(6)].join('\n') + '\n');
    const items = await readAll(path, 1024);
    expect(items.filter((i) => 'problem' in i)).toHaveLength(1);
    const rows = items.flatMap((i) => ('row' in i ? [i] : []));
    expect(rows[0]!.row[0]).toBe('+33612345601');
    // The rows after the broken record are read again once the parser gave up inside it.
    expect(rows.map((r) => r.row[0])).toContain('+33612345606');
  });
});
