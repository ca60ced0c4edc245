import type { Mapping } from './shape.js';
import { VICIDIAL_STATUSES } from './vicidial-statuses.js';

/**
 * VICIdial's call log (`vicidial_log` table, and the "Export Calls Report" built on it):
 * `call_date` is the server's naive local time, the number is split into `phone_code` (country
 * calling code) and `phone_number` (national number without its leading 0), `status` is the
 * disposition, `campaign_id` stands for the advertiser (override with --advertiser when one
 * campaign is not one advertiser). Statuses are VICIdial's default system and campaign statuses (vicidial-statuses.ts).
 */
export const vicidial: Mapping = {
  name: 'vicidial',
  naiveTimes: true, // call_date is the server's local time, without offset
  description: "VICIdial call log / Export Calls Report (call_date, phone_code, phone_number, status, campaign_id, user)",
  columns: { at: 'call_date', advertiser: 'campaign_id', callId: 'uniqueid' },
  // VICIdial campaigns dial automatically by default (dial method RATIO or ADAPT_*): the calls are
  // read as automated, so the Arcep numbering rule for automated systems applies. For MANUAL or
  // INBOUND_MAN campaigns, pass --no-automated.
  constants: { automated: 'true' },
  number: { countryCode: 'phone_code', national: 'phone_number' },
  status: {
    column: 'status',
    codes: VICIDIAL_STATUSES,
  },
};
