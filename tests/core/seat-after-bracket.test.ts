import { describe, expect, test } from 'vitest';
import { withFeaturesOff } from '../../core/engine/features';
import { analyzeBody, speakerRoles } from './summarize';

describe('an office’s seat after the bracketed acronym closing its name is the role’s', () => {
  test.each([
    // An unknown seat before a given name.
    [
      '“Stok vaksin cukup,” kata Kepala Dinas Kesehatan (Dinkes) Cibening Rudi Hartono.',
      'Rudi Hartono',
      'Kepala Dinas Kesehatan (Dinkes) Cibening',
    ],
    // A place word before the name.
    [
      '“Anggaran sudah cair,” kata Kepala Bappeda Pemerintah Kabupaten (Pemkab) Tasikmalaya Darmaji Sulistyo.',
      'Darmaji Sulistyo',
      'Kepala Bappeda Pemerintah Kabupaten (Pemkab) Tasikmalaya',
    ],
    // The seat alone before the comma closes the office; the name after it is its holder.
    [
      '“Stok vaksin cukup,” kata Kepala Dinas Kesehatan (Dinkes) Garut, Rudi Hartono.',
      'Rudi Hartono',
      'Kepala Dinas Kesehatan (Dinkes) Garut',
    ],
  ])('%s', (paragraph, name, role) => expect(speakerRoles(paragraph)).toEqual([[name, role]]));

  test.each([
    ['“Kami siap,” kata Menteri Desa (Mendes) Yudha Kusnandar.', 'Yudha Kusnandar'],
    ['“Kami siap,” kata Menteri Desa (Mendes) Abdul Halim Iskandar.', 'Abdul Halim Iskandar'],
  ])('a name right after the bracket stays whole: %s', (paragraph, name) => {
    expect(speakerRoles(paragraph).map(s => s[0])).toEqual([name]);
  });

  test('a later bare title finds the holder, not a person called by the seat', () => {
    const quotes = analyzeBody(
      '“Stok vaksin cukup,” kata Kepala Dinas Kesehatan (Dinkes) Garut, Rudi Hartono.',
      '“Petugas sudah disiapkan,” kata Kadinkes.',
    ).quotes;
    expect(quotes.map(q => q.speakers.join())).toEqual(['Rudi Hartono', 'Rudi Hartono']);
  });

  test('switched off, the seat opens the name', () => {
    const off = withFeaturesOff(['names.model.seatAfterBracket'], () =>
      speakerRoles(
        '“Stok vaksin cukup,” kata Kepala Dinas Kesehatan (Dinkes) Cibening Rudi Hartono.',
      ),
    );
    expect(off.map(s => s[0])).toEqual(['Cibening Rudi Hartono']);
  });
});
