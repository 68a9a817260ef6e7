import { describe, expect, test } from 'vitest';
import { withFeaturesOff } from '../../core/engine/features';
import { analyzeBody } from './summarize';

/** Each quote's speakers, joined, and the speaker list. */
function read(...paragraphs: string[]) {
  const { quotes, speakers } = analyzeBody(...paragraphs);
  return { said: quotes.map(q => q.speakers.join(' + ')), names: speakers.map(s => s.name) };
}

const LATER = 'Menurut Rina, orang tua sempat bertanya soal jadwal pelajaran tambahan.';

describe('a month’s name between two name words is a name word', () => {
  test.each([
    [
      'Kepala sekolah itu, Rina Tan Mei Hua, menuturkan sekolahnya mendapat guru tamu.',
      'Rina Tan Mei Hua',
    ],
    ['“Kami senang,” kata Rina Lim Juni Yanti.', 'Rina Lim Juni Yanti'],
    ['“Kami senang,” ujar Rina April Yanti kepada wartawan.', 'Rina April Yanti'],
  ])('%s', (first, name) => {
    expect(read(first, LATER)).toEqual({ said: [name, name], names: [name] });
  });

  test.each([
    // A day or year beside the month, or a lowercase word after it: a date.
    ['Rapat digelar pada 12 Mei 2024. “Harga naik,” kata Budi Santoso.', 'Budi Santoso'],
    ['Sejak April lalu harga naik. “Stok cukup,” kata Budi Santoso.', 'Budi Santoso'],
  ])('a date stays out of the name: %s', (paragraph, name) => {
    expect(read(paragraph).names).toEqual([name]);
  });

  test('switched off, the month cuts the name in two', () => {
    const off = withFeaturesOff(['names.model.monthInName'], () =>
      read(
        'Kepala sekolah itu, Rina Tan Mei Hua, menuturkan sekolahnya mendapat guru tamu.',
        LATER,
      ),
    );
    expect(off.names).not.toEqual(['Rina Tan Mei Hua']);
  });
});
