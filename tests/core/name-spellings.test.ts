import { describe, expect, test } from 'vitest';
import { withFeaturesOff } from '../../core/engine/features';
import { hasVariant, isGivenNameSpelling, respell } from '../../core/engine/names/name-spelling';
import { PERSON_FIRST, PERSON_FIRST_RESPELT } from '../../core/lexicon/generated/name-words';
import { fuzzer } from './fuzz';
import { analyzeBody } from './summarize';

/** Each quote's speakers, as names, for invented paragraphs. */
const speakersOf = (...paragraphs: string[]) =>
  analyzeBody(...paragraphs).quotes.map(q => q.speakers.join(' + '));

describe('an old or variant spelling of a given name opens the name like the spelling the lexicon knows', () => {
  const cases: [string[], string[]][] = [
    // `ch` for `h`, after an appositive comma; the article later calls him by his second word.
    [
      [
        'Komentar datang dari pakar hukum Universitas Nusa (UN), Mochamad Rizki Fauzan. Ia menilai aturan itu berlebihan.',
        '“Tidak ada urgensi,” ujar Rizki.',
      ],
      ['Mochamad Rizki Fauzan', 'Mochamad Rizki Fauzan'],
    ],
    // The pre-1972 `oe` for `u`, after the agent of a passive cue.
    [
      [
        'Hal itu disampaikan tokoh masyarakat setempat, Soetrisno Hadi Wibowo. Ia menilai jalan itu sudah lama rusak.',
        '“Sudah dua tahun begini,” kata Hadi.',
      ],
      ['Soetrisno Hadi Wibowo', 'Soetrisno Hadi Wibowo'],
    ],
    // Not a name in any spelling: an occupation the role lexicon lacks still goes to the role.
    [
      ['Hal itu disampaikan Mandor Hadi Wibowo.', '“Sudah dua tahun begini,” kata Hadi.'],
      ['Hadi Wibowo'],
    ],
  ];
  test.each(cases)('%j', (paragraphs, speakers) => {
    expect(speakersOf(...paragraphs)).toEqual(speakers);
  });

  // The name stands set off by a comma, which names.model.appositionWhole reads whole too.
  test('without the feature the variant spelling is cut off as if it were a role', () => {
    const [paragraphs] = cases[0]!;
    const off = withFeaturesOff(['names.model.spellings', 'names.model.appositionWhole'], () =>
      speakersOf(...paragraphs),
    );
    expect(off).toEqual(['Rizki Fauzan', 'Rizki Fauzan']);
  });

  test.each([
    ['mochamad', 'mohamad'],
    ['muchammad', 'muhamad'],
    ['soetrisno', 'sutrisno'],
    ['djoko', 'joko'],
    ['tjahjo', 'cahjo'],
    ['sjarif', 'syarif'],
    ['khairul', 'hairul'],
    // Words with no variant group stay as they are.
    ['kecamatan', 'kecamatan'],
  ])('respell(%s) is %s', (word, expected) => {
    expect(respell(word)).toBe(expected);
  });

  test.each([
    ['Mochamad', true],
    ['Muchamad', true],
    ['Soeharto', true],
    ['Ahmad', true],
    // Common words, with and without a variant group, are no given names.
    ['Sekolah', false],
    ['Mall', false],
    ['Ummat', false],
  ])('isGivenNameSpelling(%s) is %s', (word, expected) => {
    expect(isGivenNameSpelling(word)).toBe(expected);
  });
});

describe('the respelt given names made by npm run lexicon', () => {
  // generated-lexicons.test.ts checks the file against the corpora where they are present; this
  // checks the list against respell as it is now, everywhere: a change to respell without a new
  // `npm run lexicon` fails here.
  test('are PERSON_FIRST respelt, each once, sorted as SortedWords needs', () => {
    const respelt = [...new Set(PERSON_FIRST.split(' ').map(respell))].sort();
    expect(PERSON_FIRST_RESPELT.split(' ')).toEqual(respelt);
  });
});

describe('the respelling scans agree with the regexes they replaced', () => {
  // The replaced code: a global regex per letter group, in this order, and one to detect any.
  const RESPELLINGS: readonly (readonly [RegExp, string])[] = [
    [/oe/g, 'u'],
    [/dj/g, 'j'],
    [/tj/g, 'c'],
    [/sj/g, 'sy'],
    [/[ck]h/g, 'h'],
    [/(\p{Ll})\1/gu, '$1'],
  ];
  const VARIANT = /oe|dj|tj|sj|[ck]h|(\p{Ll})\1/u;
  const reference = (lw: string) => RESPELLINGS.reduce((s, [re, to]) => s.replace(re, to), lw);
  const words = [
    'soetrisno',
    'djoko',
    'tjahjo',
    'sjamsul',
    'mochamad',
    'achmad',
    'muhammad',
    'muchammad',
    'kch',
    'cch',
    'aaa',
    'aaaa',
    'tjh',
    'sjj',
    'oee',
    'éé',
    'ßß',
    '𝐚𝐚',
    '\ud835\ud835',
    'budi',
    '',
  ];
  const fuzzed = fuzzer(17)(
    ['o', 'e', 'd', 'j', 't', 's', 'c', 'k', 'h', 'a', 'é', '𝐚', 'A', '\ud835', '-'],
    5000,
    9,
  );
  test('respell and hasVariant answer as the regexes, on invented and fuzzed words', () => {
    for (const w of [...words, ...fuzzed]) {
      expect([w, respell(w)]).toEqual([w, reference(w)]);
      expect([w, hasVariant(w)]).toEqual([w, VARIANT.test(w)]);
    }
  });
});
