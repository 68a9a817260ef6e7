import { describe, expect, test } from 'vitest';
import { withFeaturesOff } from '../../core/engine/features';
import { speakerRoles } from './summarize';

// After a head that takes an institution or a region (`Direktur`, `Kepala Dinas`), a given name
// followed by two more person name words is a long name, not the office's seat and a short name.
describe('a given name after an office head opens a long name', () => {
  test.each([
    [
      'Direktur Muhammad Rizal Fahmi Harahap mengatakan, “Laba naik.”',
      'Muhammad Rizal Fahmi Harahap',
      'Direktur',
    ],
    ['“Kami siap,” kata Kepala Dinas Ahmad Yusuf Hidayat.', 'Ahmad Yusuf Hidayat', 'Kepala Dinas'],
    ['Ketua Abdul Rahman Siregar menegaskan, “Rapat ditunda.”', 'Abdul Rahman Siregar', 'Ketua'],
    ['Kepala Dinas Siti Nur Aisyah mengatakan, “Stok aman.”', 'Siti Nur Aisyah', 'Kepala Dinas'],
  ])('%s', (text, name, role) => {
    expect(speakerRoles(text)).toEqual([[name, role]]);
    expect(withFeaturesOff(['names.model.givenAfterHead'], () => speakerRoles(text))).not.toEqual([
      [name, role],
    ]);
  });

  // The seat stays the office's: a place, or an unknown word after the given name.
  test.each([
    [
      'Bupati Meranti Muhammad Adil mengatakan, “Jalan dibangun.”',
      'Muhammad Adil',
      'Bupati Meranti',
    ],
    [
      'Kepala Dinas Kesehatan Rudi Hartono mengatakan, “Stok aman.”',
      'Rudi Hartono',
      'Kepala Dinas Kesehatan',
    ],
    [
      'Bupati Bantul Abdul Halim Muslih mengatakan, “Pasar dibuka.”',
      'Abdul Halim Muslih',
      'Bupati Bantul',
    ],
    [
      'Wali Kota Padang Hendri Septa mengatakan, “Pantai bersih.”',
      'Hendri Septa',
      'Wali Kota Padang',
    ],
  ])('%s', (text, name, role) => expect(speakerRoles(text)).toEqual([[name, role]]));
});
