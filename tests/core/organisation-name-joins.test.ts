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
        'Badan Meteorologi, Klimatologi, dan Geofisika (BMKG) memperkirakan hujan lebat masih akan turun hingga pekan depan.',
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
        'Menanggapi hal itu, Direktur Jenderal Guru dan Tenaga Kependidikan Kementerian Pendidikan Dasar dan Menengah, Dr Rina Kartika Sari, MPd, mengatakan formasi guru cukup besar.',
      ],
      [
        'Rina Kartika Sari (Direktur Jenderal Guru dan Tenaga Kependidikan Kementerian Pendidikan Dasar dan Menengah)',
      ],
    ],
  ])('%s', (_, paragraphs, expected) => expect(speakersOf(...paragraphs)).toEqual(expected));

  test('the office then gives its short title to the person', () =>
    expect(
      analyzeBody(
        'Menanggapi hal itu, Direktur Jenderal Guru dan Tenaga Kependidikan Kementerian Pendidikan Dasar dan Menengah, Dr Rina Kartika Sari, MPd, mengatakan formasi guru cukup besar.',
        'Dirjen juga menyebut pemerintah tengah menyiapkan skema afirmasi bagi guru honorer.',
      ).quotes.map(q => q.speakers.join(', ')),
    ).toEqual(['Rina Kartika Sari', 'Rina Kartika Sari']));

  test('a name list after a comma gets no role from the name before it', () =>
    expect(
      speakersOf(
        'Budi Santoso, Ketua Koperasi Tani Makmur, Rina Wulandari mengatakan panen gagal.',
      ),
    ).not.toContain('Rina Wulandari (Ketua Koperasi Tani Makmur)'));
});
