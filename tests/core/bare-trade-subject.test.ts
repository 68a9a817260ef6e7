import { describe, expect, test } from 'vitest';
import { withFeaturesOff } from '../../core/engine/features';
import { analyzeBody } from './summarize';

/** The quotes of invented paragraphs as [type, speakers]. */
const run = (...paragraphs: string[]) =>
  analyzeBody(...paragraphs).quotes.map(q => [q.type, q.speakers]);

const NAMED =
  '"Stok bawang tinggal sedikit," kata Hj Warsini, pedagang bumbu di Pasar Wonoasri, Selasa (9/4).';

describe('a bare trade noun opening a sentence as its speaker is unnamed people', () => {
  test.each([
    [
      'Harga bawang merah melonjak bulan ini. Pedagang menyebut kiriman dari petani di hulu tersendat.',
      NAMED,
    ],
    [
      'Harga gabah turun pekan ini. Petani menyebut ongkos produksi terus naik.',
      '"Pupuk mahal sekali," kata Darmo, petani di Desa Sukamaju, Senin (22/1).',
    ],
    [
      'Jalan desa rusak parah. Warga menyebut perbaikan sudah diminta sejak tahun lalu.',
      '"Kami sudah lapor," ujar Sutini, warga Desa Sukamaju, Senin (22/1).',
    ],
  ])('%s', (lead, quote) => {
    const [first] = run(lead, quote);
    expect(first).toEqual(['indirect', []]);
  });

  test('a demonstrative makes it definite: the trader named before', () => {
    const quotes = run(
      NAMED,
      'Pedagang itu menyebut kiriman dari petani di hulu tersendat karena longsor.',
    );
    expect(quotes[1]).toEqual(['indirect', ['Warsini']]);
  });

  test('an office title alone still means its holder', () => {
    const quotes = run(
      'Bupati Cibening Rudi Hartono meninjau pasar, Senin.',
      'Bupati menyebut pasokan cabai akan ditambah dari daerah lain.',
    );
    expect(quotes[0]).toEqual(['indirect', ['Rudi Hartono']]);
  });

  test('switched off, the trader named later is taken', () => {
    const lead =
      'Harga bawang merah melonjak bulan ini. Pedagang menyebut kiriman dari petani di hulu tersendat.';
    const [first] = withFeaturesOff(['discourse.bareTradeSubject'], () => run(lead, NAMED));
    expect(first).toEqual(['indirect', ['Warsini']]);
  });
});
