import type { StatusMeaning } from './shape.js';

/**
 * VICIdial's default statuses (the `vicidial_statuses` rows its install script inserts,
 * extras/MySQL_AST_CREATE_tables.sql of astguiclient/VICIdial), each read as an outcome of an
 * outbound attempt or as "not an attempt". The names in `note` are VICIdial's own
 * (`status_name`); `human_answered` is VICIdial's flag, quoted where it decides the outcome.
 * docs/dialers-vicidial.md prints this table.
 *
 * - A consumer who picked up and found no agent (DROP, XDROP, PDROP…) is `abandoned`: an
 *   attempt like any other for the French cap, and the numerator of the US abandonment rate.
 * - Statuses of a lead that was not dialled (NEW, QUEUE, DNCL, DNCC, MLINAT, LSMERG) and of
 *   inbound calls (AFTHRS, TIMEOT, NANQUE, IQNANQ, MAXCAL, QVMAIL) are not outbound attempts:
 *   counted apart in the summary, never judged.
 */
export const VICIDIAL_STATUSES: Readonly<Record<string, StatusMeaning>> = {
  // Not dialled: lead states that can reach a lead or log export.
  NEW: { notAnAttempt: true, note: 'New Lead: never dialled' },
  QUEUE: { notAnAttempt: true, note: 'Lead To Be Called: in the hopper, not dialled yet' },
  DNCL: { notAnAttempt: true, note: 'DO NOT CALL Hopper Sys Match: the hopper kept it from being dialled' },
  DNCC: { notAnAttempt: true, note: 'DO NOT CALL Hopper Camp Match: the hopper kept it from being dialled' },
  MLINAT: { notAnAttempt: true, note: 'Multi-Lead auto-alt set inactv: a lead set inactive, no call' },
  LSMERG: { notAnAttempt: true, note: 'Agent lead search old lead mrg: a lead merged, no call' },
  // Inbound calls (vicidial_closer_log statuses): the consumer called, no outbound attempt.
  AFTHRS: { notAnAttempt: true, note: 'Inbound After Hours Drop: an inbound call' },
  TIMEOT: { notAnAttempt: true, note: 'Inbound Queue Timeout Drop: an inbound call' },
  NANQUE: { notAnAttempt: true, note: 'Inbound No Agent No Queue Drop: an inbound call' },
  IQNANQ: { notAnAttempt: true, note: 'InQueue No-Agent-No-Queue drop: an inbound call' },
  MAXCAL: { notAnAttempt: true, note: 'Inbound Max Calls Drop: an inbound call' },
  QVMAIL: { notAnAttempt: true, note: 'Queue Abandon Voicemail Left: an inbound caller left a voicemail' },
  // Dialled, nobody picked up.
  INCALL: { note: 'Lead Being Called: dialled, no disposition yet (an attempt of unknown outcome)' },
  NA: { outcome: 'no-answer', note: 'No Answer AutoDial' },
  N: { outcome: 'no-answer', note: 'No Answer' },
  B: { outcome: 'busy', note: 'Busy' },
  AB: { outcome: 'busy', note: 'Busy Auto' },
  DC: { outcome: 'failed', note: 'Disconnected Number' },
  ADC: { outcome: 'failed', note: 'Disconnected Number Auto' },
  ADCT: { outcome: 'failed', note: 'Disconnected Number Temporary' },
  AFAX: { outcome: 'failed', note: 'Fax Machine Auto' },
  ERI: { outcome: 'failed', note: 'Agent Error' },
  LRERR: { outcome: 'failed', note: 'Outbound Local Channel Res Err' },
  // Answering machines.
  A: { outcome: 'voicemail', note: 'Answering Machine' },
  AA: { outcome: 'voicemail', note: 'Answering Machine Auto' },
  AM: { outcome: 'voicemail', note: 'Answering Machine SentToMesg' },
  AL: { outcome: 'voicemail', note: 'Answering Machine Msg Played' },
  SVYVM: { outcome: 'voicemail', note: 'Survey sent to Voicemail' },
  // Picked up, no agent: abandoned (VICIdial: human_answered Y, no agent).
  DROP: { outcome: 'abandoned', note: 'Agent Not Available: picked up, no agent took the call (abandoned)' },
  XDROP: { outcome: 'abandoned', note: 'Agent Not Available IN: picked up, dropped in the in-group queue with no agent (abandoned)' },
  PDROP: { outcome: 'abandoned', note: 'Outbound Pre-Routing Drop: picked up, dropped before routing to an agent (abandoned)' },
  // Picked up (human_answered Y or a message played to a person).
  PU: { outcome: 'answered', note: 'Call Picked Up: answered, before any agent disposition' },
  PM: { outcome: 'answered', note: 'Played Message: answered, a recorded message played' },
  DAIR: { outcome: 'answered', note: 'Dead Air: answered, nobody spoke' },
  ADAIR: { outcome: 'answered', note: 'Dead Air Auto: answered, nobody spoke' },
  IVRXFR: { outcome: 'answered', note: 'Outbound drop to Call Menu: answered, sent to an IVR' },
  SVYEXT: { outcome: 'answered', note: 'Survey sent to Extension' },
  SVYHU: { outcome: 'answered', note: 'Survey Hungup' },
  SVYREC: { outcome: 'answered', note: 'Survey sent to Record' },
  SVYCLM: { outcome: 'answered', note: 'Survey sent to Call Menu' },
  RQXFER: { outcome: 'answered', note: 'Re-Queue' },
  // Agent dispositions (answered by a person).
  CALLBK: { outcome: 'answered', note: 'Call Back' },
  CBHOLD: { outcome: 'answered', note: 'Call Back Hold' },
  QCFAIL: { outcome: 'answered', note: 'QC_FAIL_CALLBK' },
  XFER: { outcome: 'answered', note: 'Call Transferred' },
  NP: { outcome: 'answered', note: 'No Pitch No Price' },
  NI: { outcome: 'answered', events: ['refusal'], note: 'Not Interested: a refusal during the call (60-day cooldown)' },
  DEC: { outcome: 'answered', events: ['refusal'], note: 'Declined Sale: a refusal during the call (60-day cooldown)' },
  DNC: { outcome: 'answered', events: ['objection'], note: 'DO NOT CALL: the consumer objected to any further call' },
  SALE: { outcome: 'answered', events: ['customer'], note: 'Sale Made: the consumer became a customer' },
};
