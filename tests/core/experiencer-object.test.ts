import { describe, expect, test } from 'vitest';
import { withFeaturesOff } from '../../core/engine/features';
import { lastSpeakers } from './summarize';
import { sourceRows, type SourceRow } from './source-rows';

// discourse.experiencerObject: after a subject that names nobody, the person a verb of feeling
// tells of (`Jawaban itu tidak memuaskan X.`, `Keputusan itu mengejutkan pedagang Y`) is the one
// the next `kata dia`/`ujarnya` means, not the official whose answer or decision it was.
const ROWS: readonly SourceRow[] = [
  [
    'Bonifasius Tarigan',
    'Anggota Komisi II DPR Bonifasius Tarigan menanyakan lambatnya pencairan dana. Menteri Sri Handayani menjawab pencairan menunggu verifikasi. Jawaban itu tidak memuaskan Bonifasius.',
    '"Verifikasi tidak boleh jadi alasan menahan hak warga," kata dia.',
  ],
  [
    'Sari Indah',
    'Bupati Agus Wibowo mengumumkan penutupan pasar lama. Keputusan itu mengejutkan Sari Indah, pedagang sayur yang sudah 20 tahun berjualan di sana.',
    '"Kami tidak pernah diajak bicara," ujarnya.',
  ],
  [
    'Sari Indah',
    'Bupati Agus Wibowo mengumumkan penutupan pasar lama. "Pasar baru lebih bersih," kata Agus. Keputusan itu mengecewakan pedagang Sari Indah.',
    '"Kami tidak pernah diajak bicara," ujarnya.',
  ],
  // Relief and alarm are told the same way (`melegakan`, `mencemaskan`).
  [
    'Sari Indah',
    'Bupati Agus Wibowo berjanji membangun pasar darurat. "Pedagang tidak dipungut biaya," kata Agus. Kabar itu sedikit melegakan pedagang Sari Indah.',
    '"Dulu juga dijanjikan, tapi kami menunggu setahun," ujarnya.',
  ],
  [
    'Sari Indah',
    'Bupati Agus Wibowo mengumumkan penutupan pasar lama. "Pasar baru lebih bersih," kata Agus. Rencana itu mencemaskan pedagang Sari Indah.',
    '"Pembeli kami bisa hilang," ujarnya.',
  ],
];

describe('the person a verb of feeling tells of is the next pronoun’s source (discourse.experiencerObject)', () => {
  sourceRows(ROWS, 'discourse.experiencerObject');

  // A verb of feeling after `yang` opens a relative clause about a thing (a verdict's aggravating
  // factors, a decision): the person it tells of is not the next pronoun's source.
  test.each([
    [
      'Dewi Lestari',
      'Ketua majelis hakim Dewi Lestari membacakan putusan. Hal-hal yang memberatkan terdakwa Budi Santoso, perbuatannya merugikan negara.',
      '"Terdakwa tidak menyesali perbuatannya," kata dia.',
    ],
    [
      'Agus Wibowo',
      'Bupati Agus Wibowo menunda pembangunan pasar. Keputusan yang mengecewakan pedagang Sari Indah itu diambil setelah rapat.',
      '"Anggarannya belum cukup," kata dia.',
    ],
  ])('in a relative clause: %s (discourse.experiencerNotRelative)', (who, intro, quote) => {
    expect(lastSpeakers(intro, quote)).toEqual([who]);
    const off = withFeaturesOff(['discourse.experiencerNotRelative'], () =>
      lastSpeakers(intro, quote),
    );
    expect(off).not.toEqual([who]);
  });

  test('after a person as the subject, that person stays the topic', () => {
    const intro =
      'Pelatih Rudi Hartono menilai timnya bermain buruk. Penampilan Dedi Firmansyah mengecewakan suporter Rina Wati.';
    expect(lastSpeakers(intro, '"Kami harus banyak berbenah," ujarnya.')).toEqual(['Rudi Hartono']);
  });
});
