import { describe, expect, test } from 'vitest';
import { analyzeParagraphs, emptyArticleInfo } from '../../core/analyze';
import { analyzeBody } from './summarize';
import { withFeaturesOff } from '../../core/engine/features';

describe('splits name and role', () => {
  test.each([
    ['Presiden Kenya William Ruto', 'William Ruto', 'Presiden Kenya'],
    ['Kapolri Jenderal Pol Listyo Sigit Prabowo', 'Listyo Sigit Prabowo', 'Kapolri Jenderal Pol'],
    ['Menlu Retno Marsudi', 'Retno Marsudi', 'Menlu'],
    [
      'Kabid Humas Polda Metro Jaya Kombes Trunoyudo Wisnu',
      'Trunoyudo Wisnu',
      'Kabid Humas Polda Metro Jaya Kombes',
    ],
    ['Ketua Umum PBNU KH Yahya Cholil Staquf', 'Yahya Cholil Staquf', 'Ketua Umum PBNU'],
    [
      'Direktur Utama PT Kereta Api Indonesia Didiek Hartantyo',
      'Didiek Hartantyo',
      'Direktur Utama PT Kereta Api Indonesia',
    ],
    // A role's continuation must be a known place or institution, or an acronym; the first
    // capitalised word that is none of these starts the name.
    ['Gubernur Jawa Barat Rina Kartika', 'Rina Kartika', 'Gubernur Jawa Barat'],
    ['Gubernur Arman Rasyid Wibisono', 'Arman Rasyid Wibisono', 'Gubernur'],
    ['Kepala BNPB Letjen Hadi Suprapto', 'Hadi Suprapto', 'Kepala BNPB Letjen'],
    ['Wali Kota Surabaya Eko Cahyono', 'Eko Cahyono', 'Wali Kota Surabaya'],
    ['Direktur Eksekutif Indef Tomi Ahmad Fauzi', 'Tomi Ahmad Fauzi', 'Direktur Eksekutif Indef'],
    ['Pelatih Dani Surya Pratama', 'Dani Surya Pratama', 'Pelatih'],
    ['Presiden Prancis Louis Martin', 'Louis Martin', 'Presiden Prancis'],
    // A regency the gazetteer lacks: a local-office head always names its jurisdiction.
    ['Bupati Sikka Yosef Nong Dala', 'Yosef Nong Dala', 'Bupati Sikka'],
    // A province word inside a name run does not swallow a given name that opens like a place.
    ['Menteri Keuangan Sri Kusmiati', 'Sri Kusmiati', 'Menteri Keuangan'],
    // A compass word continues a role only inside a place name; after a rank it opens the name.
    ['Kapolri Jenderal Tengah Wiryawan', 'Tengah Wiryawan', 'Kapolri Jenderal'],
    ['Kapolda Jawa Tengah Irjen Barat Sasmito', 'Barat Sasmito', 'Kapolda Jawa Tengah Irjen'],
    ['Wali Kota Jakarta Selatan Eko Cahyono', 'Eko Cahyono', 'Wali Kota Jakarta Selatan'],
    // An organisation named in full, then a person: the organisation is the affiliation.
    ['Komisi Pemberantasan Korupsi Rudi Hartawan', 'Rudi Hartawan', 'Komisi Pemberantasan Korupsi'],
    ['juru bicara KPK Dimas Arya SP', 'Dimas Arya SP', 'juru bicara KPK'],
    // Two capitals opening a run, or after a rank, are the name's initials, not an institution.
    ['AM Rahmanto', 'AM Rahmanto', null],
    ['Kapolda Irjen HM Darsono', 'HM Darsono', 'Kapolda Irjen'],
  ])('%s', (written, name, role) => {
    const { speakers } = analyzeBody(
      `“Kami akan menuntaskan tugas ini secepatnya,” kata ${written}.`,
    );
    expect(speakers).toEqual([{ name, role, kind: 'person', aliases: [] }]);
  });
});

test.each([
  ['Peneliti Indef Rahmat Dwi Santoso', 'Dwi', 'Rahmat Dwi Santoso', 'Peneliti Indef'],
  ['Ekonom CORE Indonesia Mohammad Hasyim', 'Hasyim', 'Mohammad Hasyim', 'Ekonom CORE Indonesia'],
  [
    'Direktur Eksekutif Celios Bayu Aditya Nugroho',
    'Aditya',
    'Bayu Aditya Nugroho',
    'Direktur Eksekutif Celios',
  ],
])(
  'once an institution fills the role, the name starts after it: %s',
  (written, short, name, role) => {
    // The article calls the person by a later name word; that must not cut off the first one.
    const { speakers } = analyzeBody(
      `“Kredit masih lambat,” kata ${written}.`,
      `“Belum pulih,” kata ${short}.`,
    );
    expect(speakers).toEqual([{ name, role, kind: 'person', aliases: [short] }]);
  },
);

test('`dan` between two field words continues a long post-posed role', () => {
  const { speakers, quotes } = analyzeBody(
    '“Stok bahan baku cukup,” ungkap Kepala Biro Perencanaan dan Pengawasan Mutu Kemenperin Dewi Prameswari Lestari kepada wartawan.',
  );
  expect(speakers).toEqual([
    {
      name: 'Dewi Prameswari Lestari',
      role: 'Kepala Biro Perencanaan dan Pengawasan Mutu Kemenperin',
      kind: 'person',
      aliases: [],
    },
  ]);
  expect(quotes[0]!.speakers).toEqual(['Dewi Prameswari Lestari']);
});

test('a long role description after a post-posed cue splits from the name', () => {
  const { speakers } = analyzeBody(
    '“Stok vaksin cukup sampai akhir bulan,” kata Kepala Dinas Kesehatan DKI Jakarta Budi Santoso.',
  );
  expect(speakers).toEqual([
    {
      name: 'Budi Santoso',
      role: 'Kepala Dinas Kesehatan DKI Jakarta',
      kind: 'person',
      aliases: [],
    },
  ]);
});

describe('resolves the speaker of a mention', () => {
  const intro =
    'Menteri Keuangan Sri Mulyani Indrawati membuka rapat anggaran di Jakarta, Senin (3/4).';
  test.each([
    [
      'a short name to the fullest form',
      '“Defisit tetap terjaga,” kata Sri Mulyani.',
      ['Sri Mulyani Indrawati'],
      'Sri Mulyani',
    ],
    [
      '-nya to the previous speaker',
      '“Defisit tetap terjaga,” ujarnya.',
      ['Sri Mulyani Indrawati'],
      '-nya',
    ],
    [
      'dia to the previous speaker',
      '“Defisit tetap terjaga,” kata dia.',
      ['Sri Mulyani Indrawati'],
      'dia',
    ],
    [
      'an unnamed speaker as nobody',
      '“Defisit tetap terjaga,” kata seorang pegawai.',
      [],
      'seorang pegawai',
    ],
  ])('%s', (_label, line, speakers, mention) => {
    const quotes = analyzeBody(intro, line).quotes;
    expect(quotes.map(q => [q.speakers, q.mention])).toEqual([[speakers, mention]]);
  });

  test('an alias in parentheses joins the full name', () => {
    const { speakers, quotes } = analyzeBody(
      'Gubernur Jawa Barat Ridwan Kamil (Emil) meresmikan jembatan baru.',
      '“Jembatan ini untuk warga,” kata Emil.',
    );
    expect(quotes[0]!.speakers).toEqual(['Ridwan Kamil']);
    expect(speakers[0]!.aliases).toContain('Emil');
  });

  test('a title alone resolves to the person who holds it', () => {
    const quotes = analyzeBody(
      'Kapolda Riau Irjen Mohammad Iqbal meninjau lokasi kebakaran.',
      '“Kami akan usut tuntas,” kata Kapolda.',
    ).quotes;
    expect(quotes[0]!.speakers).toEqual(['Mohammad Iqbal']);
  });

  test('a group and `mereka` list every member', () => {
    const quotes = analyzeBody(
      'Presiden Prancis Emmanuel Macron dan Kanselir Jerman Olaf Scholz bertemu di Paris.',
      '“Eropa harus bersatu,” kata mereka.',
      '“Kami sepakat memperkuat pertahanan,” ujar Macron dan Scholz.',
    ).quotes;
    expect(quotes.map(q => q.speakers)).toEqual([
      ['Emmanuel Macron', 'Olaf Scholz'],
      ['Emmanuel Macron', 'Olaf Scholz'],
    ]);
  });

  test('an organisation speaking as such is an organization', () => {
    const { speakers } = analyzeBody(
      '“Kami menolak tuduhan tersebut,” tulis Kementerian Luar Negeri dalam pernyataannya.',
    );
    expect(speakers).toEqual([
      { name: 'Kementerian Luar Negeri', role: null, kind: 'organization', aliases: [] },
    ]);
  });

  test('speaker ids follow the order of first quote', () => {
    const { result } = analyzeParagraphs(
      [
        '“Pertama,” kata Andi Wijaya.',
        '“Kedua soal anggaran,” kata Budi Hartono.',
        '“Ketiga,” kata Andi.',
      ],
      emptyArticleInfo(),
    );
    expect(result.speakers.map(s => [s.id, s.name])).toEqual([
      ['s1', 'Andi Wijaya'],
      ['s2', 'Budi Hartono'],
    ]);
    expect(result.quotes.map(q => [q.id, q.speakerIds])).toEqual([
      ['q1', ['s1']],
      ['q2', ['s2']],
      ['q3', ['s1']],
    ]);
  });
});

describe('finds nicknames and unnamed speakers', () => {
  test.each([
    [
      'Presiden Hendro Wiyono (Hewi) meresmikan bendungan.',
      '“Air untuk petani,” kata Hewi.',
      'Hendro Wiyono',
      'Hewi',
    ],
    [
      'Pemilik warung, Iwan Setiawan, berjualan sejak 1998. Pria yang akrab disapa Ibul itu ramah.',
      '“Sekarang sepi sekali,” kata Ibul.',
      'Iwan Setiawan',
      'Ibul',
    ],
    [
      'Kepala BMKG Dwikorita Karnawati meninjau lokasi gempa.',
      '“Warga diminta tetap tenang,” kata Dwikorita.',
      'Dwikorita Karnawati',
      'Dwikorita',
    ],
  ])('%s %s', (intro, line, name, alias) => {
    const { speakers, quotes } = analyzeBody(intro, line);
    expect(quotes.map(q => q.speakers)).toEqual([[name]]);
    expect(speakers[0]!.aliases).toContain(alias);
  });

  test.each([
    ['“Air sudah surut sejak pagi,” kata seorang warga.', 'seorang warga'],
    ['Menurut sumber di kepolisian, tersangka sudah ditahan sejak pekan lalu.', 'sumber'],
  ])('%s', (line, mention) => {
    const quotes = analyzeBody(line).quotes;
    expect(quotes.map(q => [q.speakers, q.mention])).toEqual([[[], mention]]);
  });
});

describe('pronouns find the right antecedent', () => {
  test.each([
    [
      'a place or facility, even as a subject, is never the antecedent of -nya',
      [
        'Kepala Humas Kota Tegal, Budi Santoso, mengatakan trotoar di sekitar Stadion Mini dan Pasar Pagi Tegal retak. Selain itu, Taman Poci juga akan dibenahi.',
        '“Kami sudah mengajukan anggaran sejak tahun lalu,” katanya.',
      ],
      ['Budi Santoso'],
    ],
    [
      'two people in the previous sentence: the subject, not the object',
      [
        'Menteri Pertanian Agus Wiratmaja bertemu Gubernur Bali Wayan Sudarma di Denpasar.',
        '“Panen tahun ini lebih baik,” kata dia.',
      ],
      ['Agus Wiratmaja'],
    ],
    [
      'the last speaker outranks a name mentioned after him as an object',
      [
        '“Harga gabah harus naik,” kata Ketua Umum HKTI Joko Prasetyo.',
        'Joko menyampaikan hal itu kepada Wayan Sudarma.',
        '“Petani sudah lama menunggu,” ujarnya.',
      ],
      ['Joko Prasetyo'],
    ],
    [
      'a new person introduced with Sementara itu, in a new paragraph',
      [
        '“Harga gabah harus naik,” kata Ketua Umum HKTI Joko Prasetyo.',
        'Sementara itu, Kepala Bulog Dewi Prameswari meninjau gudang di Karawang.',
        '“Stok beras aman sampai Lebaran,” kata dia.',
      ],
      ['Dewi Prameswari'],
    ],
    [
      'dia skips an organisation that spoke last',
      [
        'Direktur Eksekutif Indef Tomi Fauzi hadir dalam diskusi itu.',
        '“Kami menolak kenaikan tarif,” tulis Kementerian Perhubungan.',
        '“Tarif harus ditinjau ulang,” kata dia.',
      ],
      ['Tomi Fauzi'],
    ],
    [
      'mereka to the latest named group',
      [
        'Budi Hartono dan Sari Wulandari menemui warga di balai desa.',
        '“Kami akan memperjuangkan irigasi,” kata mereka.',
      ],
      ['Budi Hartono', 'Sari Wulandari'],
    ],
    [
      'mereka after an unnamed plural subject stays unnamed',
      [
        '“Irigasi segera dibangun,” kata Bupati Sikka Yosef Nong Dala.',
        'Para petani menyambut rencana itu.',
        '“Kami sudah lama menunggu,” kata mereka.',
      ],
      [],
    ],
    [
      'dia after an unnamed speaker stays unnamed',
      [
        'Menteri Pertanian Agus Wiratmaja meninjau sawah.',
        '“Air belum sampai ke sini,” kata seorang petani.',
        '“Kami terpaksa menyewa pompa,” kata dia.',
      ],
      [],
    ],
  ])('%s', (_label, paragraphs, speakers) => {
    const quotes = analyzeBody(...paragraphs).quotes;
    expect(quotes[quotes.length - 1]!.speakers).toEqual(speakers);
  });
});

test('a derived common noun opening a sentence is not glued onto the name after it', () => {
  const { speakers } = analyzeBody(
    'Kedatangan Andi Wirawan disambut ratusan warga di alun-alun.',
    '“Saya senang bisa hadir di sini,” kata Andi.',
  );
  expect(speakers).toEqual([
    { name: 'Andi Wirawan', role: null, kind: 'person', aliases: ['Andi'] },
  ]);
});

test('an Arabic name with bin is one name, and its first token links to it', () => {
  const { speakers, quotes } = analyzeBody(
    'Ulama sepuh Maulana Habib Salim bin Hamid menyatakan, umat harus menjaga persatuan.',
    '“Para pendahulu adalah teladan kita,” kata Habib Salim.',
  );
  expect(speakers.map(s => s.name)).toEqual(['Salim bin Hamid']);
  expect(quotes.map(q => q.speakers)).toEqual([['Salim bin Hamid'], ['Salim bin Hamid']]);
});

test('a role plus the first word of its place is a title mention, never the organisation sharing that word', () => {
  const { speakers, quotes } = analyzeBody(
    'Kapolda Metro Jaya Irjen Hadi Sasongko memuji kinerja Polres Metro Bekasi Kota. Kapolda Metro meminta jajarannya untuk menindak tegas pengedar narkoba.',
    '“Tidak ada toleransi,” ujarnya di Polres Metro Bekasi Kota.',
  );
  expect(speakers.map(s => s.name)).toEqual(['Hadi Sasongko']);
  expect(quotes.map(q => q.speakers)).toEqual([['Hadi Sasongko'], ['Hadi Sasongko']]);
});

test('a bracketed short form of an organisation is its alias, not part of its name', () => {
  const { speakers } = analyzeBody(
    'Badan Pengawas Pangan (Bapangan) menyatakan, stok beras aman hingga akhir tahun.',
  );
  expect(speakers).toEqual([
    { name: 'Badan Pengawas Pangan', role: null, kind: 'organization', aliases: ['Bapangan'] },
  ]);
});

test('a person after a lowercase role is a subject that a later -nya refers to', () => {
  const { quotes } = analyzeBody(
    'Kementerian Kesehatan (Kemenkes) berjanji akan menelusuri kasus itu.',
    'Saat ditanya soal itu, juru bicara Kemenkes Dimas Arya berkelit tidak tahu.',
    '“Saya tidak tahu asal uang itu,” jelasnya.',
  );
  // `berkelit tidak tahu` is itself a two-word reported clause with a predicate.
  expect(quotes.map(q => q.speakers)).toEqual([
    ['Kementerian Kesehatan'],
    ['Dimas Arya'],
    ['Dimas Arya'],
  ]);
});

test('after a cue, a role, a comma and a ranked name are one speaker', () => {
  const { speakers } = analyzeBody(
    '“Kunjungan itu wajar saja,” kata Kepala Bagian Penerangan Polda, Kombes Polisi Arif Santoso Lubis yang ditemui di Medan.',
  );
  expect(speakers).toEqual([
    {
      name: 'Arif Santoso Lubis',
      role: 'Kepala Bagian Penerangan Polda Kombes Polisi',
      kind: 'person',
      aliases: [],
    },
  ]);
});

test('a one-word name introduced with a role is the full form that a shortened mention links to', () => {
  const { speakers, quotes } = analyzeBody(
    'Juru Bicara Kementerian Luar Negeri Hartanto membenarkan adanya rapat darurat itu.',
    '“Kita tunggu saja hasilnya,” ujar Harta di Bali.',
  );
  expect(speakers.map(s => [s.name, s.aliases])).toEqual([['Hartanto', ['Harta']]]);
  expect(quotes.map(q => q.speakers)).toEqual([['Hartanto']]);
});

describe('a spokesperson without a name is an unnamed speaker, not the organisation', () => {
  test.each([
    'Dilansir media setempat, jubir Fatah mengatakan serangan itu balasan atas blokade.',
    'Juru bicara dari kementerian pertanian Sudan mengatakan panen gandum tahun ini gagal.',
    // A role head or group noun + dari/di/pada + organisation, with no person's name.
    'Jaksa Penuntut Umum (JPU) dari BNN menyatakan berkas perkara itu sudah lengkap.',
    'Seorang peneliti di BRIN mengatakan curah hujan akan meningkat bulan depan.',
    'Sementara itu, tim kuasa hukumnya menyebut dakwaan itu tidak berdasar sama sekali.',
  ])('%s', sentence => {
    const { speakers, quotes } = analyzeBody(sentence);
    expect(speakers).toEqual([]);
    expect(quotes.map(q => q.speakers)).toEqual([[]]);
  });
});

test('a description closed by ini before any quote points back to the last subject', () => {
  const { quotes } = analyzeBody(
    'Kepala Dinas Kesehatan Kota Medan Taufik Hidayat meninjau puskesmas. Menurut peneliti kesehatan ini, stok vaksin cukup untuk tiga bulan.',
  );
  expect(quotes.map(q => q.speakers)).toEqual([['Taufik Hidayat']]);
});

test('a person named before dari + organisation is the speaker', () => {
  const { quotes } = analyzeBody(
    'Budi Santoso dari KPK mengatakan berkas perkara sudah lengkap semuanya.',
  );
  expect(quotes.map(q => q.speakers)).toEqual([['Budi Santoso']]);
});

describe('a person named after dari + organisation when an honorific opens the name', () => {
  test.each([
    [
      'Dosen hukum dari Universitas Tanjungpura Dr Melati Kurniasih menilai aturan itu perlu direvisi.',
      'Melati Kurniasih',
    ],
    [
      'Peneliti senior di BRIN Prof Ir Bambang Widiarto mengatakan curah hujan akan meningkat.',
      'Bambang Widiarto',
    ],
  ])('%s', (sentence, speaker) => {
    expect(analyzeBody(sentence).quotes.map(q => q.speakers)).toEqual([[speaker]]);
  });

  // Without an honorific, capitalised words after the organisation head are its own name.
  test('a bare run after dari is the organisation, and its member stays unnamed', () => {
    const { quotes } = analyzeBody(
      'Peneliti dari Universitas Gadjah Mada mengatakan harga beras akan naik bulan depan.',
    );
    expect(quotes.map(q => q.speakers)).toEqual([[]]);
  });

  // An institution named after an honoured person: the honorific opens the institution's name.
  test.each([
    'Dokter dari RSUD Dr Wahyudi Pranoto mengatakan pasien itu sudah boleh pulang.',
    'Dosen dari Universitas Prof Dr Hamka Wirawan menilai aturan itu perlu dikaji.',
  ])('%s: the member stays unnamed', sentence => {
    expect(analyzeBody(sentence).quotes.map(q => q.speakers)).toEqual([[]]);
  });

  test('switched off, the member after the organisation stays unnamed', () => {
    const sentence =
      'Dosen hukum dari Universitas Tanjungpura Dr Melati Kurniasih menilai aturan itu perlu direvisi.';
    const off = withFeaturesOff(['names.honouredAffiliate'], () => analyzeBody(sentence));
    expect(off.quotes.map(q => q.speakers)).not.toEqual([['Melati Kurniasih']]);
  });
});

test('-nya may refer back to an organisation that is the subject; dia may not', () => {
  const { quotes } = analyzeBody(
    'Menteri Pertahanan Rudi Hartawan meninjau lokasi. Militer Ruritania membenarkan serangan itu.',
    '“Serangan menargetkan gudang senjata,” katanya.',
  );
  expect(quotes.map(q => q.speakers)).toEqual([['Militer Ruritania']]);
});

test('a role description closed by ini/itu before a cue refers back to the speaker, and dia follows it', () => {
  const { quotes } = analyzeBody(
    '“Kembalikan hak warga,” kata KH Salim Hidayat saat acara di lapangan kota, Senin (2/12).',
    'Penanggung Jawab Acara 212 ini mengatakan, Habib Rudi tidak pernah mundur dari perjuangan.',
    'Dia juga menyampaikan bahwa acara itu adalah penguatan komitmen umat.',
    'Pelatih asal Belanda itu menyebut timnya siap bertanding.',
  );
  expect(quotes.map(q => q.speakers)).toEqual([
    ['Salim Hidayat'],
    ['Salim Hidayat'],
    ['Salim Hidayat'],
    ['Salim Hidayat'],
  ]);
});
