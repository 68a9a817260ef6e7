import { describe, expect, test } from 'vitest';
import { withFeaturesOff } from '../../core/engine/features';
import { lastSpeakers } from './summarize';

// discourse.leadingAuxiliary: a name with a lowercase word of its role before it leads its
// sentence when `ikut`/`turut`/`akan` and then a verb follow it (`Guru olahraga X ikut membantu
// …`): the person just brought in, whom the next `ujar pria 45 tahun itu` may mean.
const ROWS: [string, string, string][] = [
  [
    'Hendro Wibowo',
    'Kepala sekolah Maria Ulfa menyebut siswa sudah dievakuasi. "Semua selamat," kata Maria. Guru olahraga Hendro Wibowo ikut membantu evakuasi.',
    '"Saya gendong dua anak sekaligus," ujar pria 45 tahun itu.',
  ],
  [
    'Darmawan Saleh',
    'Lurah Fitri Yanti menyebut banjir surut sore hari. "Warga sudah kembali," kata Fitri. Ketua pemuda Darmawan Saleh turut membersihkan lumpur di masjid.',
    '"Lumpurnya setinggi lutut," tutur pria 30 tahun itu.',
  ],
];

describe('a name before `ikut`/`turut` and a verb leads its sentence (discourse.leadingAuxiliary)', () => {
  test.each(ROWS)('%s', (who, intro, quote) => {
    expect(lastSpeakers(intro, quote)).toEqual([who]);
  });

  test.each(ROWS)('switched off: %s', (who, intro, quote) => {
    const off = withFeaturesOff(['discourse.leadingAuxiliary'], () => lastSpeakers(intro, quote));
    expect(off).not.toEqual([who]);
  });
});
