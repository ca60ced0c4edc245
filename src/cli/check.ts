/**
 * `callgate check`: may this call be placed now? The decision, readable or as JSON.
 * Exit code 0 allow, 1 deny, 2 usage or input error (an `input.*` deny is the caller's mistake).
 */
import { evaluate, type Attempt } from '../index.js';
import * as args from './args.js';
import { readHistoryFile } from './history.js';
import { decisionText, isInputError } from './output.js';

/** The options `check` and `windows` share: who is called, by whom, and how to decide. */
export interface CallOptions {
  to?: string;
  advertiser?: string;
  channel?: string;
  callerId?: string;
  automated?: boolean;
  history?: string;
  json?: boolean;
  locale?: string;
  holidays?: string;
  timezone?: string;
}

export interface CheckOptions extends CallOptions {
  at?: string;
}

/** Builds the attempt the options describe (shared with `windows`). */
export function attemptFrom(opts: { to?: string; advertiser?: string; channel?: string; callerId?: string; automated?: boolean }, at: Date): Attempt {
  const attempt: Attempt = {
    to: args.required('--to', opts.to),
    at,
    channel: args.channel(opts.channel),
    advertiser: opts.advertiser ?? 'unspecified',
  };
  // Without --caller-id the number is withheld, as the engine reads an absent callerId (L.221-17).
  if (opts.callerId !== undefined) attempt.callerId = opts.callerId;
  if (opts.automated) attempt.automated = true;
  return attempt;
}

export async function check(opts: CheckOptions, write: (s: string) => void): Promise<number> {
  const locale = args.locale(opts.locale);
  const holidays = args.holidays(opts.holidays);
  const attempt = attemptFrom({ ...opts, advertiser: args.required('--advertiser', opts.advertiser) }, args.instant('--at', opts.at));
  const history = await readHistoryFile(opts.history, attempt.to, opts.timezone);
  const decision = evaluate(attempt, history, { locale, holidays });
  write(opts.json ? `${JSON.stringify(decision, null, 2)}\n` : decisionText(decision, attempt.to, locale));
  if (isInputError(decision)) return args.EXIT.usage;
  return decision.allowed ? args.EXIT.ok : args.EXIT.deny;
}
