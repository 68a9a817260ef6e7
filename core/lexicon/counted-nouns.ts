/**
 * Lowercase nouns counted by the number after them (`kelas V`, `tingkat II`, `pasal 5`, `lantai
 * III`): a Roman numeral after one is that number, never a person's initial, so the dot after it
 * ends the sentence (`Dimas, siswa kelas V. Bocah itu …`). Lowercase.
 */
export const NUMBERED_NOUNS: ReadonlySet<string> = new Set(
  'kelas tingkat jilid bab pasal ayat tahap gelombang angkatan lantai blok ruang nomor'.split(' '),
);
