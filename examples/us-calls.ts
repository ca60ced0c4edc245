// US calls: a Florida number, a New York resident, a registry scrub and a written consent.
// Run: node --import tsx examples/us-calls.ts
import { evaluate, type ContactEvent } from 'callgate';

const history: ContactEvent[] = [
  // The number was scrubbed against the National Do-Not-Call Registry and the Florida list.
  { type: 'opposition-check', at: '2026-11-20T12:00:00Z', list: 'us-national-dnc', listed: false },
  { type: 'opposition-check', at: '2026-11-20T12:00:00Z', list: 'us-fl-dnc', listed: false },
  // Signed web form: prior express written consent for automated calls and texts.
  { type: 'consent', at: '2026-11-01T15:00:00Z', advertiser: 'acme', written: true, proof: 'form-2026-11-01-7731' },
];

// Tuesday 24 November 2026, 20:15 in Miami: Florida closes at 8 p.m.; the holder lives in New York.
const decision = evaluate(
  { to: '+13055550143', at: '2026-11-24T20:15:00-05:00', channel: 'sms', automated: true, advertiser: 'acme', recipient: { region: 'US-NY' } },
  history,
);

console.log(`verdict: ${decision.verdict} (jurisdiction ${decision.jurisdiction}, regions ${decision.recipient?.regions?.join(' + ')})`);
for (const reason of decision.reasons) {
  const where = reason.citations.filter((c) => c.role !== 'sanction').map((c) => `${c.instrument} ${c.article ?? ''}`.trim()).join('; ');
  console.log(`- ${reason.code}: ${reason.message} [${where}]`);
}
for (const e of decision.exemptions) console.log(`  (exemption ${e.code})`);
console.log(`next allowed: ${decision.nextAllowedAt}`);
