import type { Mapping } from './shape.js';

/**
 * VICIdial's call log (`vicidial_log` table, and the "Export Calls Report" built on it):
 * `call_date` is the server's naive local time, the number is split into `phone_code` (country
 * calling code) and `phone_number` (national number without its leading 0), `status` is the
 * disposition, `campaign_id` stands for the advertiser (override with --advertiser when one
 * campaign is not one advertiser). Statuses are VICIdial's default system and campaign statuses.
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
    codes: {
      NA: { outcome: 'no-answer', note: 'No Answer AutoDial' },
      N: { outcome: 'no-answer', note: 'No Answer' },
      B: { outcome: 'busy', note: 'Busy' },
      AB: { outcome: 'busy', note: 'Busy Auto' },
      A: { outcome: 'voicemail', note: 'Answering Machine' },
      AA: { outcome: 'voicemail', note: 'Answering Machine Auto' },
      AL: { outcome: 'voicemail', note: 'Answering Machine Msg Played' },
      AM: { outcome: 'voicemail', note: 'Answering Machine Sent to Mesg' },
      DC: { outcome: 'failed', note: 'Disconnected Number' },
      ADC: { outcome: 'failed', note: 'Disconnected Number Auto' },
      AFAX: { outcome: 'failed', note: 'Fax Machine Auto' },
      ERI: { outcome: 'failed', note: 'Agent Error' },
      DROP: { outcome: 'answered', note: 'Agent Not Available: the consumer picked up, no agent took the call (an abandoned call still counts)' },
      PDROP: { outcome: 'answered', note: 'Outbound Pre-Routing Drop: picked up and dropped before routing (counts as an attempt)' },
      NI: { outcome: 'answered', events: ['refusal'], note: 'Not Interested: a refusal during the call (60-day cooldown)' },
      DEC: { outcome: 'answered', events: ['refusal'], note: 'Declined Sale: a refusal during the call (60-day cooldown)' },
      DNC: { outcome: 'answered', events: ['objection'], note: 'Do Not Call: the consumer objected to any further call' },
      SALE: { outcome: 'answered', events: ['customer'], note: 'Sale Made: the consumer became a customer' },
      CALLBK: { outcome: 'answered', note: 'Call Back' },
      XFER: { outcome: 'answered', note: 'Call Transferred' },
      NP: { outcome: 'answered', note: 'No Pitch No Price' },
    },
  },
};
