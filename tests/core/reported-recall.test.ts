import { describe, expect, test } from 'vitest';
import { analyzeBody } from './summarize';

const run = (...paragraphs: string[]) => analyzeBody(...paragraphs).quotes;
const intro = 'Kepala Dinas Pertanian Kota Solo Wahyu Pratama meninjau sawah, Rabu (5/4).';

/** Invented constructions that the reported-speech reader must find (recall). */
describe('finds reported clauses in less common shapes', () => {
  test.each([
    // After the cue's comma a preposition opens the clause itself.
    [
      'Wahyu menyatakan, pada Selasa malam petugas juga turun langsung ke sawah.',
      'pada Selasa malam petugas juga turun langsung ke sawah',
      'menyatakan',
    ],
    [
      'Wahyu mencontohkan, dari tiga kelompok tani hanya satu yang sudah panen.',
      'dari tiga kelompok tani hanya satu yang sudah panen',
      'mencontohkan',
    ],
    // `saat ini` is "now", part of the clause, not an adjunct of the cue.
    [
      'Ia menyebut saat ini dinas masih menghitung luas lahan yang rusak.',
      'saat ini dinas masih menghitung luas lahan yang rusak',
      'menyebut',
    ],
    // A date or an age between the subject and the cue is an aside; an alias is part of the name.
    [
      'Wahyu pada Selasa (4/4) meminta petani menunda tanam hingga hujan turun.',
      'petani menunda tanam hingga hujan turun',
      'meminta',
    ],
    [
      'Wahyu Pratama (48 tahun) mengakui harga pupuk belum turun sama sekali.',
      'harga pupuk belum turun sama sekali',
      'mengakui',
    ],
    // `hal itu` with a predicate after it is a clause; a cleft (`itulah yang …`) is one too.
    [
      'Wahyu menegaskan hal itu tidak benar sama sekali.',
      'hal itu tidak benar sama sekali',
      'menegaskan',
    ],
    [
      'Ia berpendapat itulah yang membuat panen gagal.',
      'itulah yang membuat panen gagal',
      'berpendapat',
    ],
    // The comma closing an appositive name with its age (`Seorang petani, X (45), …`) is part of the aside.
    [
      'Salah satu petani, Wahyu Pratama (48), menyebut harga pupuk belum turun sama sekali.',
      'harga pupuk belum turun sama sekali',
      'menyebut',
    ],
    // `mengaku` predicates what follows of its subject, even a noun-shaped word (`kehilangan`).
    [
      'Wahyu mengaku kehilangan Rp 20 juta akibat gagal panen.',
      'kehilangan Rp 20 juta akibat gagal panen',
      'mengaku',
    ],
    // Two words make a clause when one carries the predicate.
    ['Wahyu menjelaskan panennya ditunda.', 'panennya ditunda', 'menjelaskan'],
    // A source aside after the cue's comma (`seperti dikutip X,`) is skipped; the clause follows it.
    [
      'Wahyu mengatakan, seperti dikutip kantor berita, harga pupuk akan turun bulan depan.',
      'harga pupuk akan turun bulan depan',
      'mengatakan',
    ],
    [
      'Harga pupuk akan turun bulan depan, kata Wahyu, seperti dilansir kantor berita, Senin.',
      'Harga pupuk akan turun bulan depan',
      'kata',
    ],
    // A time noun with its demonstrative (`pekan ini`) is an adverb of the clause, not the end
    // of a noun phrase object.
    [
      'Wahyu mengatakan harga gabah di tingkat petani turun tajam pekan ini.',
      'harga gabah di tingkat petani turun tajam pekan ini',
      'mengatakan',
    ],
    [
      'Wahyu menyebut stok pupuk di gudang kosong sejak bulan ini.',
      'stok pupuk di gudang kosong sejak bulan ini',
      'menyebut',
    ],
  ])('%s', (line, text, cue) => {
    const q = run(intro, line);
    expect(q.map(x => [x.type, x.text, x.speakers, x.cue])).toEqual([
      ['indirect', text, ['Wahyu Pratama'], cue],
    ]);
  });
});

describe('keeps verb objects out', () => {
  test.each([
    ['Wahyu mengatakan hal itu kepada wartawan di kantornya.'],
    // A demonstrative closing a noun phrase still makes it the object (`rapat … tersebut`).
    ['Wahyu mengonfirmasi rapat darurat tersebut.'],
    // Two words without a predicate are a noun phrase.
    ['Wahyu menjelaskan jadwal panen.'],
    // A topic word after the cue names what was talked about, not what was said.
    ['Wahyu mengingatkan soal ada petani yang belum menerima pupuk.'],
  ])('%s', line => {
    expect(run(intro, line)).toEqual([]);
  });
});

describe('continues the speaker through an agentless cue', () => {
  const speaker = (quotes: ReturnType<typeof run>, text: string) =>
    quotes.find(q => q.text === text)?.speakers;

  test('dengan menambahkan bahwa … after a cue is the same speaker', () => {
    const quotes = run(
      intro,
      'Wahyu mengatakan bahwa panen tahun ini tidak bisa ditunda lagi, dengan menambahkan bahwa petani tidak akan menunggu bantuan.',
    );
    expect(speaker(quotes, 'panen tahun ini tidak bisa ditunda lagi')).toEqual(['Wahyu Pratama']);
    expect(speaker(quotes, 'petani tidak akan menunggu bantuan')).toEqual(['Wahyu Pratama']);
  });

  test('Ditegaskan bahwa … takes the paragraph speaker', () => {
    const quotes = run(
      intro,
      '“Sawah ini sudah siap panen,” kata Wahyu.',
      'Ditegaskan bahwa bantuan benih akan dibagikan pekan depan.',
    );
    expect(speaker(quotes, 'bantuan benih akan dibagikan pekan depan')).toEqual(['Wahyu Pratama']);
  });

  test('Ditegaskan bahwa … with no speaker yet is unnamed', () => {
    const quotes = run('Ditegaskan bahwa bantuan benih akan dibagikan pekan depan.');
    expect(speaker(quotes, 'bantuan benih akan dibagikan pekan depan')).toEqual([]);
  });

  test('dengan + a cue verb used as a plain verb is no quote (negative case)', () => {
    expect(run('Rapat dibuka dengan menyebutkan nama para peserta.')).toEqual([]);
  });
});

describe('a description opening the sentence and closed by a demonstrative is the last speaker', () => {
  test('common words between the role head and the demonstrative', () => {
    const quotes = run(
      intro,
      'Mantan kepala dinas pertanian wilayah timur itu mengaku turut merasakan kesulitan para petani.',
    );
    expect(quotes.map(q => [q.text, q.speakers])).toEqual([
      ['turut merasakan kesulitan para petani', ['Wahyu Pratama']],
    ]);
  });

  test('without a role head it names no speaker (negative case)', () => {
    const quotes = run(
      intro,
      'Hujan deras sepanjang malam di wilayah timur itu menyebutkan banyak hal.',
    );
    expect(quotes.map(q => q.speakers)).not.toContainEqual(['Wahyu Pratama']);
  });
});

describe('a passive cue inside the sentence with its agent reports the predicate', () => {
  test.each([
    [
      'Kondisi sawah saat ini dinilai Wahyu lebih buruk daripada tahun lalu.',
      'lebih buruk daripada tahun lalu',
      ['Wahyu Pratama'],
    ],
    ['Harga pupuk diakui sejumlah petani terus merangkak naik.', 'terus merangkak naik', []],
  ])('%s', (line, text, speakers) => {
    expect(run(intro, line).map(q => [q.text, q.speakers])).toEqual([[text, speakers]]);
  });

  test.each([
    ['Sistem irigasi ini diyakini akan menjadi andalan petani.'],
    ['Hal itu disebut Wahyu saat meninjau sawah.'],
    ['Ia disebut Wahyu sebagai petani teladan.'],
  ])('no agent, no predicate or a naming: %s', line => {
    expect(run(intro, line)).toEqual([]);
  });
});

test('a passive with a lowercase complement names no agent (negative case)', () => {
  expect(
    run(intro, 'Stok pupuk diperkirakan cukup hingga akhir tahun meski kemarau datang.'),
  ).toEqual([]);
});
