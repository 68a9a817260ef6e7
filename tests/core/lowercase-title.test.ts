import { describe, expect, test } from 'vitest';
import { analyzeBody } from './summarize';

/** Each speaker of the invented paragraphs as `name (role)`. */
const speakersOf = (...paragraphs: string[]) =>
  analyzeBody(...paragraphs).speakers.map(s => (s.role ? `${s.name} (${s.role})` : s.name));

/** The speakers of each quote, by name. */
const quoteSpeakers = (...paragraphs: string[]) =>
  analyzeBody(...paragraphs).quotes.map(q => q.speakers.join(', '));

describe('a lowercase medical title between a role and a name opens the name', () => {
  test.each([
    [
      'after a post-posed cue, the role before a comma',
      [
        '“Kasus naik cepat,” kata Kepala Dinas Kesehatan Kota Cibening, dr Rina Kartika Sari, Selasa.',
      ],
      ['Rina Kartika Sari (Kepala Dinas Kesehatan Kota Cibening)'],
    ],
    [
      'before a pre-posed cue, the role before a comma',
      [
        'Kepala Puskesmas Cilandak, drg Budi Santoso, mengatakan stok obat masih cukup untuk sebulan.',
      ],
      ['Budi Santoso (Kepala Puskesmas Cilandak)'],
    ],
    [
      'inside one capitalised run, no comma',
      ['“Kami terus memantau,” kata Kepala Puskesmas Sukamaju dr Andi Wijaya.'],
      ['Andi Wijaya (Kepala Puskesmas Sukamaju)'],
    ],
    [
      'a vet, the title with its dot',
      [
        'Kepala Dinas Peternakan Kota Cibening, drh. Sari Handayani, mengatakan vaksin ternak sudah tiba di gudang.',
      ],
      ['Sari Handayani (Kepala Dinas Peternakan Kota Cibening)'],
    ],
  ])('%s', (_, paragraphs, expected) => expect(speakersOf(...paragraphs)).toEqual(expected));

  test('the role then lets its short title and -nya find the person', () =>
    expect(
      quoteSpeakers(
        '“Kasus naik cepat,” kata Kepala Dinas Kesehatan Kota Cibening, dr Rina Kartika Sari, Selasa.',
        'Kadis meminta warga menguras bak mandi setiap pekan.',
        '“Jentiknya tetap hidup,” ujarnya.',
      ),
    ).toEqual(['Rina Kartika Sari', 'Rina Kartika Sari', 'Rina Kartika Sari']));
});
