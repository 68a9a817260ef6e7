/**
 * A name given after a naming word (`seorang nelayan bernama Karim`, `a farmer named Budi`): the
 * writer says outright it is a person's name, so even a lone word there introduces the person, as
 * a role or a description before it would (`Seorang pedagang sayur, Marni, …`).
 */
import { NAMING_WORDS } from '../../lexicon/pronouns';
import type { Token } from '../text/text';
import { featureOn } from '../features';

/** True when the run at token `from` follows a naming word (`bernama`, `named`). */
export function calledAt(toks: readonly Token[], from: number): boolean {
  return featureOn('cast.calledName') && NAMING_WORDS.has(toks[from - 1]?.lower ?? '');
}
