import { describe, expect, test } from 'vitest';
import { analyzeBody } from './summarize';

const run = (...paragraphs: string[]) => analyzeBody(...paragraphs).quotes;
const intro = 'Kepala Dinas Kesehatan Kota Medan Taufik Hidayat meninjau puskesmas, Selasa (4/4).';

describe('finds reported speech', () => {
  test.each([
    // A passive cue with -nya opening the sentence: the agent is the last speaker.
    [
      'Dikatakannya, stok vaksin cukup untuk tiga bulan ke depan.',
      'stok vaksin cukup untuk tiga bulan ke depan',
      'Dikatakannya',
      '-nya',
    ],
    // A relative clause between the subject and the cue describes the subject.
    [
      'Taufik Hidayat yang duduk di kursi saksi mengaku tidak pernah menerima uang dari rekanan.',
      'tidak pernah menerima uang dari rekanan',
      'mengaku',
      'Taufik Hidayat',
    ],
    // An addressee before the linking word; a short quoted term inside the clause; berkelit.
    [
      'Taufik meminta kepada warga untuk tetap memakai masker di ruang publik.',
      'tetap memakai masker di ruang publik',
      'meminta',
      'Taufik',
    ],
    [
      "Taufik mengatakan program 'jemput bola' akan diperluas ke semua kecamatan.",
      "program 'jemput bola' akan diperluas ke semua kecamatan",
      'mengatakan',
      'Taufik',
    ],
    [
      'Taufik berkelit bahwa stok vaksin hanya terlambat dikirim.',
      'stok vaksin hanya terlambat dikirim',
      'berkelit',
      'Taufik',
    ],
    // A subject modified by a relative clause, then its own predicate: a clause.
    [
      'Taufik mencontohkan semangat yang ditunjukkan relawan sangat mengagumkan.',
      'semangat yang ditunjukkan relawan sangat mengagumkan',
      'mencontohkan',
      'Taufik',
    ],
    [
      'Menurut Taufik, stok vaksin cukup untuk tiga bulan ke depan.',
      'stok vaksin cukup untuk tiga bulan ke depan',
      'Menurut',
      'Taufik',
    ],
    [
      'Menurutnya, stok vaksin cukup untuk tiga bulan ke depan.',
      'stok vaksin cukup untuk tiga bulan ke depan',
      'Menurutnya',
      '-nya',
    ],
    [
      'Taufik mengatakan, stok vaksin cukup untuk tiga bulan ke depan.',
      'stok vaksin cukup untuk tiga bulan ke depan',
      'mengatakan',
      'Taufik',
    ],
    [
      'Taufik mengatakan bahwa stok vaksin cukup untuk tiga bulan.',
      'stok vaksin cukup untuk tiga bulan',
      'mengatakan',
      'Taufik',
    ],
    [
      'Ia menegaskan stok vaksin cukup untuk tiga bulan.',
      'stok vaksin cukup untuk tiga bulan',
      'menegaskan',
      'Ia',
    ],
    // A derived noun may open a clause when a predicate follows it.
    [
      'Taufik menilai kebijakan itu tidak tepat sasaran.',
      'kebijakan itu tidak tepat sasaran',
      'menilai',
      'Taufik',
    ],
    // Non-standard meN- spellings that keep the stem's first consonant are the same cue.
    [
      'Taufik mengkonfirmasi bahwa stok vaksin cukup untuk tiga bulan.',
      'stok vaksin cukup untuk tiga bulan',
      'mengkonfirmasi',
      'Taufik',
    ],
    [
      'Taufik mempastikan stok vaksin cukup untuk tiga bulan.',
      'stok vaksin cukup untuk tiga bulan',
      'mempastikan',
      'Taufik',
    ],
    [
      'Stok vaksin, kata Taufik, cukup untuk tiga bulan ke depan.',
      'cukup untuk tiga bulan ke depan',
      'kata',
      'Taufik',
    ],
    [
      'Stok vaksin cukup untuk tiga bulan ke depan, kata Taufik.',
      'Stok vaksin cukup untuk tiga bulan ke depan',
      'kata',
      'Taufik',
    ],
    [
      'Taufik pun berharap warga segera datang ke puskesmas terdekat.',
      'warga segera datang ke puskesmas terdekat',
      'berharap',
      'Taufik',
    ],
    [
      'Taufik mengatakan kepada wartawan, stok vaksin cukup.',
      'stok vaksin cukup',
      'mengatakan',
      'Taufik',
    ],
  ])('%s', (line, text, cue, mention) => {
    const quotes = run(intro, line);
    expect(quotes).toEqual([
      { type: 'indirect', text, speakers: ['Taufik Hidayat'], cue, mention },
    ]);
  });
});

describe('ignores what the policy excludes', () => {
  test.each([
    ['Menurut data dinas, ada 120 kasus baru pekan ini.'],
    ['Taufik membantah bahwa stok vaksin sempat kosong.'],
    ['Taufik merasa senang dengan antusiasme warga.'],
    ['Taufik meminta maaf atas antrean panjang kemarin.'],
    ['Petugas yang mengatakan hal itu sudah dipindahkan.'],
    // A bare noun object straight after the cue, with no predicate after it, is not a clause.
    ['Taufik menyampaikan kekecewaannya karena banyak warga yang abai terhadap protokol.'],
    ['Taufik menjawab panggilan dinas pada Senin (3/4).'],
    // A noun phrase closed by a relative clause or a demonstrative, with no predicate of its own.
    ['Taufik menekankan masalah sampah yang terus menumpuk setiap pekan.'],
    ['Taufik menyerukan perdamaian yang adil bagi semua pihak.'],
    ['Taufik mengkonfirmasi rapat darurat tersebut pada Senin malam.'],
    ['Taufik mengingatkan, para pedagang yang berjualan di trotoar itu.'],
  ])('%s', line => {
    expect(run(intro, line)).toEqual([]);
  });
});

describe('reads the less common cue shapes', () => {
  const minister = 'Menteri Perdagangan Rudi Hartono meninjau pasar induk, Senin (3/4).';
  test.each([
    [
      'a passive cue opening the sentence',
      'Disampaikan Rudi, pemerintah akan menambah stok beras di pasar.',
      ['indirect', 'pemerintah akan menambah stok beras di pasar', ['Rudi Hartono'], 'Disampaikan'],
    ],
    [
      'a passive cue with oleh closing the sentence',
      'Pemerintah akan menambah stok beras di pasar, dikatakan oleh Rudi.',
      ['indirect', 'Pemerintah akan menambah stok beras di pasar', ['Rudi Hartono'], 'dikatakan'],
    ],
    [
      'a passive cue after a direct quote',
      '“Stok beras kami tambah pekan depan,” disampaikan Rudi.',
      ['direct', 'Stok beras kami tambah pekan depan', ['Rudi Hartono'], 'disampaikan'],
    ],
    [
      'a passive cue before a direct quote',
      'Dijelaskan oleh Rudi, “Stok beras kami tambah pekan depan.”',
      ['direct', 'Stok beras kami tambah pekan depan', ['Rudi Hartono'], 'Dijelaskan'],
    ],
    [
      'a pronoun subject before berharap',
      'Ia berharap bisa menekan harga beras sebelum Lebaran.',
      ['indirect', 'bisa menekan harga beras sebelum Lebaran', ['Rudi Hartono'], 'berharap'],
    ],
    [
      'kata + pronoun inside the clause, without commas',
      'Pemerintah kata dia akan menambah stok beras di pasar induk.',
      ['indirect', 'akan menambah stok beras di pasar induk', ['Rudi Hartono'], 'kata'],
    ],
    [
      'a named speaker, a colon and the statement without marks',
      'Ketua Komisi IV DPR Dedi Mulyana: pemerintah harus segera menurunkan harga pupuk.',
      ['indirect', 'pemerintah harus segera menurunkan harga pupuk', ['Dedi Mulyana'], null],
    ],
  ])('%s', (_label, line, [type, text, speakers, cue]) => {
    const q = run(minister, line);
    expect(q.map(x => [x.type, x.text, x.speakers, x.cue])).toEqual([[type, text, speakers, cue]]);
  });

  test('a time with a colon is not a speaker', () => {
    expect(run('Rapat dimulai pukul 10:30 WIB di gedung utama kementerian.')).toEqual([]);
  });

  test('English-section cues: said X, according to X, she added that', () => {
    const q = run(
      'Foreign Minister Retno Lestari met her counterpart in Jakarta on Monday.',
      '"We will keep the talks going," said Retno.',
      'According to Retno, the talks will resume next month.',
      'She added that both sides agreed on a timetable.',
    );
    expect(q.map(x => [x.type, x.text, x.speakers, x.cue])).toEqual([
      ['direct', 'We will keep the talks going', ['Retno Lestari'], 'said'],
      ['indirect', 'the talks will resume next month', ['Retno Lestari'], 'According'],
      ['indirect', 'both sides agreed on a timetable', ['Retno Lestari'], 'added'],
    ]);
  });

  test.each([
    ['Seorang pegawai PT Maju Jaya mengatakan perusahaan belum membayar gaji bulan ini.'],
    ['Karyawan Bank Sentosa mengatakan antrean nasabah sudah berkurang sejak pagi.'],
  ])('a member of an organisation is unnamed, not the organisation: %s', line => {
    expect(run(line).map(x => x.speakers)).toEqual([[]]);
  });

  test('a resident named after a place keeps the name', () => {
    expect(
      run('Warga Homs Abu Karim mengatakan listrik padam sejak tiga hari lalu.').map(
        x => x.speakers,
      ),
    ).toEqual([['Abu Karim']]);
  });
});
