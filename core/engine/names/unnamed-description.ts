/**
 * `Seorang tukang parkir di dekat warung X menyebut …`, `Seorang sopir yang mangkal di simpang X
 * mengatakan …`: a sentence that opens with somebody unnamed (an indefinite opener and a lowercase
 * head noun) may carry a capitalised run inside an adjunct of that person's description — the
 * owner of a thing, a place. The run is part of the description, not the subject of the cue after
 * it, nor a subject a later `-nya` may mean; the unnamed person is (names.unnamedDescriptionRun;
 * read by names/mention-before.ts at a cue and cast/sentence-role.ts for the cast).
 */
import { INDEFINITE_OPENERS, NAMING_WORDS } from '../../lexicon/pronouns';
import { IDENTIFYING_WORDS, ROLE_HEAD_SET, ROLE_WORD_SET } from '../../lexicon/roles';
import { featureOn } from '../features';
import { LIST_ANDS } from '../../lexicon/conjunctions';
import { sentenceStart } from '../text/sentence-start';
import { isLowerWord, type Token } from '../text/text';
import { isBracketedAge } from './age-phrase';
import { PREPOSITIONS } from '../../lexicon/prepositions';

/**
 * Words before a run that make it a second person beside the unnamed one, not a word of the
 * description (`Seorang warga bersama X mengatakan`): both are the subject.
 */
const COMPANION_WORDS: ReadonlySet<string> = new Set(['bersama', 'dengan', ...LIST_ANDS]);

/**
 * Words that open the adjunct the run stands in (a preposition, `asal`): past one, a name can no
 * longer be the head's own without a comma (`Seorang pedagang keliling X` may still name her).
 */
const ADJUNCT_OPENERS: ReadonlySet<string> = new Set([...PREPOSITIONS, 'asal']);

/** Most words from the indefinite opener to the run. */
const MAX_DESCRIPTION = 12;

/**
 * Where the unnamed subject whose description holds the run from token `s` to `end` (exclusive)
 * opens, or -1. The run must stand inside an adjunct of the description (a preposition or `asal`
 * after the head), after a lowercase word that is neither the head itself
 * (`Seorang pedagang X` may name the trader) nor a role word (`seorang anggota DPRD X`), a naming
 * word or a companion word, with only lowercase words from the opener to it (a comma sets a
 * name off: `Seorang pedagang, X, …`), and no age in brackets after it (`… X (45)` names the one).
 */
export function unnamedDescriptionOpening(toks: readonly Token[], s: number, end: number): number {
  const prev = toks[s - 1];
  if (!prev || !isLowerWord(prev.text) || !featureOn('names.unnamedDescriptionRun')) return -1;
  const lw = prev.lower;
  if (ROLE_HEAD_SET.has(lw) || ROLE_WORD_SET.has(lw) || COMPANION_WORDS.has(lw)) return -1;
  if (NAMING_WORDS.has(lw) || IDENTIFYING_WORDS.has(lw)) return -1;
  if (isBracketedAge(toks[end]?.text ?? '')) return -1;
  const o = sentenceStart(toks, s);
  if (!INDEFINITE_OPENERS.has(toks[o]!.lower) || s - o > MAX_DESCRIPTION) return -1;
  // `salah seorang`, `salah satu`: the opener is two words.
  const head = toks[o]!.lower === 'salah' ? o + 2 : o + 1;
  if (s - 1 <= head) return -1;
  let governed = false;
  for (let j = o + 1; j < s; j++) {
    if (!isLowerWord(toks[j]!.text)) return -1;
    governed ||= j > head && ADJUNCT_OPENERS.has(toks[j]!.lower);
  }
  return governed ? o : -1;
}
