import { describe, expect, test } from 'vitest';
import { withFeaturesOff } from '../../core/engine/features';
import { analyzeBody } from './summarize';

/** The quotes of invented paragraphs as [type, speakers]. */
const run = (...paragraphs: string[]) =>
  analyzeBody(...paragraphs).quotes.map(q => [q.type, q.speakers]);

const NAMED =
  '"Sudah tiga minggu naik terus," kata Hj Sulastri, pedagang sayur di Pasar Cibening, Senin (22/1).';

describe('a bare trade noun opening a sentence as its speaker is unnamed people', () => {
  test.each([
    [
      'Harga cabai naik tajam pekan ini. Pedagang menyebut pasokan dari sentra produksi berkurang.',
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
      'Pedagang itu menyebut pasokan dari sentra produksi berkurang akibat hujan.',
    );
    expect(quotes[1]).toEqual(['indirect', ['Sulastri']]);
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
      'Harga cabai naik tajam pekan ini. Pedagang menyebut pasokan dari sentra produksi berkurang.';
    const [first] = withFeaturesOff(['discourse.bareTradeSubject'], () => run(lead, NAMED));
    expect(first).toEqual(['indirect', ['Sulastri']]);
  });
});
