import { describe, expect, test } from 'vitest';
import { withFeaturesOff } from '../../core/engine/features';
import { analyzeBody } from './summarize';

/** The name and role of the speaker whose name holds `word`, read from invented paragraphs. */
function speaker(word: string, ...paragraphs: string[]) {
  const found = analyzeBody(...paragraphs).speakers.find(s => s.name.split(' ').includes(word));
  return found ? { name: found.name, role: found.role } : null;
}

/** One row: the sentence that introduces the person, the quote that names them, what to read. */
type Row = [intro: string, said: string, word: string, name: string, role: string | null];

const rows: readonly Row[] = [
  // A bracketed short form after lowercase role words ends the run before the organisation.
  [
    'Jaksa penuntut umum (JPU) Kejari Sleman Gilang Permana lalu membacakan surat dakwaan.',
    '“Terdakwa menerima uang itu,” kata Gilang.',
    'Gilang',
    'Gilang Permana',
    'Jaksa penuntut umum (JPU) Kejari Sleman',
  ],
  // A class numeral, which alone reads as the English pronoun, inside the office's name.
  [
    'Kalapas Kelas I Madiun Tri Handoko mengatakan pembinaan warga binaan terus berjalan.',
    '“Mereka kami latih menjahit,” kata Handoko.',
    'Handoko',
    'Tri Handoko',
    'Kalapas Kelas I Madiun',
  ],
  // A link word inside the office: where a politician comes from, where an envoy serves.
  [
    'Sebelumnya politikus Partai Maju asal Sukamaju Yanto Prasetyo mengusulkan nama baru itu.',
    '“Nama itu lebih tepat,” kata Yanto.',
    'Yanto',
    'Yanto Prasetyo',
    'politikus Partai Maju asal Sukamaju',
  ],
  [
    'At the airport, Ruritanian Ambassador to Indonesia Marek Novak thanked the volunteers.',
    '“We will not forget this help,” Novak said.',
    'Novak',
    'Marek Novak',
    'Ruritanian Ambassador to Indonesia',
  ],
  [
    'Direktur Institute of Studies on Farming (Isof) Indonesia Lina Marlina mengingatkan harga pupuk naik.',
    '“Petani butuh kepastian,” kata Lina.',
    'Lina',
    'Lina Marlina',
    'Direktur Institute of Studies on Farming (Isof) Indonesia',
  ],
];

describe('an office written across a bracket, a link word or a numeral before a name is the whole role', () => {
  test.each(rows)('%s', (intro, said, word, name, role) => {
    expect(speaker(word, intro, said)).toEqual({ name, role });
  });
  test('switched off, none reads that role', () => {
    for (const [intro, said, word, , role] of rows) {
      // `Kelas I` is also read inside the run itself (names.officeClassOne, name-run.ts), which now
      // owns that numeral; this reading still bridges the others (`Kelas IIA`, a bracket, a link).
      const off = withFeaturesOff(['names.bridgedOffice', 'names.officeClassOne'], () =>
        speaker(word, intro, said),
      );
      expect(off?.role ?? null).not.toEqual(role);
    }
  });
  test('a recipient after `untuk`/`to` takes no office from the giver before it', () => {
    const giver = speaker(
      'Sutrisno',
      'Bantuan itu diserahkan Bupati Cibening untuk Joko Sutrisno pekan lalu.',
      '“Terima kasih,” kata Sutrisno.',
    );
    expect(giver).toEqual({ name: 'Joko Sutrisno', role: null });
    const award = speaker(
      'Tanaka',
      'Minister Rina Kartika handed the award to Kenji Tanaka on Monday.',
      '"Thank you," Tanaka said.',
    );
    expect(award).toEqual({ name: 'Kenji Tanaka', role: null });
  });
});
