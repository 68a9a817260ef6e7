import { expect, test } from 'vitest';
import { indirectQuotes } from './summarize';

// Athletes named by their sport (lexicon/roles.ts OCCUPATIONS: `pelari`, `perenang`, …) head a
// description as `atlet` does: `Pelari asal X yang akrab disapa Y itu` points back to the runner
// named before, and the place after `asal` is nobody.
const HEAD =
  'Perenang terbaik putra, Bramantyo Adi Kusnandar, finis ketiga di nomor gaya dada putra.';

test.each([
  [
    'Perenang asal Ende yang akrab disapa Bram itu mengaku start-nya terlambat.',
    'start-nya terlambat → Bramantyo Adi Kusnandar',
  ],
  [
    'Pelari asal Wonosobo yang biasa dipanggil Bram itu mengatakan lintasan ini terlalu licin.',
    'lintasan ini terlalu licin → Bramantyo Adi Kusnandar',
  ],
])('an athlete by sport heads a description: %s', (sentence, reading) => {
  expect(indirectQuotes(HEAD, sentence).at(-1)).toBe(reading);
});
