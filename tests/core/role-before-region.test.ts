import { describe, expect, test } from 'vitest';
import { withFeaturesOff } from '../../core/engine/features';
import { speakerRoles } from './summarize';

const QUOTE = '“Panen turun separuh,” katanya.';

describe('a place set off between a role and the name leaves the role the person’s', () => {
  test.each([
    [
      'Ketua Kelompok Tani Subur Makmur Desa Sukaraja, Temanggung, Wagiman Santoso, menjelaskan banyak tanaman terserang hama.',
      'Wagiman Santoso',
      'Ketua Kelompok Tani Subur Makmur Desa Sukaraja, Temanggung',
    ],
    [
      'Kepala Puskesmas Melati Kecamatan Sukamaju, Magelang, Ratna Kusumawardani, mengatakan stok vaksin cukup.',
      'Ratna Kusumawardani',
      'Kepala Puskesmas Melati Kecamatan Sukamaju, Magelang',
    ],
  ])('%s', (paragraph, name, role) => {
    expect(speakerRoles(paragraph, QUOTE)).toEqual([[name, role]]);
  });

  test('switched off, the person has no role', () => {
    const off = withFeaturesOff(['cast.roleBeforeRegion'], () =>
      speakerRoles(
        'Ketua Kelompok Tani Subur Makmur Desa Sukaraja, Temanggung, Wagiman Santoso, menjelaskan banyak tanaman terserang hama.',
        QUOTE,
      ),
    );
    expect(off).toEqual([['Wagiman Santoso', null]]);
  });
});

describe('a pilot’s or master’s `Capt.` is a title before the name', () => {
  test('the dot ends no sentence, the title is no part of the name, and the role before stays', () => {
    expect(
      speakerRoles(
        'Chief Executive Officer (CEO) Angkasa Air, Capt. Heru Prasetyo Nainggolan, menyebut rute baru akan diterbangi tiga kali sepekan.',
        QUOTE,
      ),
    ).toEqual([['Heru Prasetyo Nainggolan', 'Chief Executive Officer (CEO) Angkasa Air']]);
  });
});
