/**
 * `Kepala Dinas Koperasi, Usaha Kecil, dan Perdagangan (DKUKP) Kabupaten Lembah, Rina Kartika, …`:
 * an office whose organisation lists its fields with commas, closed by the acronym that spells
 * them, is one role. The record right before the name's comma holds only the
 * last field, which opens with no role head, so the person lost the whole role. The walk over the
 * initials is name-split.ts's (acronymStart), as spelled-org.ts reads such an organisation.
 */
import { ROLE_HEAD_SET } from '../../lexicon/roles';
import { featureOn } from '../features';
import { isRunToken, isRunWord, walkRunBack } from '../names/name-run';
import { acronymStart, joinsFields } from '../names/name-split';
import { isBracketedCapitalised } from '../text/bracketed';
import type { Token } from '../text/text';

/** The most tokens between the acronym and the name's comma (`NTB`, `Kabupaten Lembah`). */
const MAX_AFTER_ACRONYM = 3;

/**
 * The role that ends right before the comma at token `comma`, when a bracketed acronym spells an
 * organisation whose fields commas or `dan` join and a role head opens the run before it; null
 * otherwise (also when the feature is off).
 */
export function spelledRoleBefore(t: readonly Token[], comma: number, text: string): string | null {
  if (!featureOn('cast.spelledRole') || t[comma]?.text !== ',') return null;
  let b = comma - 1;
  while (b > 0 && comma - 1 - b < MAX_AFTER_ACRONYM && !isBracketedCapitalised(t[b]!.text)) {
    if (!isRunToken(t[b])) return null;
    b--;
  }
  const bracket = t[b]?.text ?? '';
  if (!isBracketedCapitalised(bracket)) return null;
  const start = acronymStart(bracket.slice(1, -1), b - 1, j => t[j]?.text, isRunWord);
  if (start < 1 || !joinsFields(t, start, b)) return null;
  const head = walkRunBack(t, start - 1);
  if (!isRunToken(t[start - 1]) || !ROLE_HEAD_SET.has(t[head]!.lower)) return null;
  return text.slice(t[head]!.start, t[comma - 1]!.end);
}
