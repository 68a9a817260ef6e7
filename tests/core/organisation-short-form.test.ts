import { describe, expect, test } from 'vitest';
import { withFeaturesOff } from '../../core/engine/features';
import { lastSpeakers } from './summarize';

const BEFORE = '"Kami akan menambah armada bus," kata Budi Hartono, warga Cibening.';

describe('a title written with an organisation’s short form is the organisation (discourse.organisationShortForm)', () => {
  test.each([
    // The short form with the words of the name after it, an office holder named in between.
    [
      'Komite Disiplin (Komdis) PSSI menyatakan panitia lalai menjamin keamanan. Ketua Komdis PSSI Erwin Santoso menambahkan sanksi sudah final. Komdis PSSI juga meminta klub membayar denda.',
      'Komite Disiplin PSSI',
    ],
    [
      'Organisasi Angkutan Darat (Organda) Kota Cibening menuntut pemkot menunda proyek. Ketua Organda Kota Cibening Tumpal Sinaga mengatakan mogok berlanjut. Organda Kota Cibening juga meminta wali kota menemui massa.',
      'Organisasi Angkutan Darat Kota Cibening',
    ],
    // A short form of two words.
    [
      'Kementerian Desa dan Pembangunan Daerah Tertinggal (Kemendes PDT) dalam keterangannya menyatakan pengawasan terus diperkuat. Kemendes PDT juga meminta pemerintah kabupaten menunda penyaluran dana.',
      'Kementerian Desa dan Pembangunan Daerah Tertinggal',
    ],
  ])('%s', (line, name) => {
    expect(lastSpeakers(BEFORE, line)).toEqual([name]);
  });

  test('an office in the organisation is its holder (negative case)', () => {
    const line =
      'Komite Disiplin (Komdis) PSSI menyatakan panitia lalai. Ketua Komdis PSSI Erwin Santoso menambahkan sanksi sudah final.';
    expect(lastSpeakers(BEFORE, line)).toEqual(['Erwin Santoso']);
  });

  test('switched off, the short form went to the office holder', () => {
    const line =
      'Komite Disiplin (Komdis) PSSI menyatakan panitia lalai. Ketua Komdis PSSI Erwin Santoso menambahkan sanksi sudah final. Komdis PSSI juga meminta klub membayar denda.';
    expect(
      withFeaturesOff(['discourse.organisationShortForm'], () => lastSpeakers(BEFORE, line)),
    ).toEqual(['Erwin Santoso']);
  });
});
