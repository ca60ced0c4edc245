/**
 * The options rules read (`ctx.options`), validated once per call. A bad value is a programming
 * error of the host, so it throws a `TypeError` naming the option (docs/contract.md §1).
 */
import { Duration } from 'luxon';
import type { RuleOptions } from './rule.js';
import type { EvaluateOptions } from './types.js';

/** The default age past which a consent draws an advisory: one year (no legal maximum is known). */
export const DEFAULT_CONSENT_AGE_ADVISORY = 'P1Y';

let defaults: RuleOptions | undefined;

/** Validates and resolves the rule options of `evaluate`'s options, defaults applied. */
export function resolveRuleOptions(options: Pick<EvaluateOptions, 'consentMaxAge' | 'consentAgeAdvisory' | 'pressExemption' | 'telephonicMeans'>): RuleOptions {
  // The common case (no rule option given) resolves once: parsing durations on every call is wasted work.
  if (options.consentMaxAge === undefined && options.consentAgeAdvisory === undefined && options.pressExemption === undefined && options.telephonicMeans === undefined) {
    return (defaults ??= resolve({}));
  }
  return resolve(options);
}

function resolve(options: Pick<EvaluateOptions, 'consentMaxAge' | 'consentAgeAdvisory' | 'pressExemption' | 'telephonicMeans'>): RuleOptions {
  const pressExemption = options.pressExemption ?? 'exempt';
  if (pressExemption !== 'exempt' && pressExemption !== 'consent') {
    throw new TypeError(`options.pressExemption must be 'exempt' or 'consent', got ${String(pressExemption)}`);
  }
  const telephonicMeans = options.telephonicMeans ?? 'voice';
  if (telephonicMeans !== 'voice' && telephonicMeans !== 'voice-and-sms') {
    throw new TypeError(`options.telephonicMeans must be 'voice' or 'voice-and-sms', got ${String(telephonicMeans)}`);
  }
  const out: RuleOptions = { pressExemption, telephonicMeans };
  if (options.consentMaxAge !== undefined) out.consentMaxAge = readAge(options.consentMaxAge, 'consentMaxAge');
  const advisory = options.consentAgeAdvisory ?? DEFAULT_CONSENT_AGE_ADVISORY;
  if (advisory !== false) out.consentAgeAdvisory = readAge(advisory, 'consentAgeAdvisory');
  return out;
}

/** An age: an ISO 8601 duration (`'P1Y'`, `'P90D'`) or a positive whole number of days. */
function readAge(value: unknown, name: string): Duration {
  if (typeof value === 'number' && Number.isInteger(value) && value > 0) return Duration.fromObject({ days: value });
  if (typeof value === 'string') {
    const d = Duration.fromISO(value);
    if (d.isValid && d.toMillis() > 0) return d;
  }
  throw new TypeError(`options.${name} must be an ISO 8601 duration such as 'P1Y' or 'P90D', or a positive number of days; got ${String(value)}`);
}
