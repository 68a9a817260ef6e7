/**
 * `FAO representative in Laos Petra Johansson`, `ambassador to Peru Rina X`: English writes
 * where an office serves after the office, with `in`/`to`/`for`/`at` and no article, then the
 * holder's name. The capitalised run (`Laos Petra Johansson`) starts after the preposition, so the
 * mention whose run starts there starts at the office, or at the organisation before it.
 */
import { EN_OFFICE_PLACE_LINKS } from '../../lexicon/cues-en';
import { EN_ROLE_HEAD_SET } from '../../lexicon/roles';
import { featureOn } from '../features';
import { isRunToken, walkRunBack } from './name-run';
import type { Token } from '../text/text';

/** Where the mention whose run starts at token `s` starts, past such an office; `s` when none. */
export function englishOfficeIn(toks: readonly Token[], s: number): number {
  if (!featureOn('names.englishOfficeIn')) return s;
  if (!EN_OFFICE_PLACE_LINKS.has(toks[s - 1]?.text ?? '')) return s;
  const head = toks[s - 2];
  if (!head || head.text !== head.lower || !EN_ROLE_HEAD_SET.has(head.lower)) return s;
  // The organisation the office belongs to (`FAO representative`), when it comes right before.
  return isRunToken(toks[s - 3]) ? walkRunBack(toks, s - 3) : s - 2;
}
