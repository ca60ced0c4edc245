/**
 * A rule's dates in force, read off the texts it applies: the days when every one of them is in
 * force (the latest start, the earliest end), within the bounds of its era when the scheme it
 * belongs to starts or ends on its own date (Bloctel opened on 2016-06-01, months after its
 * decree). One place for each date: a citation's, or the era's named constant.
 */
import type { Citation } from '../../core/vocabulary.js';
import type { Rule } from '../../core/rule.js';

export function inForceOf(citations: readonly Citation[], era: { from?: string; until?: string } = {}): Rule['inForce'] {
  const froms = citations.map((c) => c.inForce.from);
  const untils = citations.flatMap((c) => (c.inForce.until === undefined ? [] : [c.inForce.until]));
  if (era.from !== undefined) froms.push(era.from);
  if (era.until !== undefined) untils.push(era.until);
  if (froms.length === 0) throw new TypeError('inForceOf: no citation and no era start');
  const from = froms.reduce((a, b) => (a > b ? a : b));
  if (untils.length === 0) return { from };
  const until = untils.reduce((a, b) => (a < b ? a : b));
  if (until < from) throw new TypeError(`inForceOf: the texts are never in force together (${from} → ${until})`);
  return { from, until };
}
