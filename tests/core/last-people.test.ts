import { describe, expect, test } from 'vitest';
import { withFeaturesOff } from '../../core/engine/features';
import { lastSpeakers } from './summarize';

/**
 * `mereka`, `keduanya`, `ketiganya` after sources heard in turn mean all of them together (the
 * discourse model's `lastPeople`), though the text never named them side by side.
 */
describe('a plural mention means the last people heard from, together', () => {
  const cases: [string[], string[]][] = [
    // Two speakers in turn, then `kata mereka`: both, not an organisation mentioned before them.
    [
      [
        'Dinas Lingkungan Hidup Kota Lembang mencatat sungai itu dipakai tiga desa.',
        'Ketua RT 03 Joko Pramono mengatakan warga tidak diajak bicara. “Tiba-tiba alat berat datang,” kata Joko.',
        'Tokoh pemuda, Andi Pratama, menilai tambang merusak sawah. “Sawah kami bisa kering,” ujar Andi.',
        'Mereka meminta bupati mencabut izin itu. “Kami akan terus berjuang,” kata mereka.',
      ],
      ['Joko Pramono', 'Andi Pratama'],
    ],
    // A speaker, then a person whose statement a passive reporting verb gives: `keduanya`.
    [
      [
        'Badan Pusat Data Kota Lembang mencatat harga kopi turun 20 persen.',
        'Petani kopi, Budi Santoso (50), mengatakan panen hanya cukup untuk pupuk. “Untuk pupuk saja kurang,” kata Budi.',
        'Hal serupa disampaikan Rina Anggraeni (41), petani di Desa Cibodas. Keduanya berharap harga dasar ditetapkan. “Yang penting stabil,” kata mereka.',
      ],
      ['Budi Santoso', 'Rina Anggraeni'],
    ],
    // `ketiganya`: the last three heard from.
    [
      [
        'Pelatih panahan, Yusuf Hamdani, mengatakan hasil itu melebihi target. “Anak-anak bekerja keras,” kata Yusuf.',
        'Pemanah putri Sari Dewanti mengatakan dirinya lega. “Saya senang membawa medali,” ujar Sari.',
        'Rekannya, Rudi Hartono, mengatakan persiapan berlangsung enam bulan. “Latihannya berat,” kata Rudi.',
        '“Kami menunggu bonus dari pemerintah,” kata ketiganya.',
      ],
      ['Yusuf Hamdani', 'Sari Dewanti', 'Rudi Hartono'],
    ],
  ];
  test.each(cases)('%j', (paragraphs, speakers) => {
    expect([...lastSpeakers(...paragraphs)].sort()).toEqual([...speakers].sort());
  });

  test('switched off, `mereka` goes to the one group left, the organisation', () => {
    const [paragraphs] = cases[0]!;
    expect(withFeaturesOff(['discourse.lastPeople'], () => lastSpeakers(...paragraphs))).toEqual([
      'Dinas Lingkungan Hidup Kota Lembang',
    ]);
  });

  test('a pair the text names side by side after them is what the plural means', () => {
    expect(
      lastSpeakers(
        'Bupati Lembah Hijau Darto Simanjuntak mengatakan tarif baru belum dibahas. “Kami tidak diajak bicara,” kata Darto.',
        'Anggota DPRD, Yohanes Sitompul, meminta kenaikan ditunda. “Tunda dulu,” tegas Yohanes.',
        'Seorang wisatawan, Melati, mengatakan tidak keberatan membayar lebih.',
        'Darto dan Yohanes dijadwalkan menghadap gubernur hari Senin. Keduanya mengatakan usulan penundaan akan dibawa ke sana.',
      ),
    ).toEqual(['Darto Simanjuntak', 'Yohanes Sitompul']);
  });

  test('a plural mention after one speaker and an unnamed group opened since means the group', () => {
    expect(
      lastSpeakers(
        'Koordinator aksi, Budi Hartono, mengatakan upah belum dibayar. “Kami minta hak kami,” kata Budi.',
        'Bupati Lembang Rina Sari menemui para buruh. “Saya panggil pemiliknya besok,” ujar Rina.',
        'Para buruh kemudian membubarkan diri. “Kalau tidak dibayar, kami datang lagi,” kata mereka.',
      ),
    ).toEqual([]);
  });
});

// discourse.lastPeopleOverObjects: a pair only talked about does not stand in the sources' way.
describe('a pair named as an object after the sources does not take their plural', () => {
  const paragraphs = [
    'Ketua kelompok tani, Sandi Pranoto, menilai harga pupuk terlalu tinggi.',
    '“Kami sudah tiga kali mengadu,” kata Sandi di balai desa.',
    'Sekretaris kelompok, Hendra Wijaya, menambahkan bahwa pupuk subsidi selama ini dijual oleh Joko Pramono dan Budi Raharjo.',
    'Keduanya lalu mendesak dinas pertanian membuka kios resmi di desa mereka.',
  ];
  test('keduanya means the two sources', () => {
    expect(lastSpeakers(...paragraphs)).toEqual(['Sandi Pranoto', 'Hendra Wijaya']);
    const off = withFeaturesOff(['discourse.lastPeopleOverObjects'], () =>
      lastSpeakers(...paragraphs),
    );
    expect(off).toEqual(['Joko Pramono', 'Budi Raharjo']);
  });
});
