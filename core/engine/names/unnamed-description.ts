/**
 * `Seorang tukang parkir di dekat warung X menyebut …`, `Seorang sopir yang mangkal di simpang X
 * mengatakan …`: a sentence that opens with one unnamed person (`seorang`, `salah seorang` and a
 * lowercase head noun) may carry a one-word capitalised run inside an adjunct of that person's
 * description — the owner of a thing, a place. The run is part of the description, not the
 * subject of the cue after it, nor a subject a later `-nya` may mean; the unnamed person is
 * (names.unnamedDescriptionRun; read by names/mention-before.ts at a cue and cast/sentence-role.ts
 * for the cast).
 */
import {
  DEFINITE,
  KIN_JOINS,
  NAMING_WORDS,
  ONE_OF_DETERMINERS,
  ONE_PERSON_DETERMINERS,
} from '../../lexicon/pronouns';
import { IDENTIFYING_WORDS, ROLE_HEAD_SET, ROLE_WORD_SET } from '../../lexicon/roles';
import { ORIGIN_WORDS, PREPOSITIONS } from '../../lexicon/prepositions';
import { featureOn } from '../features';
import { sentenceStart } from '../text/sentence-start';
import { isDiTerShape } from '../text/affix-shapes';
import { isLowerWord, type Token } from '../text/text';
import { isBracketedAge } from './age-phrase';
import { isPlaceWord } from './name-model';

/**
 * Words that open the adjunct the run stands in: a preposition or an origin word, not one that
 * brings a companion in (`Seorang ibu dengan dua anak X`, `Seorang warga bersama X`: KIN_JOINS and
 * `dengan`), after which the run is a second person.
 */
const opensAdjunct = (w: string): boolean =>
  (PREPOSITIONS.has(w) || ORIGIN_WORDS.has(w)) && !KIN_JOINS.has(w) && w !== COMITATIVE;

/** `dengan` (with): a companion, as KIN_JOINS are. */
const COMITATIVE = 'dengan';

/** Most words from the determiner to the run. */
const MAX_DESCRIPTION = 12;

/**
 * Where the unnamed subject whose description holds the run from token `s` to `end` (exclusive)
 * opens, or -1. The run is one word (or place words: `di pasar Ende`; a full name after a
 * description is its person's, its comma left out), inside an adjunct opened after the head; the
 * word right before it is no role word (`seorang anggota DPRD X`), naming word or companion word,
 * nothing but lowercase words stand between the determiner and it (a comma sets a name off:
 * `Seorang pedagang, X, …`), and no passive verb or demonstrative closes the description first
 * (`Salah seorang pedagang itu X …`). No age in brackets follows (`… X (45)` names the one).
 */
export function unnamedDescriptionOpening(toks: readonly Token[], s: number, end: number): number {
  const prev = toks[s - 1];
  if (!prev || !isLowerWord(prev.text) || !featureOn('names.unnamedDescriptionRun')) return -1;
  const lw = prev.lower;
  if (ROLE_HEAD_SET.has(lw) || ROLE_WORD_SET.has(lw) || KIN_JOINS.has(lw) || lw === COMITATIVE)
    return -1;
  if (NAMING_WORDS.has(lw) || IDENTIFYING_WORDS.has(lw)) return -1;
  if (isBracketedAge(toks[end]?.text ?? '') || !oneWordOrPlace(toks, s, end)) return -1;
  const o = sentenceStart(toks, s);
  const head = o + determinerLength(toks, o);
  if (head === o || s - o > MAX_DESCRIPTION || s - 1 <= head) return -1;
  let governed = false;
  for (let j = head; j < s; j++) {
    const w = toks[j]!;
    if (!isLowerWord(w.text) || DEFINITE.has(w.lower) || isDiTerShape(w.lower)) return -1;
    governed ||= j > head && opensAdjunct(w.lower);
  }
  return governed ? o : -1;
}

/** The number of words of the one-person determiner opening at token `o` (`salah seorang`), or 0. */
function determinerLength(toks: readonly Token[], o: number): number {
  // `salah satu` (one of) picks one of anything; `seorang` is always a person.
  const d = ONE_OF_DETERMINERS.find(
    words =>
      ONE_PERSON_DETERMINERS.has(words.at(-1)!) && words.every((w, k) => toks[o + k]?.lower === w),
  );
  return d?.length ?? 0;
}

/** True when the run from `s` to `end` is one word or place words only. */
function oneWordOrPlace(toks: readonly Token[], s: number, end: number): boolean {
  if (end - s === 1) return true;
  for (let j = s; j < end; j++) if (!isPlaceWord(toks[j]!.text)) return false;
  return true;
}
