import { BIRTH_ORDER_NAMES } from './balinese-names';

/** `Dewa Made`, `Desak Ayu`: the Ksatria words each with a birth-order word or `Ayu` after it. */
const KSATRIA_PAIRS: readonly (readonly string[])[] = ['dewa', 'desak'].flatMap(caste =>
  [...BIRTH_ORDER_NAMES, 'ayu'].map(next => [caste, next]),
);

/**
 * Words that open a person's name in regional naming customs, written before the given name and
 * kept in it as the person signs it (`Anak Agung Putra Wiraguna`, `La Ode Rahmat Sabara`), which
 * the readers otherwise took for a role word, a common word or a title to strip (`Anak`, `Agung`,
 * `Lalu` 'then', `La`, `Teuku`). The NER corpora (core/lexicon/generated) see too few of them to
 * tell them apart (`lalu` is never tagged as a name there, `anak` 114 times untagged, `teuku`
 * once), so they are typed here, from the naming customs as Wikipedia's articles on them describe
 * them ("Balinese name", "Sasak people", "Buton Sultanate", "Andi (name)", "Acehnese people"):
 * - Balinese castes: `Anak Agung` and `Cokorda` (written short `Cok`; `Cokorda Istri`, `Cok Istri`
 *   for women) and `Dewa` for men, `Desak` for women (Ksatria), `Ida Bagus` for men and `Ida Ayu`
 *   for women (Brahmana); the article `I`/`Ni` and the birth-order words are in balinese-names.ts.
 *   `Dewa` and `Desak` open a name only before a birth-order word or `Ayu` (`Dewa Made …`, `Desak
 *   Ayu …`), as the custom writes them: alone `Dewa` is also a club's (`Dewa United`) or a band's;
 * - Sasak nobility of Lombok: `Lalu` for men (also the conjunction `lalu`, 'then'), `Baiq` for women;
 * - Buton and Muna nobility of Southeast Sulawesi: `La Ode` for men, `Wa Ode` for women;
 * - Bugis and Makassar nobility of South Sulawesi: `Andi`;
 * - Acehnese nobility: `Teuku` for men, `Cut` for women;
 * - Banjar nobility of South Kalimantan: `Gusti` (Wikipedia "Banjar people", "Banjar Sultanate"),
 *   which Balinese nobles also write without the article `I` (`Gusti Ngurah …`, "Balinese name");
 * - Sumbanese nobility: `Umbu` for men, `Rambu` for women (Wikipedia "Sumba people"); `umbu` is
 *   also a village word of the place lists, which would cut it off the name as a seat.
 * Each is matched as written, capitalised word by word, and only before a capitalised name word
 * (names/regional-opener.ts). Lowercase here.
 */
export const REGIONAL_NAME_OPENERS: readonly (readonly string[])[] = [
  ['anak', 'agung'],
  ['cokorda', 'istri'],
  ['cok', 'istri'],
  ['cokorda'],
  ['cok'],
  ...KSATRIA_PAIRS,
  ['ida', 'bagus'],
  ['ida', 'ayu'],
  ['lalu'],
  ['baiq'],
  ['la', 'ode'],
  ['wa', 'ode'],
  ['andi'],
  ['teuku'],
  ['cut'],
  ['gusti'],
  ['umbu'],
  ['rambu'],
];

/**
 * Openers that spell a common word when they open a sentence (`Lalu Budi datang`: 'then Budi
 * came'): they open a name only after a word of the same sentence (a cue, a role), never first.
 */
export const OPENERS_SPELLING_WORDS: ReadonlySet<string> = new Set(['lalu']);
