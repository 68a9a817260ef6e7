/**
 * A lowercase role written right before a capitalised run (`jaksa Hartono`, `warga Homs Abu
 * Karim`, `seorang petugas Rudi`): it belongs to the mention the run begins, so the run's reading
 * starts there. One rule for the running text's records (cast/read-mentions.ts) and the subject
 * before a cue (mention-before.ts), so both read the same span.
 */
import { INDEFINITE } from '../../lexicon/pronouns';
import { ROLE_WORD_SET } from '../../lexicon/roles';
import { isLowerWord, type Token } from '../text/text';
import { featureOn } from '../features';

/** The most lowercase role words read before a run. */
const MAX_PREFIX = 4;

/** Where the mention whose capitalised run starts at token `s` begins: at or before `s`. */
export function rolePrefixStart(toks: readonly Token[], s: number): number {
  let r = s;
  while (r > 0 && s - r < MAX_PREFIX && isLowerRoleWord(toks[r - 1]!.text)) r--;
  return r < s && opensWithRoleWord(toks, r - 1) ? r - 1 : r;
}

/** Tokens after which a word opens a sentence (or a dateline's text), so is capitalised there. */
const SENTENCE_OPENERS: ReadonlySet<string> = new Set(['.', '!', '?', ':', '-', '—', '“', '"']);

/**
 * `Manajer tim Rudi mengatakan`: a role word that opens the sentence is capitalised only because
 * it opens it, so the lowercase role after it goes on with it (`Manajer tim`, as `manajer tim`
 * mid-sentence); read alone, `tim Rudi` was a team named Rudi.
 */
function opensWithRoleWord(toks: readonly Token[], k: number): boolean {
  const w = toks[k];
  if (!featureOn('names.sentenceOpeningRole')) return false;
  if (!w || isLowerWord(w.text) || !ROLE_WORD_SET.has(w.text.toLowerCase())) return false;
  return k === 0 || SENTENCE_OPENERS.has(toks[k - 1]!.text);
}

/**
 * Locative prepositions, which a lowercase role never holds: `petani di Cibening` is a farmer in a
 * place, not a person named Cibening. (`di` is in the role lexicon only as the capitalised `DI` of
 * `DI Yogyakarta`.)
 */
const LOCATIVES: ReadonlySet<string> = new Set(['di', 'ke', 'dari']);

const isLowerRoleWord = (w: string) =>
  isLowerWord(w) && !LOCATIVES.has(w) && (ROLE_WORD_SET.has(w) || INDEFINITE.has(w));
