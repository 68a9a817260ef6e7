import { describe, expect, test } from 'vitest';
import { withFeaturesOff } from '../../core/engine/features';
import { lastSpeakers } from './summarize';

/**
 * A quote standing alone in its paragraph (`“…,” ujarnya`) goes on from the paragraph before: when
 * an earlier speaker opened that paragraph (by name, by `Ia menyebut`, by `Menurut dia`) and a
 * person was then narrated there by a clause that reports nothing (moved, accused, remembered),
 * the quote's `-nya` or `dia` stays with the speaker (the discourse model's `narratedBefore`).
 */
const HEAD =
  'Kepala Dinas Pendidikan Kabupaten Sumbawa, Hendra Situmeang, mengatakan sebagian sekolah belum menerima dana perbaikan. “Laporannya belum lengkap. Kami tidak bisa mencairkan,” kata Hendra di kantornya, Senin (3/4).';
const KIAI =
  'Pengasuh Pesantren Nurul Huda, KH Ahmad Syukri, mengatakan jumlah santri tahun ini naik. “Santri kami datang dari sebelas provinsi,” kata Kiai Syukri.';

describe('a person narrated in the paragraph before a lone quote does not take it', () => {
  const cases: [string, string[], string[]][] = [
    [
      'opened by name, the narrated person moved away',
      [
        HEAD,
        'Hendra menjelaskan, keterlambatan terjadi karena pergantian operator. Seorang operator sekolah di Kecamatan Moyo, Rahmat Hidayat, dipindahkan ke kecamatan lain pada Januari lalu.',
        '“Penggantinya masih belajar,” kata dia.',
      ],
      ['Hendra Situmeang'],
    ],
    [
      'opened by a reporting verb, the narrated person accused',
      [
        HEAD,
        'Hendra juga menyebut ada kepala sekolah yang difitnah di media sosial. Beberapa pekan lalu, kepala SD di Kecamatan Alas, Pak Sutrisno, dituduh menyelewengkan dana hingga rumahnya didatangi warga.',
        '“Belakangan tuduhan itu terbukti keliru. Tapi namanya sudah rusak,” kata dia.',
      ],
      ['Hendra Situmeang'],
    ],
    [
      'opened by name, a late grandfather remembered',
      [
        KIAI,
        'Kiai Syukri juga mengenang almarhum kakeknya, KH Baidowi Hasan, pendiri pesantren itu pada 1950.',
        '“Dulu santrinya cuma belasan,” kata beliau.',
      ],
      ['Ahmad Syukri'],
    ],
    [
      'opened by `Menurut dia`, the narrated person resigned',
      [
        HEAD,
        'Menurut dia, keterlambatan terjadi karena pergantian operator sekolah. Operator SD Negeri 4 Labuhan, Rahmat Hidayat, pindah tugas pada Januari lalu setelah lulus seleksi guru.',
        '“Penggantinya masih belajar. Jadi datanya perlu waktu,” ujarnya.',
      ],
      ['Hendra Situmeang'],
    ],
    [
      'opened by `Menurutnya`',
      [
        HEAD,
        'Menurutnya, keterlambatan terjadi karena pergantian operator sekolah. Operator SD Negeri 4 Labuhan, Rahmat Hidayat, pindah tugas pada Januari lalu setelah lulus seleksi guru.',
        '“Penggantinya masih belajar. Jadi datanya perlu waktu,” ujarnya.',
      ],
      ['Hendra Situmeang'],
    ],
    // A person brought in by a reporting clause is a new source as ever.
    [
      'a new person who reports',
      [
        HEAD,
        'Hendra menjelaskan, keterlambatan terjadi karena pergantian operator. Operator sekolah di Kecamatan Moyo, Rahmat Hidayat, mengaku belum pernah dilatih.',
        '“Saya baru tiga bulan bertugas,” kata dia.',
      ],
      ['Rahmat Hidayat'],
    ],
    // One who takes a side (rejects, objects) answers for themself: a source, not narrated.
    [
      'a new person who rejects',
      [
        HEAD,
        'Hendra menjelaskan, sebagian kepala sekolah terlambat melapor. Kepala SD Negeri 2 Moyo, Rahmat Hidayat, menolak tudingan itu.',
        '“Laporan kami sudah masuk sejak Mei,” kata dia.',
      ],
      ['Rahmat Hidayat'],
    ],
    // A paragraph no earlier speaker opened presents its person as the next source.
    [
      'a paragraph of its own',
      [
        HEAD,
        'Kondisi berbeda terjadi di Kecamatan Moyo. Kepala SD Negeri 2 Moyo, Rahmat Hidayat, sudah menyerahkan laporan sejak awal Mei.',
        '“Kami tinggal menunggu pencairan,” ujarnya.',
      ],
      ['Rahmat Hidayat'],
    ],
    // The quote's own paragraph introduces the person: narratedBefore does not reach it.
    [
      'introduced before the quote in its own paragraph',
      [
        HEAD,
        'Hendra menjelaskan, keterlambatan terjadi karena pergantian operator.',
        'Rahmat Hidayat (35) sudah menjadi operator sekolah sejak 2015. “Baru tahun ini datanya terlambat,” katanya.',
      ],
      ['Rahmat Hidayat'],
    ],
  ];
  test.each(cases)('%s', (_, paragraphs, speakers) => {
    expect(lastSpeakers(...paragraphs)).toEqual(speakers);
  });

  test('switched off, the person narrated by name takes the quote', () => {
    const [, paragraphs] = cases[0]!;
    expect(
      withFeaturesOff(['discourse.narratedBefore'], () => lastSpeakers(...paragraphs)),
    ).toEqual(['Rahmat Hidayat']);
  });

  test('with `Menurut dia` not read as opening the paragraph, the narrated person takes it', () => {
    const [, paragraphs] = cases[3]!;
    expect(
      withFeaturesOff(['discourse.framedPronounOpened'], () => lastSpeakers(...paragraphs)),
    ).toEqual(['Rahmat Hidayat']);
  });
});
