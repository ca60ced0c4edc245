// The Gate on an embedded PostgreSQL (PGlite, file-backed, no server): reserve five calls to one
// number; the fifth is refused by the 4-calls-in-30-days cap (C. consom. D.223-9 al. 3).
// Run: npm run example:gate   (needs `npm i @electric-sql/pglite`)
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { createGate } from 'callgate';
import { postgresStore } from 'callgate/postgres';

const dir = await mkdtemp(join(tmpdir(), 'callgate-example-'));
const db = await PGlite.create(join(dir, 'data'));
try {
  const gate = createGate({ store: await postgresStore(db) });
  const to = '+33612345678';
  // The consumer's prior consent: required for prospecting calls from 11 August 2026.
  await gate.record(to, { type: 'consent', at: '2026-09-01T09:00:00Z', advertiser: 'acme', channels: ['voice'], proof: 'web form #42' });

  // Five weekday mornings in a row, 10:30 in Paris.
  for (const day of ['2026-11-23', '2026-11-24', '2026-11-25', '2026-11-26', '2026-11-27']) {
    // The presented number: a verified multi-purpose number (Arcep numbering plan).
    const decision = await gate.reserve({ to, at: `${day}T10:30:00+01:00`, channel: 'voice', advertiser: 'acme', callerId: '+33162123456' });
    const why = decision.reasons.map((r) => `${r.code}: ${r.message}`).join(' ');
    console.log(`${day} ${decision.verdict}${why ? ` (${why}) next allowed: ${decision.nextAllowedAt}` : ''}`);
  }
} finally {
  await db.close();
  await rm(dir, { recursive: true, force: true });
}
