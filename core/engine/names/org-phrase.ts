/**
 * An organisation named by a lowercase-led phrase that opens the clause (`Komunitas intelijen AS
 * menyimpulkan`, `Badan antariksa Jepang mengumumkan`): an organisation head, up to three
 * lowercase words and a closing acronym or place. The whole phrase is the organisation; the
 * acronym or country alone is only where it belongs, so it must not become the speaker. The
 * same shape headed by a person noun (`Pejabat intelijen AS`) is an unnamed member.
 */
import { INDEFINITE, INITIALS_WORDS, MEMBER_NOUNS } from '../../lexicon/pronouns';
import { featureOn } from '../features';
import { PLACE_SET, ROLE_HEAD_SET } from '../../lexicon/roles';
import { PHRASE_HEAD_SET } from '../../lexicon/office-heads';
import type { Mention } from './mention';
import { isAcronym } from './name-run';
import type { Token } from '../text/text';
import { isAllLower } from '../text/chars';

/** Prepositions: the place after them locates the organisation, it does not name it. */
const PREPOSITIONS = new Set('di dari ke pada untuk bagi dengan oleh'.split(' '));

/**
 * The organisation phrase whose closing run is tokens `s`..`k` (an acronym or a place), when an
 * organisation head with at most three lowercase words after it opens the clause before `s`.
 */
export function orgPhraseBefore(
  toks: readonly Token[],
  s: number,
  k: number,
  text: string,
): Mention | null {
  // `seorang pedagang berinisial MR`: initials after an initials word are a person's
  // (called-initials.ts).
  if (INITIALS_WORDS.has(toks[s - 1]?.lower ?? '') && featureOn('cast.initialsNamed')) return null;
  const run = toks.slice(s, k + 1).map(t => t.text);
  const closes = run.every(w => isAcronym(w) || PLACE_SET.has(w.toLowerCase()));
  return run.length && closes ? headedPhrase(toks, s, k, text) : null;
}

/**
 * orgPhraseBefore past its test (the run from `s` to `k` is acronyms and places): the head before
 * it. A function of its own so that the first analysis of an article without such a run compiles
 * only the test (engine README: guards before bodies).
 */
function headedPhrase(toks: readonly Token[], s: number, k: number, text: string): Mention | null {
  for (let h = s - 1; h >= 0 && s - h <= 4; h--) {
    const w = toks[h]!.text;
    const lw = w.toLowerCase();
    // `Pejabat intelijen AS mengatakan`: a person noun heads the phrase, so the acronym or
    // country is only the affiliation of an unnamed speaker.
    const person = ROLE_HEAD_SET.has(lw) || MEMBER_NOUNS.has(lw) || INDEFINITE.has(lw);
    if (PHRASE_HEAD_SET.has(lw) || person) {
      const name = text.slice(toks[h]!.start, toks[k]!.end);
      if (person) return h < s - 1 ? { kind: 'anonymous', text: name } : null;
      // An organisation head must open the clause: nothing but punctuation before it.
      if (h > 0 && !/^[.!?,;:"”“]$/u.test(toks[h - 1]!.text)) return null;
      return {
        kind: 'named',
        refs: [{ name, role: null, kind: 'organization', alias: null }],
        text: name,
      };
    }
    // Only modifiers of the head: a preposition (`otoritas kesehatan di X`) places it instead.
    if (!isAllLower(w) || PREPOSITIONS.has(w)) return null;
  }
  return null;
}

/**
 * After a cue (`menurut komunitas intelijen AS`, `kata badan antariksa Jepang`): the lowercase
 * words `lower` and the run `run` form an organisation phrase when its head opens `lower`.
 */
export function orgPhraseAfter(lower: readonly string[], run: readonly string[]): boolean {
  const closes = run.length > 0 && run.every(w => isAcronym(w) || PLACE_SET.has(w.toLowerCase()));
  return (
    closes &&
    lower.length >= 2 &&
    lower.length <= 4 &&
    PHRASE_HEAD_SET.has(lower[0]!) &&
    lower.every(w => !PREPOSITIONS.has(w))
  );
}
