import { CARDINALS } from './pronouns';

/**
 * Nouns of time that, with a demonstrative, make an adverb of the clause (`pekan ini`, `tahun
 * itu`, `saat ini`): the demonstrative then dates the statement and closes no noun phrase.
 * Lowercase.
 */
export const TIME_NOUNS: ReadonlySet<string> = new Set(
  'hari pekan minggu bulan tahun saat kali waktu masa pagi siang sore malam musim semester triwulan kuartal'.split(
    ' ',
  ),
);

/**
 * The weekdays as a date writes them, capitalised (`Senin (3/4)`, `Jumat 12 Januari 2024 10:30`):
 * what a date line or a clause that is only a date opens with.
 */
export const WEEKDAYS: readonly string[] = [
  'Senin',
  'Selasa',
  'Rabu',
  'Kamis',
  'Jumat',
  'Sabtu',
  'Minggu',
  'Ahad',
];

/**
 * English words of a time phrase that may stand between a cue and its bare clause (`X said on
 * Sunday his team …`, `X said last week the plan …`, `X said yesterday …`): the weekdays after
 * `on`, the units after `last`/`this`, and the days said alone. Lowercase.
 */
export const EN_WEEKDAYS: ReadonlySet<string> = new Set(
  'monday tuesday wednesday thursday friday saturday sunday'.split(' '),
);
export const EN_TIME_UNITS: ReadonlySet<string> = new Set(
  'week month year weekend night morning'.split(' '),
);
export const EN_DAY_WORDS: ReadonlySet<string> = new Set(['yesterday', 'today']);
/** Words that make a time unit after them this one or the last one (`last week`, `this month`). */
export const EN_UNIT_DETERMINERS: ReadonlySet<string> = new Set(['last', 'this']);
/**
 * Indonesian parts of a day after a weekday (`pada Rabu sore`, `Senin malam`): with the day they
 * date a statement between its subject and cue. Lowercase.
 */
export const DAY_PARTS: ReadonlySet<string> = new Set('pagi siang sore malam'.split(' '));
/** Parts of a day after a weekday (`on Sunday night`). */
export const EN_DAY_PARTS: ReadonlySet<string> = new Set(
  'morning afternoon evening night'.split(' '),
);

/**
 * Words that introduce a person's age (`berusia 51 tahun`, `usia 30 tahun`, English `aged 58`):
 * read by the description reader (names/age-phrase.ts) and by the age a description tells
 * (discourse/described-age.ts). Lowercase.
 */
export const AGE_WORDS: readonly string[] = ['berusia', 'berumur', 'usia', 'umur', 'aged'];
/** AGE_WORDS as a set. */
export const AGE_WORD_SET: ReadonlySet<string> = new Set(AGE_WORDS);

/**
 * Prepositions of a span of time (`dalam sepekan terakhir`, `dalam tiga bulan`): right after a
 * cue with such a span they open the reported clause (`menyebutkan dalam sebulan terakhir
 * pihaknya menangani …`) rather than an adjunct of the cue. (`selama` is no adjunct opener at all.)
 * Lowercase.
 */
export const SPAN_PREPOSITIONS: ReadonlySet<string> = new Set(['dalam']);

/**
 * Counts before a time noun in such a span (`tiga bulan`, `beberapa hari`): the cardinals
 * (pronouns.ts CARDINALS) and `beberapa`; digits count too.
 */
export const SPAN_COUNTS: ReadonlySet<string> = new Set([...CARDINALS, 'beberapa']);

/**
 * Words that close a span of years back from now (`52 tahun lalu`, `30 tahun silam`), the time of
 * a birth a description may tell after `kelahiran` (names/birth-phrase.ts). Lowercase.
 */
export const AGO_WORDS: ReadonlySet<string> = new Set(['lalu', 'silam']);
