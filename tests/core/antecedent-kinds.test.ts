import { describe, expect, test } from 'vitest';
import { withFeaturesOff } from '../../core/engine/features';
import { analyzeBody } from './summarize';

/** Analyses invented paragraphs; each quote as [text, speakers]. */
const run = (...paragraphs: string[]) =>
  analyzeBody(...paragraphs).quotes.map(q => [q.text, q.speakers]);

const INTRO = 'Menteri Perikanan Sakti Wibowo mengatakan pemerintah memantau kapal itu.';
const QUOTE = '“Kami terus berkomunikasi dengan otoritas setempat,”';

describe('finds the speaker past a publication, place or facility named in between', () => {
  test.each([
    [`Menurut laporan majalah Warta Samudra Interaktif, kapal itu ditahan. ${QUOTE} katanya.`],
    [`Dikutip dari laman resmi Kabar Andalas, kapal itu ditahan. ${QUOTE} kata dia.`],
    [`Kapal itu ditahan, seperti diberitakan harian Suara Pesisir. ${QUOTE} ujarnya.`],
    [`Kapal itu ditahan sejak Senin, dilansir kantor berita Nusa Pers. ${QUOTE} katanya.`],
    [`Kabupaten Natuna Selatan kini dijaga ketat. ${QUOTE} katanya.`],
    [
      `Salah satu sumbernya adalah Majalah Bahari. Majalah tersebut terbit bulanan. ${QUOTE} katanya.`,
    ],
    [`Harian Suara Pesisir memuat foto kapal itu. ${QUOTE} ujarnya.`],
    [`Kapal itu dilihat warga Komplek Cempaka Indah, Jalan Melati. ${QUOTE} katanya.`],
    [`Perumahan Griya Asri kini dijaga ketat. ${QUOTE} kata dia.`],
    [`Kampung Nelayan Baru juga dijaga. ${QUOTE} katanya.`],
  ])('%s', line => {
    expect(run(INTRO, line)).toContainEqual([
      'Kami terus berkomunikasi dengan otoritas setempat',
      ['Sakti Wibowo'],
    ]);
  });
});

describe('finds an unnamed subject as the antecedent of -nya and ia', () => {
  const named = 'Kuasa hukum terdakwa, Rudi Hartono, menolak semua dakwaan.';
  test.each([
    ['Seorang ibu di Desa Sukamaju, Kabupaten Garut, menangis. “Anak saya belum pulang,” katanya.'],
    ['Jaksa mengungkapkan terdakwa menerima suap. “Uang itu diserahkan di sebuah hotel,” katanya.'],
    ['Hakim ketua juga menegaskan sidang dilanjutkan. "Saksi wajib hadir tepat waktu," ujar dia.'],
    ['Petugas mengatakan jalan ditutup sementara. "Kami alihkan lewat jalur utara," ucapnya.'],
  ])('%s', line => {
    const quotes = run(named, line);
    const direct = quotes[quotes.length - 1]!;
    expect(direct[1]).toEqual([]);
  });

  test('a named subject after the unnamed one takes the next quote again', () => {
    const quotes = run(
      named,
      'Jaksa mengungkapkan terdakwa menerima suap. “Uang itu diserahkan di hotel,” katanya.',
      'Rudi kemudian menegaskan kliennya tidak bersalah. “Itu fitnah belaka,” ujarnya.',
    );
    expect(quotes.filter(q => q[0] === 'Itu fitnah belaka')).toEqual([
      ['Itu fitnah belaka', ['Rudi Hartono']],
    ]);
  });
});

describe('ignores a named role subject as unnamed', () => {
  test('Jaksa Agung + name stays named', () => {
    const quotes = run(
      'Jaksa Agung Hendra Pratama mengungkapkan berkas perkara sudah lengkap.',
      '“Sidang segera digelar bulan depan,” katanya.',
    );
    expect(quotes).toContainEqual(['Sidang segera digelar bulan depan', ['Hendra Pratama']]);
  });
});

describe('a person described by sex or age alone after a cue is unnamed', () => {
  const named = 'Ketua RT Budi Santoso mengatakan warga diminta tenang.';
  test.each([
    ['Kami dimintai keterangan dari salah satu warga. “Saya tidak mau bicara,” ujar wanita itu.'],
    ['Seorang pedagang ikut menonton. “Saya takut sekali,” kata pria tersebut.'],
    ['Warga Kampung Sawah berkerumun. “Sudah lama begini,” kata perempuan paruh baya itu.'],
    ['Seorang ibu menangis di depan rumah. “Anak saya dibawa,” tutur seorang ibu.'],
  ])('%s', line => {
    const quotes = run(named, line);
    expect(quotes[quotes.length - 1]![1]).toEqual([]);
  });

  test('a known role closed by a demonstrative still points back (negative case)', () => {
    const quotes = run(named, '“Kami sudah lapor ke polisi,” kata Ketua RT itu.');
    expect(quotes[quotes.length - 1]![1]).toEqual(['Budi Santoso']);
  });
});

describe('a person described by sex, age or kinship right after a named speaker is that speaker', () => {
  const told =
    'Rina Safitri, pedagang sayur di Pasar Lama, mengeluhkan sepinya pembeli. Ia mengatakan, omzetnya turun separuh sejak jalan ditutup.';
  test.each([
    // Straight on from the statement, the next paragraph.
    [[told, '“Biasanya siang sudah habis, sekarang sore masih sisa,” kata ibu tiga anak itu.']],
    // A sentence going on about the same person (`Ia …`) between.
    [
      [
        'Rina Safitri, pedagang sayur di Pasar Lama, mengatakan omzetnya turun separuh sejak jalan di depan pasar ditutup.',
        'Ia kini membuka lapak lebih pagi. “Saya tidak mau menyerah,” ujar perempuan itu.',
      ],
    ],
  ])('%j', paragraphs => {
    const quotes = run(...paragraphs);
    expect(quotes[quotes.length - 1]![1]).toEqual(['Rina Safitri']);
    const off = withFeaturesOff(['discourse.describedPersonBack'], () => run(...paragraphs));
    expect(off[off.length - 1]![1]).toEqual([]);
  });

  // discourse.statementSentence: the cue after the previous quote is the statement's own.
  test.each([
    [
      [
        '“Omzet saya turun separuh sejak jalan ditutup,” kata Rina Safitri, pedagang sayur di Pasar Lama.',
        '“Biasanya siang sudah habis, sekarang sore masih sisa,” ucap ibu tiga anak itu.',
      ],
    ],
    [
      [
        'Pengamat politik Dewi Kartika memberi pandangan berbeda. “Revisi justru memperkuat lembaga itu,” tutur perempuan berkacamata ini.',
        '“Saya sudah membaca drafnya,” ucap ibu dua anak itu.',
      ],
    ],
  ])('after a statement with its cue: %j', paragraphs => {
    const quotes = run(...paragraphs);
    const named = quotes[0]![1];
    expect(named).toHaveLength(1);
    expect(quotes[quotes.length - 1]![1]).toEqual(named);
    const off = withFeaturesOff(['discourse.statementSentence'], () => run(...paragraphs));
    expect(off[off.length - 1]![1]).toEqual([]);
  });

  test.each([
    // The previous speaker was never named.
    [
      'Seorang pedagang sayur yang minta namanya tak ditulis mengatakan omzetnya turun separuh.',
      '“Biasanya siang sudah habis,” kata ibu tiga anak itu.',
    ],
    // A sentence about something else lies between.
    [
      'Rina Safitri, pedagang sayur di Pasar Lama, mengatakan omzetnya turun separuh sejak jalan di depan pasar ditutup.',
      'Pasar itu dibangun tahun 1980. “Biasanya siang sudah habis,” kata ibu tiga anak itu.',
    ],
  ])('%s … %s stays unnamed', (...paragraphs) => {
    const quotes = run(...paragraphs);
    expect(quotes[quotes.length - 1]![1]).toEqual([]);
  });
});

// names.relativeDescription: a role with a relative clause closed by a demonstrative.
describe('a role described by a relative clause and closed by itu points back to its holder', () => {
  const politician =
    'Anggota DPRD Sukamaju Budi Santoso mengatakan dewan akan memanggil dinas terkait. “Kami minta penjelasan,” ujar politikus yang pernah menjabat Ketua Komisi B itu.';
  const prosecutor =
    'Jaksa penuntut umum Dewi Lestari membacakan tuntutan. Ia mengatakan, terdakwa terbukti bersalah. “Kami menuntut lima tahun penjara,” kata jaksa yang menangani perkara korupsi itu.';
  test.each([[politician], [prosecutor]])('%s', paragraph => {
    const quotes = run(paragraph);
    expect(quotes[0]![1]).toHaveLength(1);
    expect(quotes.at(-1)![1]).toEqual(quotes[0]![1]);
  });

  test('switched off, the politician is an unnamed speaker', () => {
    const off = withFeaturesOff(['names.relativeDescription'], () => run(politician));
    expect(off.at(-1)![1]).toEqual([]);
  });
});

describe('mereka means a subject group or organisation, not names listed as objects', () => {
  const club = 'Manajemen Garuda Muda ingin merekrut pelatih yang berpengalaman.';
  const list =
    'Nama yang beredar adalah bekas pelatih Arema Budi Santoso dan bekas pelatih Semen Padang Joko Pramono.';
  const claim =
    'Mereka hanya mengatakan kandidat yang terpilih nanti bisa berasal dari Eropa atau Asia.';
  const text = 'kandidat yang terpilih nanti bisa berasal dari Eropa atau Asia';

  test('the organisation subject, past a list of names', () => {
    expect(run(club, list, claim)).toEqual([[text, ['Manajemen Garuda Muda']]]);
  });

  test('a pair that is the subject is still the group (negative case)', () => {
    const pair = 'Budi Santoso dan Joko Pramono hadir di stadion.';
    expect(run(club, pair, claim)).toEqual([[text, ['Budi Santoso', 'Joko Pramono']]]);
  });
});
