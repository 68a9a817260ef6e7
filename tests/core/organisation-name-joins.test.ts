import { describe, expect, test } from 'vitest';
import { analyzeBody } from './summarize';

/** Each speaker of the invented paragraphs as `name (role)`. */
const speakersOf = (...paragraphs: string[]) =>
  analyzeBody(...paragraphs).speakers.map(s => (s.role ? `${s.name} (${s.role})` : s.name));

describe('an organisation whose name joins its fields with commas or `dan`', () => {
  test.each([
    [
      'fields listed with commas, closed by the acronym that spells them',
      [
        'Badan Meteorologi, Klimatologi, dan Geofisika (BMKG) memperkirakan musim kemarau tiba lebih awal di kawasan timur.',
      ],
      ['Badan Meteorologi, Klimatologi, dan Geofisika'],
    ],
    [
      'two levels of a field joined by `dan`',
      [
        'Kementerian Pendidikan Dasar dan Menengah (Kemendikdasmen) menyatakan kurikulum baru berlaku tahun depan.',
      ],
      ['Kementerian Pendidikan Dasar dan Menengah'],
    ],
    [
      'a long office with a derived noun and `dan`, after an adjunct, then the name between commas',
      [
        'Menjawab pertanyaan wartawan, Direktur Jenderal Guru dan Tenaga Kependidikan Kementerian Pendidikan Dasar dan Menengah, Dr Yohanes Lado, MSi, mengatakan jadwal lomba cipta puisi tidak berubah.',
      ],
      [
        'Yohanes Lado (Direktur Jenderal Guru dan Tenaga Kependidikan Kementerian Pendidikan Dasar dan Menengah)',
      ],
    ],
  ])('%s', (_, paragraphs, expected) => expect(speakersOf(...paragraphs)).toEqual(expected));

  test('the office then gives its short title to the person', () =>
    expect(
      analyzeBody(
        'Menjawab pertanyaan wartawan, Direktur Jenderal Guru dan Tenaga Kependidikan Kementerian Pendidikan Dasar dan Menengah, Dr Yohanes Lado, MSi, mengatakan jadwal lomba cipta puisi tidak berubah.',
        'Dirjen juga menyebut panitia tengah menyiapkan hadiah bagi para pemenang.',
      ).quotes.map(q => q.speakers.join(', ')),
    ).toEqual(['Yohanes Lado', 'Yohanes Lado']));

  test('a name list after a comma gets no role from the name before it', () =>
    expect(
      speakersOf(
        'Budi Santoso, Ketua Koperasi Tani Makmur, Rina Anggraeni mengatakan panen gagal.',
      ),
    ).not.toContain('Rina Anggraeni (Ketua Koperasi Tani Makmur)'));
});
