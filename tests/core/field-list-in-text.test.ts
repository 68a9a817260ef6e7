import { describe, expect, test } from 'vitest';
import { withFeaturesOff } from '../../core/engine/features';
import { analyzeBody } from './summarize';

/** Each quote of invented paragraphs as `text → name (role)` of its speakers. */
function credited(...paragraphs: string[]): string[] {
  const { quotes, speakers } = analyzeBody(...paragraphs);
  const role = new Map(speakers.map(s => [s.name, s.role]));
  return quotes.map(
    q => `${q.text} → ${q.speakers.map(n => `${n} (${role.get(n) ?? '-'})`).join(' + ')}`,
  );
}

// Regional news names a provincial or regency office by its list of fields, and its head is often
// introduced in a sentence with no cue (`menyambut baik`, `hadir`), then quoted as `Ia`/`ujar X`.
describe('an office named by its field list in the running text is one run (cast.fieldListInText)', () => {
  test.each([
    [
      [
        'Kepala Dinas Pemuda, Olahraga dan Pariwisata Kota Cibening Yudi Pranata menyambut baik lomba itu. Ia menilai lomba itu penting bagi warga.',
        '“Pesertanya banyak,” ujar Yudi.',
      ],
      [
        'lomba itu penting bagi warga → Yudi Pranata (Kepala Dinas Pemuda, Olahraga dan Pariwisata Kota Cibening)',
        'Pesertanya banyak → Yudi Pranata (Kepala Dinas Pemuda, Olahraga dan Pariwisata Kota Cibening)',
      ],
    ],
    [
      [
        'Kepala Dinas Pekerjaan Umum, Perumahan, dan Kawasan Permukiman Kabupaten Cibening Rina Kartika meninjau jembatan itu pada Senin. Ia memastikan perbaikan selesai bulan depan.',
      ],
      [
        'perbaikan selesai bulan depan → Rina Kartika (Kepala Dinas Pekerjaan Umum, Perumahan, dan Kawasan Permukiman Kabupaten Cibening)',
      ],
    ],
    [
      [
        'Kepala Dinas Pekerjaan Umum, Perumahan dan Kawasan Permukiman Kabupaten Cibening Rina Kartika meninjau jembatan itu pada Senin.',
        '“Perbaikan selesai bulan depan,” kata Rina.',
      ],
      [
        'Perbaikan selesai bulan depan → Rina Kartika (Kepala Dinas Pekerjaan Umum, Perumahan dan Kawasan Permukiman Kabupaten Cibening)',
      ],
    ],
  ])('%j', (paragraphs, expected) => {
    expect(credited(...paragraphs)).toEqual(expected);
    expect(withFeaturesOff(['cast.fieldListInText'], () => credited(...paragraphs))).not.toEqual(
      expected,
    );
  });

  // A list set off by a comma before its holder is read by the comma reading, as before.
  test('a holder after the comma keeps the whole list as the role', () => {
    expect(
      credited(
        'Acara itu dibuka Kepala Dinas Pemuda, Olahraga, dan Pariwisata Kota Cibening, Yudi Pranata.',
        '“Pesertanya banyak,” ujar Yudi.',
      ),
    ).toEqual([
      'Pesertanya banyak → Yudi Pranata (Kepala Dinas Pemuda, Olahraga, dan Pariwisata Kota Cibening)',
    ]);
  });

  test('a holder set off after the list keeps it whatever its last words read as', () => {
    expect(
      credited(
        'Dari sisi hukum, Kasubdit Siber, Perbankan, dan Investasi Ditreskrimsus Polda Nusa Raya, AKBP Yudi Pranata, menuturkan polisi telah menyita aset.',
      ),
    ).toEqual([
      'polisi telah menyita aset → Yudi Pranata (Kasubdit Siber, Perbankan, dan Investasi Ditreskrimsus Polda Nusa Raya, AKBP)',
    ]);
  });

  // The closing short form of a ministry named by its fields is its alias, so the later short
  // form alone is the same ministry, not a second speaker.
  test('a listed ministry with its short form is one organisation', () => {
    const { speakers } = analyzeBody(
      'Kampus akan melapor kepada Kementerian Pendidikan, Riset, dan Teknologi (Kemendikristek) yang berwenang.',
      'Kemendikristek menyatakan akan memeriksa laporan itu.',
    );
    expect(speakers.map(s => [s.name, s.kind, s.aliases])).toEqual([
      ['Kementerian Pendidikan, Riset, dan Teknologi', 'organization', ['Kemendikristek']],
    ]);
  });

  // Two people with roles joined by `dan` are no field list: the first is no office's field.
  test('two office holders joined by `dan` stay two people', () => {
    expect(
      credited(
        'Kepala Dinas Kesehatan, Rina Kartika dan Kepala Dinas Sosial Yudi Pranata meninjau posko.',
        '“Obat cukup,” kata Rina.',
      ),
    ).toEqual(['Obat cukup → Rina Kartika (Kepala Dinas Kesehatan)']);
  });
});
