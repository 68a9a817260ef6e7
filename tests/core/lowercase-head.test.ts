import { describe, expect, test } from 'vitest';
import { speakerRoles } from './summarize';
import { withFeaturesOff } from '../../core/engine/features';

/**
 * A head written in lowercase is a common noun: it opens no institution's proper name, so the
 * capitalised run after it is the person's whole name, whatever the first word is.
 */
const CASES: readonly (readonly [line: string, name: string, role: string])[] = [
  [
    'Ketua majelis hakim Yohanes Bima Saputra menyatakan terdakwa terbukti menyalahgunakan dana desa.',
    'Yohanes Bima Saputra',
    'Ketua majelis hakim',
  ],
  [
    '“Kami masih pikir-pikir,” kata jaksa penuntut umum Fransiskus Lede Mbete.',
    'Fransiskus Lede Mbete',
    'jaksa penuntut umum',
  ],
  [
    'Jaksa penuntut umum Wulan Dwi Anggraini mengatakan tuntutan akan dibacakan pekan depan.',
    'Wulan Dwi Anggraini',
    'Jaksa penuntut umum',
  ],
  [
    '“Putusan ini sudah mempertimbangkan semua bukti,” ujar anggota majelis hakim Gregor Tamba Simarmata.',
    'Gregor Tamba Simarmata',
    'anggota majelis hakim',
  ],
];

describe('a lowercase head leaves the capitalised run to the person', () => {
  test.each(CASES)('%s', (line, name, role) => expect(speakerRoles(line)).toEqual([[name, role]]));
});

describe('without the feature the first name word went to the role', () => {
  test.each(CASES)('%s', (line, name) =>
    withFeaturesOff(['names.model.lowercaseHead'], () =>
      expect(speakerRoles(line).map(([n]) => n)).not.toEqual([name]),
    ),
  );
});

describe('heads that still take the word after them', () => {
  test.each([
    // Where someone lives is a place, written in lowercase or not, known to the gazetteer or not.
    [
      'warga Cibening Rahmat Hidayat Saleh mengatakan banjir datang tengah malam.',
      'Rahmat Hidayat Saleh',
      'warga Cibening',
    ],
    // A capitalised head opens an institution's proper name.
    [
      'Ketua Umum Partai Maju Bersama Dimas Prakoso menilai koalisi sudah solid.',
      'Dimas Prakoso',
      'Ketua Umum Partai Maju Bersama',
    ],
  ])('%s', (line, name, role) => expect(speakerRoles(line)).toEqual([[name, role]]));
});
