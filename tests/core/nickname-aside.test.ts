import { describe, expect, test } from 'vitest';
import { withFeaturesOff } from '../../core/engine/features';
import { analyzeBody } from './summarize';

/** The role of the person an invented paragraph names first. */
const roleOf = (...paragraphs: string[]) => analyzeBody(...paragraphs).speakers[0]?.role ?? null;

const SAID = '“Kami kurang fokus,” kata Dedi.';

describe('a nickname aside after a name keeps the role before it', () => {
  test.each([
    [
      'Pelatih Persikabo Muda, Dedi Santoso alias Kang Dedi, mengakui timnya kalah.',
      'Pelatih Persikabo Muda',
    ],
    [
      'Sementara itu, pelatih Persikabo Muda, Dedi Santoso alias Kang Dedi, mengakui timnya kalah.',
      'pelatih Persikabo Muda',
    ],
    [
      'Ketua Forum Pemuda Cibening, Dedi Santoso atau yang kerap disapa Mas Dedi, menuturkan pihaknya siap.',
      'Ketua Forum Pemuda Cibening',
    ],
    [
      'Kepala Desa Sukamaju, Dedi Santoso yang biasa dipanggil Pak Ucok, menjelaskan jalan itu rusak.',
      'Kepala Desa Sukamaju',
    ],
    [
      'Namun, ketua kelompok tani Sumber Rejeki, Dedi Santoso alias Ucok, membantah kabar itu.',
      'ketua kelompok tani Sumber Rejeki',
    ],
  ])('%s', (line, role) => {
    expect(roleOf(line, SAID)).toBe(role);
  });

  test('with no aside the role is read as before', () => {
    expect(roleOf('Pelatih Persikabo Muda, Dedi Santoso, mengakui timnya kalah.', SAID)).toBe(
      'Pelatih Persikabo Muda',
    );
  });

  test('a lowercase word after the name that is no nickname marker is no aside', () => {
    const line =
      'Sementara itu, pelatih Persikabo Muda, Dedi Santoso bersama Kang Ujang, mengakui timnya kalah.';
    expect(roleOf(line, SAID)).toBeNull();
  });

  test('switched off, the role before a nicknamed name is lost', () => {
    const line =
      'Sementara itu, pelatih Persikabo Muda, Dedi Santoso alias Kang Dedi, mengakui timnya kalah.';
    expect(withFeaturesOff(['cast.nicknameAsideCloses'], () => roleOf(line, SAID))).toBeNull();
  });
});

describe('a nickname aside after a name keeps the kin word before it too', () => {
  const line = 'Ayahnya, Dedi Santoso alias Pak Ucok, menilai bantuan itu terlambat datang.';
  test('the relation is read past the aside', () => expect(roleOf(line, SAID)).toBe('ayah'));
  test('without the aside reading the relation was lost', () =>
    withFeaturesOff(['cast.nicknameAsideCloses'], () => expect(roleOf(line, SAID)).toBeNull()));
});
