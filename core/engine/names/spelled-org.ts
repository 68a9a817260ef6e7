/**
 * An organisation whose name lists its fields with commas or `dan`, closed by the acronym that
 * spells it (`Badan Meteorologi, Klimatologi, dan Geofisika (BMKG) memperkirakan`): the joins are
 * inside the name, so the subject is the whole organisation, not its last field word. The walk over the
 * initials is name-split.ts's (acronymStart), which reads a run's closing acronym the same way.
 */
import type { Mention } from './mention';
import { isAcronym, isRunWord } from './name-run';
import { acronymStart, joinsFields } from './name-split';
import type { Token } from '../text/text';
import { isBracketedCapitalised } from '../text/bracketed';
import { featureOn } from '../features';

/**
 * The organisation named before token `k + 1` when token `k` is a bracketed acronym that spells
 * the capitalised words before it with a comma or `dan` among them (`Badan Meteorologi,
 * Klimatologi, dan Geofisika (BMKG) memperkirakan`, `Pusat Kajian dan Mitigasi Bencana (PKMB)
 * menyatakan`): the joins are inside the name. Otherwise null.
 */
export function spelledOrgBefore(toks: readonly Token[], k: number, text: string): Mention | null {
  return isBracketedCapitalised(toks[k]?.text ?? '') ? spelledOrgAt(toks, k, text) : null;
}

/**
 * spelledOrgBefore at a bracketed capitalised word: a function of its own behind its test, so that
 * an article without one compiles only the test (engine README: guards before bodies).
 */
function spelledOrgAt(toks: readonly Token[], k: number, text: string): Mention | null {
  const bracket = toks[k]?.text ?? '';
  if (!featureOn('names.model.spelledOrg') || !isBracketedCapitalised(bracket)) return null;
  const acronym = bracket.slice(1, -1);
  if (!isAcronym(acronym)) return null;
  const start = acronymStart(acronym, k - 1, j => toks[j]?.text, isRunWord);
  if (start < 0 || !joinsFields(toks, start, k)) return null;
  const name = text.slice(toks[start]!.start, toks[k - 1]!.end);
  return {
    kind: 'named',
    refs: [{ name, role: null, kind: 'organization', alias: acronym }],
    text: text.slice(toks[start]!.start, toks[k]!.end),
  };
}
