// A host calendar: the built-in public holidays plus the company's own closing days, during
// which its call centre must not prospect. Run: npm run example:calendar
import { defaultCalendar, evaluate, type Calendar } from 'callgate';

const builtin = defaultCalendar();
const companyDays = new Map([['2026-12-24', 'Company closing day'], ['2026-12-31', 'Company closing day']]);

const calendar: Calendar = {
  holiday(localDate, country, region) {
    const name = companyDays.get(localDate);
    return name ? { name } : builtin.holiday(localDate, country, region);
  },
};

const history = [{ type: 'consent' as const, at: '2026-12-01T12:00:00+01:00', advertiser: 'acme' }];
for (const at of ['2026-12-23T11:00:00+01:00', '2026-12-24T11:00:00+01:00', '2026-12-25T11:00:00+01:00']) {
  const d = evaluate({ to: '+33612345678', at, channel: 'voice', advertiser: 'acme', callerId: '+33162123456' }, history, { calendar });
  console.log(`${at.slice(0, 10)} ${d.verdict}${d.reasons.length ? ` — ${d.reasons.map((r) => r.message).join(' ')} next: ${d.nextAllowedAt}` : ''}`);
}
