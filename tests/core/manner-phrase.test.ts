import { describe } from 'vitest';
import { sourceRows, type SourceRow } from './source-rows';

// discourse.mannerPhrase: `secara terbuka` is a manner adverbial, no `ter-` passive, so the
// person it describes acting is a subject heard from, whom the next `-nya` means.
const ROWS: readonly SourceRow[] = [
  [
    'Sari Lestari',
    'Bupati Sukamaju, Rudi Santika, membuka rapat anggaran. “Kita mulai dari pos kesehatan,” kata Rudi.',
    'Anggota Komisi D, Sari Lestari, secara terbuka mempertanyakan pos belanja perjalanan dinas. “Angkanya naik dua kali lipat,” ujarnya.',
  ],
];

describe('a manner adverbial is no passive verb (discourse.mannerPhrase)', () => {
  sourceRows(ROWS, 'discourse.mannerPhrase');
});
