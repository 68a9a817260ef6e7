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
