/**
 * English reported speech after a participle (en.republika.co.id): `Green group X criticised the
 * plan, saying too many trees were cut.`, `…, adding that the port would reopen.` The participle
 * continues the sentence's speaker (or the last one), as `dengan menambahkan bahwa …` does in
 * Indonesian (reported-shapes.ts withCue), so the mention is read like a `-nya`.
 */
import { EN_PARTICIPLE_CUES } from '../../lexicon/cues-en';
import { clauseOf, type RuleInput } from './reported-rule';
import { hit, type Hit } from './reported-clause';
import { NYA_MENTION } from '../names/mention';

const PARTICIPLES: ReadonlySet<string> = new Set(EN_PARTICIPLE_CUES);

/** `…, saying (that) …` at the participle token `i`, or null. */
export function englishParticiple(input: RuleInput, i: number): Hit | null {
  const { p, toks, s } = input;
  const t = toks[i]!;
  if (!PARTICIPLES.has(t.text) || toks[i - 1]?.text !== ',') return null;
  if (toks[i - 1]!.start < s.start) return null;
  // Only `saying` takes a bare clause; `adding`, `noting` … need `that` (`noting the delay` is an object).
  if (toks[i + 1]?.text !== 'that' && t.text !== 'saying') return null;
  const c = clauseOf(input, i + 1);
  return c ? hit(p, c, t, NYA_MENTION, toks[i - 1]!.start) : null;
}
