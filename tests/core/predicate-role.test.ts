import { describe, expect, test } from 'vitest';
import { withFeaturesOff } from '../../core/engine/features';
import { analyzeBody } from './summarize';

/** The role the engine gives the speaker `name` of invented paragraphs (undefined: no such speaker). */
const roleOf = (name: string, ...paragraphs: string[]) =>
  analyzeBody(...paragraphs).speakers.find(s => s.name === name)?.role;

const cue = (name: string) => `“Kami sudah menunggu lama,” kata ${name.split(' ')[0]}.`;

describe('a role given in a clause of its own is the role of a person given none (cast.predicateRole)', () => {
  const cases: [string, string, string][] = [
    ['Budi Santoso adalah Ketua RT 05 di kampung itu.', 'Budi Santoso', 'Ketua RT 05'],
    [
      'Rina Kartika merupakan salah satu pengajar di SMA Negeri 3 Cibening.',
      'Rina Kartika',
      'pengajar di SMA Negeri 3 Cibening',
    ],
    [
      'Dalam sidang itu, Yosef Tamba adalah saksi kunci. Ia tiba lebih awal.',
      'Yosef Tamba',
      'saksi kunci',
    ],
    [
      'Budi Santoso, yang juga menjabat Ketua Koperasi Usaha Bersama, mengatakan panen gagal.',
      'Budi Santoso',
      'Ketua Koperasi Usaha Bersama',
    ],
    [
      'Budi Santoso yang sehari-hari bekerja sebagai tukang parkir mengaku penghasilannya turun.',
      'Budi Santoso',
      'tukang parkir',
    ],
    [
      'Rudi Hartono menjabat sebagai Kepala Desa Sukamaju sejak 2019.',
      'Rudi Hartono',
      'Kepala Desa Sukamaju',
    ],
    [
      'Rudi Hartono kini bekerja sebagai pengemudi ojek daring.',
      'Rudi Hartono',
      'pengemudi ojek daring',
    ],
    ['Rumah itu milik Rudi Hartono yang bekerja sebagai nelayan.', 'Rudi Hartono', 'nelayan'],
  ];
  test.each(cases)('%s', (text, name, role) => {
    expect(roleOf(name, text, cue(name))).toBe(role);
  });
  test.each(cases)('switched off: %s', (text, name, role) => {
    const off = withFeaturesOff(['cast.predicateRole'], () => roleOf(name, text, cue(name)));
    expect(off).not.toBe(role);
  });
});

describe('no role is predicated where the clause is about someone else or about no office', () => {
  test.each([
    // Whose kin: the clause says what the wife is.
    ['Istri Budi Santoso adalah bidan di puskesmas itu.', 'Budi Santoso'],
    ['Kemarin, istri Budi Santoso adalah bidan di puskesmas itu.', 'Budi Santoso'],
    // A former office is not the person's role; working somewhere names no trade.
    ['Rina Kartika pernah menjabat Ketua Koperasi Usaha Bersama.', 'Rina Kartika'],
    ['Rudi Hartono bekerja di pabrik itu sejak 2010.', 'Rudi Hartono'],
    // `menjadi` tells what someone became in a story, not an office.
    ['Di sekolah itu, Maria Wenda menjadi satu-satunya perawat di pulau itu.', 'Maria Wenda'],
  ])('%s', (text, name) => {
    expect(roleOf(name, text, cue(name)) ?? null).toBe(null);
  });

  test('a role written beside the name stays', () => {
    const text = 'Ketua RT, Budi Santoso, adalah warga asli kampung itu.';
    expect(roleOf('Budi Santoso', text, cue('Budi'))).toBe('Ketua RT');
  });
});

describe('a nickname aside is no role (cast.nicknameAsideNoRole)', () => {
  const paragraphs = [
    'Ayah korban, Sugeng Riyadi, mengatakan anaknya sakit sejak Senin.',
    'Pak Ugeng, sapaan akrabnya, mengatakan rumahnya rusak parah.',
    '“Kami kecewa,” kata Pak Ugeng.',
  ];
  test('the aside after the nickname does not become the role', () => {
    expect(roleOf('Sugeng Riyadi', ...paragraphs)).not.toBe('sapaan akrabnya');
  });
  test('switched off, it did', () => {
    const off = withFeaturesOff(['cast.nicknameAsideNoRole'], () =>
      roleOf('Sugeng Riyadi', ...paragraphs),
    );
    expect(off).toBe('sapaan akrabnya');
  });
});
