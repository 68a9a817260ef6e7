import { describe, expect, test } from 'vitest';
import { withFeaturesOff, type FEATURES } from '../../core/engine/features';
import { roleCreditedTo } from './summarize';

const SAID = 'Kami sudah melapor sejak pekan lalu';

/** [the introduction, the name word the quote credits, the role the panel should show]. */
type Row = readonly [string, string, string];

/** Rows of each switch, with the switch that reads them. */
const CLASSES: readonly (readonly [keyof typeof FEATURES, readonly Row[]])[] = [
  [
    'cast.roleBeforeOverResidence',
    [
      [
        'Pemilik tiga perahu itu, Saleh Daeng Naba, warga Desa Pantai Biru, melapor ke polisi.',
        'Saleh',
        'Pemilik tiga perahu itu',
      ],
      [
        'Salah satu pengemudi ojek, Rusdi (29), warga Kelurahan Teluk, ikut berunjuk rasa.',
        'Rusdi',
        'Salah satu pengemudi ojek',
      ],
      [
        'Rapat dihadiri ketua kelompok tani, Warsono Adi, warga Dusun Krajan, dan dua penyuluh.',
        'Warsono',
        'ketua kelompok tani',
      ],
    ],
  ],
  [
    'cast.standingAfterOffice',
    [
      [
        'Ketua Umum PBT terpilih, Haris Munandar, menyatakan siap berkoalisi.',
        'Haris',
        'Ketua Umum PBT terpilih',
      ],
      [
        'Bupati Lembah Hijau terdahulu, Sarwono Adi, menilai proyek itu gagal.',
        'Sarwono',
        'Bupati Lembah Hijau terdahulu',
      ],
    ],
  ],
  [
    'cast.kinOwnerJoined',
    [
      [
        'Darmaji Putra dan istrinya, Sulastri, lalu membawa anak mereka ke puskesmas.',
        'Sulastri',
        'istri Darmaji Putra',
      ],
      [
        'Wulan bersama suaminya, Tono Hartono, menunggu di lorong rumah sakit.',
        'Tono',
        'suami Wulan',
      ],
      // A capitalised sentence opener is no word of the owner's name.
      [
        'Kini Harsono Wibowo dan istrinya, Ratna Sari, tinggal di pengungsian.',
        'Ratna',
        'istri Harsono Wibowo',
      ],
      [
        'Sementara Yusuf Ramadhan bersama istrinya, Mira Andayani, menunggu di posko.',
        'Mira',
        'istri Yusuf Ramadhan',
      ],
      ['Bahkan Gita Puspa dan suaminya, Arman, ikut mengungsi.', 'Arman', 'suami Gita Puspa'],
    ],
  ],
];

describe.each(CLASSES)('%s', (feature, rows) => {
  test.each(rows)('%s', (intro, word, role) => {
    expect(roleCreditedTo(word, intro, SAID)).toBe(role);
  });
  test.each(rows)('switched off: %s', (intro, word, role) => {
    withFeaturesOff([feature], () => expect(roleCreditedTo(word, intro, SAID)).not.toBe(role));
  });
});

describe('what the new readings leave as it was', () => {
  test.each([
    // An appositive that is a role of its own is kept over the description before the comma.
    [
      'Salah satu korban, Yanti (30), penumpang angkot yang duduk di depan, masih dirawat.',
      'Yanti',
      'penumpang angkot',
    ],
    // A residence with no role before the comma stays the role.
    [
      'Saleh Daeng Naba, warga Desa Pantai Biru, melapor ke polisi.',
      'Saleh',
      'warga Desa Pantai Biru',
    ],
    // A pronoun before the join owns nothing the panel can name.
    ['Ia dan istrinya, Sulastri, lalu membawa anak mereka ke puskesmas.', 'Sulastri', 'istri'],
  ] as const)('%s', (intro, word, role) => {
    expect(roleCreditedTo(word, intro, SAID)).toBe(role);
  });
});

describe('offices and trades the role lexicon lists', () => {
  test.each([
    [
      'Humas PT Sinar Pagi, Rudi Hartawan, menyebut perusahaan terbuka untuk dialog.',
      'Rudi',
      'Humas PT Sinar Pagi',
    ],
    [
      'Pembimbing ibadah rombongan itu, Ustaz Hamdan Lubis, meminta jamaah berlatih.',
      'Hamdan',
      'Pembimbing ibadah rombongan itu',
    ],
    [
      'Prakirawan Balai Klimatologi Tanjung Harapan, Dewa Ayu Sri Lestari, memperkirakan hujan lebat.',
      'Lestari',
      'Prakirawan Balai Klimatologi Tanjung Harapan',
    ],
    [
      'Perbekel Desa Sukasari, I Ketut Darma, menyebut warga membeli air.',
      'Darma',
      'Perbekel Desa Sukasari',
    ],
    [
      'Konselor sekolah itu, Maria Ulfah, mengatakan siswa butuh pendampingan.',
      'Maria',
      'Konselor sekolah itu',
    ],
  ] as const)('%s', (intro, word, role) => {
    expect(roleCreditedTo(word, intro, SAID)).toBe(role);
  });
});
