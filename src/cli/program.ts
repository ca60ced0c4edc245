/**
 * The `callgate` command line: three subcommands over the public API. Parsing is commander's;
 * every usage mistake exits with code 2 and a message naming the option.
 */
import { Command, CommanderError, Option } from 'commander';
import * as args from './args.js';
// The audit, plan and windows commands (csv-parse, cli-progress…) load when they run: `check` starts light.
import type { AuditOptions } from './audit/command.js';
import { BUILTIN_MAPPINGS } from './audit/mapping.js';
import { check } from './check.js';
import type { PlanCommandOptions } from './plan.js';
import type { windows } from './windows.js';

/** Set by the build (tsup `define`); absent when the sources run directly. */
declare const __CALLGATE_VERSION__: string | undefined;
const VERSION = typeof __CALLGATE_VERSION__ === 'string' ? __CALLGATE_VERSION__ : '0.0.0-dev';

const common = (cmd: Command) =>
  cmd
    .addOption(new Option('--locale <locale>', 'language of the messages').choices(['en', 'fr']).default('en'))
    .addOption(new Option('--holidays <mode>', 'conservative: regional holidays of the recipient count; national: only L.3133-1').choices(['conservative', 'national']).default('conservative'));

/** Builds the program; `write` receives stdout text (tests and the entry point pass their own). */
export function program(write: (s: string) => void, setExit: (code: number) => void): Command {
  const prog = new Command('callgate')
    .description('Telemarketing compliance: may this call be placed, when, and did past calls break the law?')
    .version(VERSION)
    .showHelpAfterError('(run with --help for usage)')
    .exitOverride();

  common(
    prog
      .command('check')
      .description("decide one call: verdict, reasons with their legal citations, next allowed time in the recipient's local time")
      .requiredOption('--to <number>', 'recipient number, E.164 (+33612345678) or French national (0612345678)')
      .requiredOption('--at <instant>', "ISO 8601 time with an offset (2026-11-24T09:30:00+01:00), or 'now'")
      .requiredOption('--advertiser <name>', 'the professional on whose behalf the call is made')
      .addOption(new Option('--channel <channel>', 'voice or sms').choices(['voice', 'sms']).default('voice'))
      .option('--caller-id <number>', 'the number (or SMS sender) presented to the recipient; without it the number is withheld')
      .option('--automated', 'the call is placed by an automated system (predictive dialer, robocall, SMS platform)')
      .option('--history <file>', "the consumer's events: JSON Lines, JSON array or CSV with canonical columns")
      .option('--timezone <zone>', 'IANA zone of naive timestamps in --history')
      .option('--json', 'print the decision as JSON'),
  ).action(async (opts: Parameters<typeof check>[0]) => setExit(await check(opts, write)));

  common(
    prog
      .command('windows')
      .description("the next allowed windows in the recipient's local time")
      .requiredOption('--to <number>', 'recipient number')
      .requiredOption('--from <instant>', "start of the horizon: ISO 8601 with an offset, or 'now'")
      .option('--days <n>', 'length of the horizon in days (1-92)', '14')
      .option('--advertiser <name>', 'the advertiser (caps and refusals are counted per advertiser)')
      .addOption(new Option('--channel <channel>', 'voice or sms').choices(['voice', 'sms']).default('voice'))
      .option('--caller-id <number>', 'the number (or SMS sender) presented to the recipient; without it the number is withheld')
      .option('--automated', 'the call is placed by an automated system (predictive dialer, robocall, SMS platform)')
      .option('--history <file>', "the consumer's events (JSON Lines, JSON array or CSV)")
      .option('--timezone <zone>', 'IANA zone of naive timestamps in --history')
      .option('--json', 'print the windows as JSON'),
  ).action(async (opts: Parameters<typeof windows>[0]) => setExit(await (await import('./windows.js')).windows(opts, write)));

  common(
    prog
      .command('plan')
      .description('the earliest lawful slot of every number of a contact list, within a horizon')
      .argument('<list>', "contact list: CSV with a 'to' column (advertiser, channel, callerId, automated, purpose, sector, contractId optional)")
      .requiredOption('--from <instant>', "earliest instant to plan from: ISO 8601 with an offset, or 'now'")
      .option('--horizon <duration>', "how far to look: ISO 8601 duration ('P14D') or days", 'P14D')
      .option('--events <file>', "the consumers' histories: CSV or JSON Lines with the audit's canonical columns")
      .option('--consents <file>', 'a consent register: number, advertiser, date, channels, proof (CSV or JSON Lines; docs/audit.md, Imports)')
      .option('--opposition <file>', "an opposition-list scrub result: the numbers returned as registered, with the scrub's date")
      .option('--submitted <file>', 'the numbers submitted to that scrub: those not returned were not listed on that date')
      .option('--advertiser <name>', 'the advertiser of every row (overrides any advertiser column)')
      .addOption(new Option('--channel <channel>', 'voice or sms, for rows that do not say').choices(['voice', 'sms']).default('voice'))
      .option('--caller-id <number>', 'the number presented, for rows that give none')
      .option('--automated', 'the calls are placed by an automated system')
      .option('--timezone <zone>', 'IANA zone of naive timestamps in --events')
      .addOption(new Option('--format <format>', 'output format').choices(['csv', 'json']).default('csv'))
      .option('--out <file>', 'write the plan to a file instead of stdout'),
  ).action(async (file: string, opts: Omit<PlanCommandOptions, 'locale' | 'holidays'> & { locale: string; holidays: string }) => {
    setExit(await (await import('./plan.js')).planCommand(file, { ...opts, locale: args.locale(opts.locale), holidays: args.holidays(opts.holidays) }, write));
  });

  common(
    prog
      .command('audit')
      .description('replay a call log in time order and report every call that broke the law, with a summary and the exposure ceiling')
      .argument('<log>', 'call log: CSV (, ; tab |, header line) or JSON Lines')
      .option('--events <file>', 'other history events (consents, objections, contracts…), CSV or JSON Lines with canonical columns')
      .option('--consents <file>', 'a consent register: number, advertiser, date, channels, proof (CSV or JSON Lines; docs/audit.md, Imports)')
      .option('--opposition <file>', "an opposition-list scrub result: the numbers returned as registered, with the scrub's date")
      .option('--submitted <file>', 'the numbers submitted to that scrub: those not returned were not listed on that date')
      .addOption(new Option('--format <format>', 'report format (html: one self-contained page with charts, in --locale)').choices(['text', 'json', 'csv', 'html']).default('text'))
      .option('--out <file>', 'write the report to a file instead of stdout')
      .option('--mapping <name|file.json>', `column mapping: ${Object.keys(BUILTIN_MAPPINGS).join(', ')}, or a JSON file (docs/audit.md)`)
      .option('--timezone <zone>', 'IANA zone of naive timestamps (e.g. Europe/Paris)')
      .option('--advertiser <name>', 'the advertiser of every row (overrides any advertiser column)')
      .option('--caller-id <number>', 'the number presented by calls whose row gives no callerId (without it, such calls are withheld)')
      .option('--automated', 'every call was placed by an automated system (predictive dialer, robocall): the Arcep caller-ID rule applies')
      .option('--no-automated', 'every call was dialled by an agent (overrides the mapping, e.g. VICIdial MANUAL campaigns)')
      .option('--delimiter <char>', "CSV delimiter (default: detected from the header line; 'tab' for tabs)")
      .option('--encoding <name>', 'text encoding of the log: utf-8 (default), windows-1252 or latin1 (--events files are UTF-8)', 'utf-8')
      .option('--reorder-rows <n>', 'rows held to put a nearly sorted log in time order', '10000')
      .option('--threads <n>', 'cores used: 1 (default), or 2 to read the log on a second core while the first judges (pays when reading is slow: Windows-1252, multi-line fields)')
      .option('--progress', 'show the progress bar on stderr whatever the size of the log (default: logs over 4 MB), unless the report goes to the same terminal')
      .option('--no-progress', 'never show the progress bar')
      .option('--exit-zero', 'exit 0 whenever the audit ran, violations or not (for demos; not for CI gates)'),
  ).action(async (file: string, opts: Omit<AuditOptions, 'locale' | 'holidays'> & { locale: string; holidays: string; exitZero?: boolean }) => {
    const code = await (await import('./audit/command.js')).audit(file, { ...opts, locale: args.locale(opts.locale), holidays: args.holidays(opts.holidays) });
    setExit(opts.exitZero ? args.EXIT.ok : code);
  });

  common(
    prog
      .command('serve')
      .description('the Gate as an HTTP service for dialers and CRMs (POST /v1/reserve before dialing; docs/dialers.md)')
      .option('--port <n>', 'TCP port (0: a free one, printed)', '8787')
      .option('--host <address>', 'address to listen on', '127.0.0.1')
      .option('--data-dir <dir>', 'embedded PostgreSQL (PGlite) in this directory: the default store (./callgate-data)')
      .option('--database <url>', 'a PostgreSQL server (postgres://…; env CALLGATE_DATABASE_URL): several services share one history')
      .option('--memory', 'an in-memory store (lost on exit; for tests and demos)')
      .option('--token <token>', 'require Authorization: Bearer <token> (env CALLGATE_TOKEN)')
      .option('--secret <secret>', 'key stored numbers with an HMAC of this secret (env CALLGATE_SECRET)')
      .option('--body-limit <bytes>', 'largest request body', '1048576')
      .option('--quiet', 'no request log on stderr'),
  ).action(async (opts: import('./serve/command.js').ServeOptions) => setExit(await (await import('./serve/command.js')).serve(opts, write)));

  for (const cmd of prog.commands) cmd.exitOverride().showHelpAfterError('(run with --help for usage)');
  return prog;
}

/** Runs the command line; resolves to the exit code. */
export async function main(argv: readonly string[], write: (s: string) => void = (s) => process.stdout.write(s)): Promise<number> {
  let code: number = args.EXIT.ok;
  try {
    await program(write, (c) => (code = c)).parseAsync([...argv], { from: 'user' });
    return code;
  } catch (e) {
    if (e instanceof CommanderError) {
      // Help and version are not errors; every other parse error is a usage error.
      return e.code === 'commander.helpDisplayed' || e.code === 'commander.version' || e.code === 'commander.help' ? args.EXIT.ok : args.EXIT.usage;
    }
    if (e instanceof args.UsageError) {
      process.stderr.write(`callgate: ${e.message}\n`);
      return args.EXIT.usage;
    }
    throw e;
  }
}
