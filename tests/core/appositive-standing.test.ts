import { describe, expect, test } from 'vitest';
import { withFeaturesOff } from '../../core/engine/features';
import { roleCreditedTo } from './summarize';

const SAID = 'Kami hanya ingin didengar';

/** [the introduction, the name word the quote credits, the role the panel should show]. */
type Row = readonly [string, string, string];

const AGE_ALONE: readonly Row[] = [
  [
    'Darsono, 48 tahun, guru honorer di Desa Sukaraja, mengaku belum digaji.',
    'Darsono',
    'guru honorer di Desa Sukaraja',
  ],
  [
    'Marni, 39, penjual ikan asin di Pasar Lama, menuturkan harga naik.',
    'Marni',
    'penjual ikan asin di Pasar Lama',
  ],
  ['Di antara mereka ada Tohir, 60 tahun, petani jagung.', 'Tohir', 'petani jagung'],
];

const PLACED_LONG: readonly Row[] = [
  [
    'Warsito, perawat sebuah puskesmas desa di Kabupaten Lembah Sari, mengeluhkan kekurangan obat.',
    'Warsito',
    'perawat sebuah puskesmas desa di Kabupaten Lembah Sari',
  ],
  [
    'Andreas Mote, anggota Komisi V dari daerah pemilihan Nusa Kembang, menyoroti jalan rusak.',
    'Andreas',
    'anggota Komisi V dari daerah pemilihan Nusa Kembang',
  ],
  [
    'Halimah, pengajar sebuah madrasah swasta asal Kota Baru Selatan, meminta bantuan.',
    'Halimah',
    'pengajar sebuah madrasah swasta asal Kota Baru Selatan',
  ],
];

const STANDING: readonly Row[] = [
  ['Bantuan pertama diterima Sumiati, ibu tiga anak, pada Senin pagi.', 'Sumiati', 'ibu tiga anak'],
  [
    'Gas melon langka sejak pekan lalu, kata Rohaya (41), ibu rumah tangga, sambil menunjuk tabung kosong.',
    'Rohaya',
    'ibu rumah tangga',
  ],
  [
    'Salah satunya Martinus Gobai, ayah empat anak yang tinggal di tepi sungai.',
    'Martinus',
    'ayah empat anak',
  ],
  [
    'Yang datang pertama adalah Lasmi Rahayu, nenek enam cucu asal Desa Cikaret.',
    'Lasmi',
    'nenek enam cucu asal Desa Cikaret',
  ],
];

describe('an age alone between commas is stepped over to the role after it', () => {
  test.each(AGE_ALONE)('%s', (intro, word, role) => {
    expect(roleCreditedTo(word, intro, SAID)).toBe(role);
  });
  test.each(AGE_ALONE)('switched off: %s', (intro, word, role) => {
    withFeaturesOff(['cast.ageAloneAppositiveRole'], () =>
      expect(roleCreditedTo(word, intro, SAID)).not.toBe(role),
    );
  });
});

describe('a role that says where it is held may run eight words', () => {
  test.each(PLACED_LONG)('%s', (intro, word, role) => {
    expect(roleCreditedTo(word, intro, SAID)).toBe(role);
  });
  test.each(PLACED_LONG)('switched off: %s', (intro, word, role) => {
    withFeaturesOff(['cast.placedLongAppositive'], () =>
      expect(roleCreditedTo(word, intro, SAID)).not.toBe(role),
    );
  });
  test('eight words with no place are still too many', () => {
    expect(
      roleCreditedTo(
        'Sarip',
        'Sarip, pedagang bakso keliling yang pagi itu tampak lelah sekali sekali, menolak.',
        SAID,
      ),
    ).not.toBe('pedagang bakso keliling yang pagi itu tampak lelah sekali sekali');
  });
});

describe('a parent introduced by their household has it as the role', () => {
  test.each(STANDING)('%s', (intro, word, role) => {
    expect(roleCreditedTo(word, intro, SAID)).toBe(role);
  });
  test.each(STANDING)('switched off: %s', (intro, word, role) => {
    withFeaturesOff(['cast.standingAppositive'], () =>
      expect(roleCreditedTo(word, intro, SAID)).not.toBe(role),
    );
  });
  test.each([
    ['Menurut Sarmin, pria asal Cianjur itu, harga naik.', 'Sarmin'],
    ['Tukimin, bapak yang tinggal di ujung gang, mengaku resah.', 'Tukimin'],
    ['Kami bertemu Wartini, ibu kandung korban, di rumahnya.', 'Wartini'],
  ])('a sex, age or kin noun alone is no standing: %s', (intro, word) => {
    const role = roleCreditedTo(word, intro, SAID) ?? '';
    expect(role.startsWith('pria') || role.startsWith('bapak yang')).toBe(false);
  });
});
