import { describe, expect, it } from 'vitest';
import { ORG_WORDS, PERSON_FIRST, PERSON_INNER } from '../../core/lexicon/generated/name-words';
import { PLACE_WORDS } from '../../core/lexicon/generated/place-words';
import { SET_AFTER, SortedWords, wordsOpeningWith } from '../../core/lexicon/sorted-words';

/** A young list's answer (one that has not built its Set): a fresh list per question. */
const inSortedWords = (list: string, word: string) => new SortedWords(list).has(word);

/** Invented word lists, sorted as scripts/lexicon sorts them; answers compared with a Set's. */
const LISTS = [
  ['kota'],
  ['aceh', 'bandar'],
  ['a', 'ab', 'abc', 'b', 'ba', 'bab', "ba'a", 'ba-ru', 'z', 'zz'],
  ['cibening', 'kali', 'kali-baru', 'kaliwungu', 'sari', 'sari-makmur', 'sukamaju', 'ujung'],
  ['alpha', 'beta', 'é', 'éa', 'ß', 'ſ'],
].map(words => [...words].sort());

/** Every word, and words around every word: prefixes, extensions, neighbours, case and space. */
function probes(words: readonly string[]): string[] {
  const out = new Set(['', ' ', 'a a', 'zzz', '~']);
  for (const w of words) {
    for (let k = 0; k <= w.length; k++) out.add(w.slice(0, k));
    for (const s of ['a', 'z', ' ', '-', "'", '~', 'é']) out.add(w + s).add(s + w);
    out.add(w.toUpperCase()).add(`${w} ${w}`);
  }
  return [...out];
}

describe('a young SortedWords (substring search): the answer of a Set of the same words', () => {
  it.each(LISTS.map(words => [words.join(' ')]))('%s', list => {
    const words = list.split(' ');
    const set = new Set(words);
    for (const probe of probes(words))
      expect(inSortedWords(list, probe), probe).toBe(set.has(probe));
  });

  it('finds every word of a long generated list and nothing between them', () => {
    // Invented syllable words, thousands of them, as long as the real place list.
    const syllables = ['ba', 'ci', 'du', 'ke', 'lo', 'ma', 'nu', 'pi', 'ra', 'su', 'ta', 'wu'];
    const all = syllables.flatMap(a => syllables.flatMap(b => syllables.map(c => a + b + c)));
    const kept = all.filter((_, i) => i % 3 !== 1).sort();
    const list = kept.join(' ');
    const set = new Set(kept);
    for (const w of all) expect(inSortedWords(list, w), w).toBe(set.has(w));
    for (const w of kept) expect(inSortedWords(list, `${w}a`), `${w}a`).toBe(set.has(`${w}a`));
  });
});

describe('SortedWords', () => {
  it('answers as the Set of its words before and after it builds that Set', () => {
    const list = LISTS[3]!.join(' ');
    const words = new SortedWords(list);
    const set = new Set(list.split(' '));
    const asked = probes(LISTS[3]!);
    // Enough rounds to cross SET_AFTER, so both ways of answering are compared with the Set.
    const rounds = Math.ceil((2 * SET_AFTER) / asked.length);
    for (let r = 0; r < rounds; r++)
      for (const probe of asked)
        expect(words.has(probe), `${probe} (round ${r})`).toBe(set.has(probe));
  });
});

describe('wordsOpeningWith: the stretch of a sorted list whose words open with one letter', () => {
  const list = LISTS[3]!.join(' ');
  it.each([
    ['c', ' cibening '],
    ['k', ' kali kali-baru kaliwungu '],
    ['s', ' sari sari-makmur sukamaju '],
    ['u', ' ujung '],
    ['a', ''],
    ['d', ''],
    ['t', ''],
    ['z', ''],
  ])('%s → "%s"', (key, stretch) => {
    expect(wordsOpeningWith(list, key)).toBe(stretch);
  });
  it.each([
    ['PLACE_WORDS', PLACE_WORDS],
    ['PERSON_FIRST', PERSON_FIRST],
    ['ORG_WORDS', ORG_WORDS],
  ])('every letter of %s: the words opening with it, none for a letter none opens', (_, words) => {
    const all = words.split(' ');
    for (let unit = 0; unit < 0x250; unit++) {
      const key = String.fromCharCode(unit);
      const opening = all.filter(w => w[0] === key);
      expect(wordsOpeningWith(words, key), key).toBe(
        opening.length ? ` ${opening.join(' ')} ` : '',
      );
    }
  });
});

describe('the generated lists hold what the search needs', () => {
  it.each([
    ['PLACE_WORDS', PLACE_WORDS],
    ['PERSON_FIRST', PERSON_FIRST],
    ['PERSON_INNER', PERSON_INNER],
    ['ORG_WORDS', ORG_WORDS],
  ])('%s: non-empty words, one space apart, strictly ascending', (_, list) => {
    const words = list.split(' ');
    expect(words.length).toBeGreaterThan(100);
    words.forEach((w, i) => {
      expect(w, `word ${i}`).not.toBe('');
      if (i > 0) expect(words[i - 1]! < w, `${words[i - 1]} < ${w}`).toBe(true);
    });
  });
});
