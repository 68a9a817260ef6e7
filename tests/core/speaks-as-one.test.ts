import { describe } from 'vitest';
import { sourceRows, type SourceRow } from './source-rows';

// discourse.speaksAsOne: a direct quote saying `saya`/`aku` is one person's, so the `-nya` of its
// cue never means an organisation named in between (`… mendirikan Yayasan X …`), as `dia`
// never does; a quote speaking as `kami` may still be the organisation's.
const ROWS: readonly SourceRow[] = [
  [
    'Lim Siu Kim',
    'Di depan oven besar berdiri Lim Siu Kim (58 tahun). Mantan juru masak kapal itu mendirikan Yayasan Dapur Melati pada 2018. Wartawan menyambanginya sore itu.',
    '“Resep ini saya bawa dari kapal. Saya ingin orang kampung ikut menikmatinya,” ujarnya.',
  ],
  [
    'Darto Wiyono',
    'Di depan mesin bubut berdiri Darto Wiyono (50 tahun). Pensiunan montir itu mendirikan Yayasan Anak Bengkel pada 2015. Republika menemuinya Sabtu lalu.',
    '“Aku belajar mesin dari ayah,” katanya.',
  ],
];

describe('a quote in the first person singular is a person’s (discourse.speaksAsOne)', () => {
  sourceRows(ROWS, 'discourse.speaksAsOne');
});
