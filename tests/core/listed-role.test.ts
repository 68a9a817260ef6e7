import { describe, expect, test } from 'vitest';
import { withFeaturesOff } from '../../core/engine/features';
import { analyzeBody } from './summarize';

/** The roles the cast gives `names`, in order. */
const rolesOf = (names: readonly string[], ...paragraphs: string[]) => {
  const { speakers } = analyzeBody(...paragraphs);
  return names.map(n => speakers.find(s => s.name === n)?.role ?? null);
};

const SAID = '“Kami sudah siap,” kata mereka.';

describe('a counted description before a list of names is the role of every member', () => {
  test.each([
    [
      'Dua perawat, Maria Wonda dan Sela Kogoya, mengatakan pasien terus berdatangan.',
      ['Maria Wonda', 'Sela Kogoya'],
      'perawat',
    ],
    [
      'Kedua saksi, Hendra Gunawan dan Toni Saragih, mengaku melihat mobil itu melaju kencang.',
      ['Hendra Gunawan', 'Toni Saragih'],
      'saksi',
    ],
  ])('%s', (sentence, names, role) => {
    expect(rolesOf(names, sentence, SAID)).toEqual([role, role]);
    // A pair closed by a comma shares a description of common nouns too (its own switch).
    const readings = ['cast.countedListRole', 'cast.sharedDescriptionRole'] as const;
    const off = withFeaturesOff(readings, () => rolesOf(names, sentence, SAID));
    expect(off).toEqual([role, null]);
  });

  // Without a count the role before the first name is the first name's only.
  test('Pelatih Persikota, Rinaldo Mendes dan Yudi Hartono, …', () => {
    const sentence = 'Pelatih Persikota, Rinaldo Mendes dan Yudi Hartono, hadir dalam rapat itu.';
    expect(rolesOf(['Yudi Hartono'], sentence, SAID)).toEqual([null]);
  });
});

describe('a relative clause between a counted or indefinite role and the comma describes the person', () => {
  test.each([
    [
      'Seorang warga yang rumahnya terendam, Budi Santoso, mengatakan air naik sejak subuh.',
      'Budi Santoso',
      'warga',
    ],
    [
      'Dua perawat yang baru ditugaskan, Maria Wonda dan Sela Kogoya, mengatakan pasien terus berdatangan.',
      'Maria Wonda',
      'perawat',
    ],
  ])('%s', (sentence, name, role) => {
    expect(rolesOf([name], sentence, SAID)).toEqual([role]);
    const off = withFeaturesOff(['cast.relativeInDescription'], () =>
      rolesOf([name], sentence, SAID),
    );
    expect(off).toEqual([null]);
  });

  // After a verb the noun before `yang` is the verb's, not the name's description.
  test('Rapat itu dibuka warga yang menolak tambang, Rina Kartika, …', () => {
    const sentence = 'Rapat itu dibuka warga yang menolak tambang, Rina Kartika, dengan doa.';
    expect(rolesOf(['Rina Kartika'], sentence, '“Tambang merusak sawah,” kata Rina.')).toEqual([
      null,
    ]);
  });
});

describe('`lain`/`lainnya` after a description means "another of the kind", not part of the role', () => {
  // Switched off, `lain` is a clause joint (`antara lain`), so no role is read, and `lainnya`
  // stays inside the role.
  test.each([
    ['Nelayan lain, Darmaji, mengaku belum melaut sejak Senin.', ['Darmaji'], 'Nelayan', null],
    [
      'Sopir angkot lainnya, Heri Kusnadi, mengatakan setoran harian turun sejak tarif ojek daring dipangkas.',
      ['Heri Kusnadi'],
      'Sopir angkot',
      'Sopir angkot lainnya',
    ],
    [
      'Dua perawat lain, Maria Wonda dan Sela Kogoya, mengatakan pasien terus berdatangan.',
      ['Maria Wonda', 'Sela Kogoya'],
      'perawat',
      null,
    ],
  ])('%s', (sentence, names, role, roleOff) => {
    expect(rolesOf(names, sentence, SAID)).toEqual(names.map(() => role));
    const off = withFeaturesOff(['cast.otherOfKindRole'], () => rolesOf(names, sentence, SAID));
    expect(off).toEqual(names.map(() => roleOff));
  });

  // `antara lain` ("among others") opens a list: no role is read from it.
  test('Hadir antara lain, Rudi Hartono, …', () => {
    const sentence = 'Dalam rapat itu hadir antara lain, Rudi Hartono, dan sejumlah camat.';
    expect(rolesOf(['Rudi Hartono'], sentence, SAID)).toEqual([null]);
  });
});
