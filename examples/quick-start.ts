// Quick start: ask callgate whether a prospecting call may be placed, and when it next may.
// Run: npm run example
import { evaluate, type ContactEvent } from 'callgate';

const history: ContactEvent[] = [
  // Since 11 August 2026 a prospecting call needs the consumer's prior consent (C. consom. L.223-1).
  { type: 'consent', at: '2026-10-20T12:00:00+02:00', advertiser: 'acme', channels: ['voice'], proof: 'web-form-8841' },
  { type: 'attempt', at: '2026-11-02T10:15:00+01:00', advertiser: 'acme', channel: 'voice', outcome: 'no-answer' },
  { type: 'attempt', at: '2026-11-09T11:00:00+01:00', advertiser: 'acme', channel: 'voice', outcome: 'busy' },
  { type: 'attempt', at: '2026-11-16T16:30:00+01:00', advertiser: 'acme', channel: 'voice', outcome: 'voicemail' },
  { type: 'attempt', at: '2026-11-23T18:00:00+01:00', advertiser: 'acme', channel: 'voice', outcome: 'no-answer' },
];

// Tuesday 24 November 2026, 09:30 in Paris: too early, and acme already tried 4 times in 30 days.
const decision = evaluate(
  { to: '+33612345678', at: '2026-11-24T09:30:00+01:00', channel: 'voice', advertiser: 'acme', callerId: '+33162123456' },
  history,
);

console.log(`verdict: ${decision.verdict}`);
for (const reason of decision.reasons) {
  const where = reason.citations.map((c) => `${c.instrument} ${c.article ?? ''}`.trim()).join('; ');
  console.log(`- ${reason.code}: ${reason.message} [${where}]`);
}
console.log(`next allowed: ${decision.nextAllowedAt}`);
