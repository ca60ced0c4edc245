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
  columns: { at: 'call_date', advertiser: 'campaign_id', callId: 'uniqueid', duration: 'length_in_sec' },
  // VICIdial campaigns dial automatically by default (dial method RATIO or ADAPT_*): the calls are
  // read as automated, so the Arcep numbering rule for automated systems applies. For MANUAL or
  // INBOUND_MAN campaigns, pass --no-automated.
  constants: { automated: 'true' },
  number: { countryCode: 'phone_code', national: 'phone_number' },
  status: {
    column: 'status',
    // Every default system status of VICIdial (extras/MySQL_AST_CREATE_tables.sql, INSERT INTO
    // vicidial_statuses; read in a mirror of the project's source, revision of 2024-11-12), with
    // what it says about the call: docs/audit.md, "VICIdial statuses".
    codes: {
      // Never dialed, or not an outbound attempt of this dialer.
      NEW: { attempt: false, note: 'New Lead: never dialed' },
      QUEUE: { attempt: false, note: 'Lead To Be Called: in the hopper, not dialed' },
      INCALL: { outcome: 'answered', note: 'Lead Being Called: the call was in progress when exported (counted, outcome unknown, read as answered)' },
      DNCL: { attempt: false, note: 'DO NOT CALL Hopper Sys Match: stopped by the system DNC list before dialing' },
      DNCC: { attempt: false, note: 'DO NOT CALL Hopper Camp Match: stopped by the campaign DNC list before dialing' },
      MLINAT: { attempt: false, note: 'Multi-Lead auto-alt set inactive: no call' },
      LSMERG: { attempt: false, note: 'Agent lead search old lead merge: bookkeeping, no call' },
      XDROP: { attempt: false, note: 'Agent Not Available IN: an inbound call dropped (not an outbound attempt)' },
      AFTHRS: { attempt: false, note: 'Inbound After Hours Drop: inbound' },
      TIMEOT: { attempt: false, note: 'Inbound Queue Timeout Drop: inbound' },
      NANQUE: { attempt: false, note: 'Inbound No Agent No Queue Drop: inbound' },
      IQNANQ: { attempt: false, note: 'InQueue No-Agent-No-Queue drop: inbound' },
      MAXCAL: { attempt: false, note: 'Inbound Max Calls Drop: inbound' },
      QVMAIL: { attempt: false, note: 'Queue Abandon Voicemail Left: inbound' },
      // Not answered.
      NA: { outcome: 'no-answer', note: 'No Answer AutoDial' },
      N: { outcome: 'no-answer', note: 'No Answer' },
      B: { outcome: 'busy', note: 'Busy' },
      AB: { outcome: 'busy', note: 'Busy Auto' },
      DC: { outcome: 'failed', note: 'Disconnected Number' },
      ADC: { outcome: 'failed', note: 'Disconnected Number Auto' },
      ADCT: { outcome: 'failed', note: 'Disconnected Number Temporary' },
      AFAX: { outcome: 'failed', note: 'Fax Machine Auto' },
      ERI: { outcome: 'failed', note: 'Agent Error' },
      LRERR: { outcome: 'failed', note: 'Outbound Local Channel Res Err: the call did not go out' },
      // A machine answered.
      A: { outcome: 'voicemail', note: 'Answering Machine' },
      AA: { outcome: 'voicemail', note: 'Answering Machine Auto' },
      AL: { outcome: 'voicemail', note: 'Answering Machine Msg Played' },
      AM: { outcome: 'voicemail', note: 'Answering Machine SentToMesg' },
      // A person answered and no agent took the call: abandoned (47 CFR 64.1200(a)(7)).
      DROP: { outcome: 'answered', abandoned: true, note: 'Agent Not Available: picked up, no agent took the call (abandoned)' },
      PDROP: { outcome: 'answered', abandoned: true, note: 'Outbound Pre-Routing Drop: picked up and dropped before routing (abandoned)' },
      // A person answered.
      PU: { outcome: 'answered', note: 'Call Picked Up' },
      PM: { outcome: 'answered', note: 'Played Message (a recorded message played to the person)' },
      DAIR: { outcome: 'answered', note: 'Dead Air' },
      ADAIR: { outcome: 'answered', note: 'Dead Air Auto' },
      IVRXFR: { outcome: 'answered', note: 'Outbound drop to Call Menu' },
      SVYEXT: { outcome: 'answered', note: 'Survey sent to Extension' },
      SVYVM: { outcome: 'answered', note: 'Survey sent to Voicemail' },
      SVYHU: { outcome: 'answered', note: 'Survey Hungup' },
      SVYREC: { outcome: 'answered', note: 'Survey sent to Record' },
      SVYCLM: { outcome: 'answered', note: 'Survey sent to Call Menu' },
      RQXFER: { outcome: 'answered', note: 'Re-Queue' },
      NI: { outcome: 'answered', events: ['refusal'], note: 'Not Interested: a refusal during the call (60-day cooldown)' },
      DEC: { outcome: 'answered', events: ['refusal'], note: 'Declined Sale: a refusal during the call (60-day cooldown)' },
      DNC: { outcome: 'answered', events: ['objection'], note: 'DO NOT CALL: the consumer objected to any further call' },
      SALE: { outcome: 'answered', events: ['customer'], note: 'Sale Made: the consumer became a customer' },
      CALLBK: { outcome: 'answered', note: 'Call Back' },
      CBHOLD: { outcome: 'answered', note: 'Call Back Hold' },
      QCFAIL: { outcome: 'answered', note: 'QC_FAIL_CALLBK: a call back after a failed quality check' },
      XFER: { outcome: 'answered', note: 'Call Transferred' },
      NP: { outcome: 'answered', note: 'No Pitch No Price' },
    },
  },
};
