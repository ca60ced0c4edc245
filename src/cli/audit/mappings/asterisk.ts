import type { Mapping } from './shape.js';

/**
 * Asterisk's CSV call detail records (`cdr_csv`, `Master.csv`): no header line; `dst` is the
 * dialled number, `start` the server's naive local time, `disposition` the outcome, and
 * `accountcode` the account the call is billed to, read as the advertiser (pass --advertiser when
 * the whole file is one advertiser's). `src` is not read as the presented number: on outbound
 * calls it is often an internal extension.
 */
export const asterisk: Mapping = {
  name: 'asterisk',
  naiveTimes: true, // start is the server's local time, without offset
  description: 'Asterisk cdr_csv Master.csv (headerless: accountcode, src, dst, …, start, answer, end, duration, billsec, disposition, …)',
  header: false,
  fields: [
    'accountcode', 'src', 'dst', 'dcontext', 'clid', 'channel', 'dstchannel', 'lastapp', 'lastdata',
    'start', 'answer', 'end', 'duration', 'billsec', 'disposition', 'amaflags', 'uniqueid', 'userfield',
  ],
  // Asterisk's `end` (hang-up time) and `channel` (e.g. SIP/trunk-01) are not the canonical fields of
  // the same names: an empty column name means "not read" (channel defaults to voice).
  columns: { to: 'dst', at: 'start', advertiser: 'accountcode', channel: '', end: '', callId: 'uniqueid' },
  status: {
    column: 'disposition',
    codes: {
      ANSWERED: { outcome: 'answered' },
      'NO ANSWER': { outcome: 'no-answer' },
      BUSY: { outcome: 'busy' },
      FAILED: { outcome: 'failed' },
      CONGESTION: { outcome: 'failed' },
    },
  },
};
