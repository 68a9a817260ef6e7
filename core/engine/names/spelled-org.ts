/**
 * An organisation whose name lists its fields with commas, closed by the acronym that spells it
 * (`Badan Meteorologi, Klimatologi, dan Geofisika (BMKG) memperkirakan`): the commas are inside
 * the name, so the subject is the whole organisation, not its last field word.
 */
import { ORG_HEAD_SET } from '../../lexicon/roles';
import type { Mention } from './mention';
import { isAcronym, isRunWord } from './name-run';
import { ACRONYM_SKIPS } from './name-split';
import type { Token } from '../text/text';
import { isBracketedCapitalised } from '../text/bracketed';
import { featureOn } from '../features';

/**
 * The organisation named before token `k + 1` when token `k` is a bracketed acronym whose letters
 * are the initials of the capitalised words before it, across commas and `dan`, the first of them
 * an organisation head, and a comma among them; otherwise null.
 */
export function spelledOrgBefore(toks: readonly Token[], k: number, text: string): Mention | null {
  const bracket = toks[k]?.text ?? '';
  if (!featureOn('names.model.spelledOrg') || !isBracketedCapitalised(bracket)) return null;
  const acronym = bracket.slice(1, -1);
  if (!isAcronym(acronym)) return null;
  let j = k - 1;
  let comma = false;
  for (let a = acronym.length - 1; a >= 0; a--, j--) {
    while (j >= 0 && (toks[j]!.text === ',' || ACRONYM_SKIPS.has(toks[j]!.lower))) {
      comma ||= toks[j]!.text === ',';
      j--;
    }
    if (j < 0 || !isRunWord(toks[j]!.text) || toks[j]!.text[0] !== acronym[a]) return null;
  }
  const start = j + 1;
  if (!comma || !ORG_HEAD_SET.has(toks[start]!.lower)) return null;
  const name = text.slice(toks[start]!.start, toks[k - 1]!.end);
  return {
    kind: 'named',
    refs: [{ name, role: null, kind: 'organization', alias: acronym }],
    text: text.slice(toks[start]!.start, toks[k]!.end),
  };
}
