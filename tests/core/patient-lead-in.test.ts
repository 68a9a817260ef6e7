import { describe, expect, test } from 'vitest';
import { withFeaturesOff } from '../../core/engine/features';
import { patientLeadIn } from '../../core/engine/discourse/patient-role';
import { lastSpeakers } from './summarize';

const REGENT = [
  'Bupati Sukalaras, Anwar Hidayat, mengatakan pemkab menanggung biaya pengobatan korban.',
  '"Kami tidak ingin keluarga korban terbebani," kata Anwar.',
];

/**
 * People named after a description that tells whom it befell (`Dua pekerja yang tewas, X dan Y,
 * …`, `Salah satu korban, X, …`) are talked about: the next `ujarnya` stays with the source.
 */
const CASES: readonly (readonly [string, readonly string[], string])[] = [
  [
    'a count, a trade and `yang tewas`',
    [
      ...REGENT,
      'Dua buruh bangunan yang tewas, Samin (40) dan Darto (35), terjatuh dari perancah lantai lima.',
      '"Semua kontraktor akan kami panggil pekan depan," ujarnya.',
    ],
    'Samin',
  ],
  [
    'one trade and `yang meninggal`',
    [
      ...REGENT,
      'Penambang yang meninggal, Karyo Sutrisno, baru sepekan bekerja di lubang itu.',
      '"Tambang rakyat itu akan kami tutup," ujarnya.',
    ],
    'Karyo Sutrisno',
  ],
];

describe('people a description tells it befell are talked about', () => {
  test.each(CASES)('%s', (_, paragraphs) => {
    expect(lastSpeakers(...paragraphs)).toEqual(['Anwar Hidayat']);
  });

  test('a victim counted before the role, as before', () => {
    const said = '"Biaya perawatan ditanggung pemkab sampai sembuh," ujarnya.';
    const victim = 'Salah satu korban, Warsini Rahayu, kehilangan rumah dan dua ekor sapinya.';
    expect(lastSpeakers(...REGENT, victim, said)).toEqual(['Anwar Hidayat']);
  });

  test('switched off, the first one named takes the cue', () => {
    for (const [, paragraphs, named] of CASES)
      withFeaturesOff(['discourse.patientLeadIn'], () =>
        expect(lastSpeakers(...paragraphs)).toEqual([named]),
      );
  });
});

describe('which lead-ins tell it', () => {
  test.each([
    ['Tiga nelayan yang tewas', true],
    ['Pekerja proyek yang meninggal', true],
    ['Salah satu korban', true],
    ['Seorang korban luka', true],
    ['Ayah korban yang tewas', false],
    ['Kuasa hukum korban', false],
    ['Dua pekerja yang selamat', false],
    ['Kepala dinas yang baru dilantik', false],
  ])('%s', (lead, want) => {
    expect(patientLeadIn(lead)).toBe(want);
  });
});
