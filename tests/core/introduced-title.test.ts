import { describe, expect, test } from 'vitest';
import { leadInWords } from '../../core/engine/discourse/introduced-title';
import { withFeaturesOff } from '../../core/engine/features';
import { lastSpeakers } from './summarize';

describe('a lead-in is the sentence before a name, past ranks and academic titles', () => {
  test.each([
    // An abbreviation's full stop (`Pol.`, `Dr.`) does not end the sentence.
    [
      'Kapolres Lembah Hijau AKBP Pol. Darmawan Putra',
      'Darmawan',
      'Kapolres Lembah Hijau AKBP Pol. Darmawan',
    ],
    [
      'Cuaca cerah. Rektor Universitas Tanjung, Dr. Maya Sari',
      'Maya',
      ' Rektor Universitas Tanjung, Dr. Maya',
    ],
    // A quotation mark ends it: the words of a quote introduce nobody.
    ['“Rapat ditunda,” ujar Kepala Desa Rendi', 'Rendi', ' ujar Kepala Desa Rendi'],
  ] as const)('%s', (text, name, lead) => {
    const at = text.indexOf(name);
    expect(leadInWords(text, at, at + name.length)).toBe(lead);
  });

  test('another name earlier in the sentence ends it', () => {
    const text = 'Direktur Utama Beni Santoso dan Kepala Bagian Umum Sinta Dewi hadir.';
    const at = text.indexOf('Sinta');
    expect(leadInWords(text, at, at + 10, text.indexOf(' dan'))).toBe(
      ' dan Kepala Bagian Umum Sinta Dewi',
    );
  });
});

describe('a bare title means the person the text introduced with its words', () => {
  test.each([
    // A role set off by a comma and an academic title, then its acronym opening a clause.
    [
      [
        'Direktur Jenderal Tanaman Pangan Kementerian Pertanian dan Perkebunan (KPP), Dr Larasati Wibowo, MSi, menyatakan stok beras aman.',
        '“Petani kecil paling merasakan dampaknya,” kata Larasati di kantornya.',
        'Dirjen menambahkan, pemerintah menyiapkan bantuan pupuk untuk koperasi tani.',
      ],
      ['Larasati Wibowo'],
    ],
    // A rank between the role and the name.
    [
      [
        'Ketua Umum Perkumpulan Silat Nusantara, Brigjen TNI (Purn) Agus Widodo, meninjau latihan.',
        '“Kami ingin masuk final,” ujar Agus Widodo.',
        'Ketum juga berharap dana pembinaan cair bulan depan.',
      ],
      ['Agus Widodo'],
    ],
    // A role followed by a relative clause before the name, its bracketed short form at a cue.
    [
      [
        'Sekretaris Jenderal (Sekjen) Partai Bulan Terang yang mengusung calon nomor tiga, Budiman Hartono, menilai tuduhan itu tidak berdasar.',
        '“Kami punya rekaman lengkap rapat itu,” kata Sekjen.',
      ],
      ['Budiman Hartono'],
    ],
    // A role with a place.
    [
      [
        'Duta Besar RI untuk Selandia Baru Rahmat Kurniadi memastikan seluruh pelajar Indonesia di kota itu selamat.',
        'Dubes mengimbau WNI menjauhi pantai hingga peringatan dicabut.',
      ],
      ['Rahmat Kurniadi'],
    ],
  ])('%j', (paragraphs, speakers) => {
    expect(lastSpeakers(...paragraphs)).toEqual(speakers);
    expect(
      // The role read off a description before the name, an office's post, or an office whose
      // acronym spells its fields, finds the holder by its words too: off as well.
      withFeaturesOff(
        [
          'discourse.introducedTitle',
          'cast.descriptionBeforeComma',
          'names.model.postedTo',
          'cast.spelledRole',
        ],
        () => lastSpeakers(...paragraphs),
      ),
    ).not.toEqual(speakers);
  });

  test('a person merely mentioned in between does not take the title', () => {
    const speakers = lastSpeakers(
      'Direktur Jenderal Tanaman Pangan Kementerian Pertanian dan Perkebunan (KPP), Dr Larasati Wibowo, MSi, menyatakan stok beras aman.',
      'Gudang milik Yosef Handoko ikut diperiksa petugas pekan lalu.',
      'Dirjen menambahkan, pemerintah menyiapkan bantuan pupuk untuk koperasi tani.',
    );
    expect(speakers).toEqual(['Larasati Wibowo']);
  });

  test('a title no one was introduced with means nobody', () => {
    const speakers = lastSpeakers(
      'Warga Desa Sukatani, Rohmat Hidayat, mengatakan air sungai keruh sejak Senin.',
      '“Kami tidak berani mandi di sana,” kata Rohmat.',
      'Sekjen menambahkan, laporan warga sudah dikirim ke dinas.',
    );
    expect(speakers).toEqual([]);
  });
});

describe('a lowercase head means the person introduced with it, as a title does', () => {
  test.each([
    // A head inside a longer role, lowercase at the cue.
    [
      [
        'Ketua Majelis Hakim Rahmat Sitompul menunda sidang perkara pupuk palsu itu.',
        '“Saksi berikutnya dihadirkan pekan depan,” kata hakim.',
      ],
      ['Rahmat Sitompul'],
    ],
    // An office acronym after `sang` (`Kades` from `Kepala Desa`).
    [
      [
        'Kepala Desa Lembah Sari, Kecamatan Bukit Tinggi, Darmo Wiyono, membantah tuduhan itu.',
        '“Seluruh dana sudah kami setor ke kecamatan,” tutur sang kades.',
      ],
      ['Darmo Wiyono'],
    ],
    // A role the role reader left untied (`Kuasa hukum terdakwa, Name,`), opening a clause.
    [
      [
        'Kuasa hukum terdakwa, Gilang Pratama, meminta majelis menghadirkan saksi ahli.',
        'Kuasa hukum juga menilai dakwaan jaksa kabur dan tidak cermat.',
      ],
      ['Gilang Pratama'],
    ],
  ])('%j', (paragraphs, speakers) => {
    expect(lastSpeakers(...paragraphs)).toEqual(speakers);
    expect(
      withFeaturesOff(['discourse.lowercaseTitle', 'cast.descriptionBeforeComma'], () =>
        lastSpeakers(...paragraphs),
      ),
    ).toEqual([]);
  });

  test.each([
    // An indefinite description introduces nobody named.
    [
      'Ketua Majelis Hakim Rahmat Sitompul menunda sidang perkara pupuk palsu itu.',
      '“Saksi berikutnya dihadirkan pekan depan,” kata seorang hakim.',
    ],
    // A head the text never introduced anyone with.
    [
      'Kepala Desa Lembah Sari, Darmo Wiyono, membantah tuduhan itu.',
      '“Semua dana sudah kami laporkan,” tutur sang camat.',
    ],
  ])('%s … %s stays unnamed', (...paragraphs) => {
    expect(lastSpeakers(...paragraphs)).toEqual([]);
  });
});

describe('a title whose words the role holds apart or in another order', () => {
  test.each([
    // The same words, another order.
    [
      [
        'Ketua Majelis Hakim Dr Rahmat Sitompul, SH, sempat menegur saksi yang berbelit.',
        'Hakim Ketua mengingatkan saksi bahwa sumpah palsu bisa dipidana.',
      ],
      ['Rahmat Sitompul'],
    ],
    // A head and a place with the team between them.
    [
      [
        'Pelatih tim putra Kaltara, Yohanes Pakpahan, mengakui pemainnya gugup di babak awal.',
        'Pelatih Banten, Didit, memuji lawannya.',
        'Sang pelatih Kaltara berharap dua pemainnya dipanggil ke pelatnas.',
      ],
      ['Yohanes Pakpahan'],
    ],
  ])('%j', (paragraphs, speakers) => {
    expect(lastSpeakers(...paragraphs)).toEqual(speakers);
    expect(
      withFeaturesOff(['discourse.titleWordsApart'], () => lastSpeakers(...paragraphs)),
    ).toEqual([]);
  });

  test.each([
    // Another province's holder of the same office is somebody else.
    [
      'Pelatih tim putra Kaltara, Yohanes Pakpahan, mengakui pemainnya gugup di babak awal.',
      'Sang pelatih Banten berharap timnya segera bangkit.',
    ],
    // Words far back in the sentence are no part of the role.
    [
      'Pelatih muda itu menonton laga yang digelar di gedung olahraga kota pada Sabtu malam lalu bersama warga Kaltara dan pemain senior Rudi Hartawan.',
      'Pelatih Kaltara berharap timnya tetap rendah hati.',
    ],
  ])('%s … %s stays unnamed', (...paragraphs) => {
    expect(lastSpeakers(...paragraphs)).toEqual([]);
  });
});

describe('a bare title in other words than the introduction', () => {
  test.each([
    // The honorific before the name is the title said alone.
    [
      [
        'Pakar tata kota Universitas Cendana, Prof Dr Wulan Kusumastuti, MT, menilai trotoar kota terlalu sempit.',
        'Menurut sang profesor, pejalan kaki harus didahulukan dalam setiap proyek jalan.',
      ],
      ['Wulan Kusumastuti'],
    ],
    [
      [
        'Pengasuh Pondok Pesantren Nurul Huda, KH Ma’ruf Hasyim, membuka pengajian akbar itu.',
        '“Kami dukung penuh kegiatan ini,” kata Camat Tegalsari, Joko Prasetyo.',
        '“Santri harus melek teknologi,” ujar kiai itu.',
      ],
      ['Ma’ruf Hasyim'],
    ],
    // Sports copy calls the head coach the team's architect.
    [
      [
        'Pelatih kepala Garuda Muda FC, Hendrik Siregar, menyebut timnya butuh bek tengah baru.',
        'Dua pemain inti, Ryan Saputra dan Bima Lesmana, mengaku siap bersaing.',
        'Sang arsitek berharap bek baru sudah bisa bermain pekan depan.',
      ],
      ['Hendrik Siregar'],
    ],
    // A party's lawyer, introduced in two words, is the lawyer said in one.
    [
      [
        'Kuasa hukum warga, Bayu Wirakusuma, mengatakan gugatan sudah didaftarkan. Sementara itu, Kepala Desa Sukamaju Matius Simbolon (54) menolak tuduhan warga.',
        '“Tuduhan itu tidak berdasar,” kata pengacara itu.',
      ],
      ['Bayu Wirakusuma'],
    ],
  ])('%j', (paragraphs, speakers) => {
    expect(lastSpeakers(...paragraphs)).toEqual(speakers);
    expect(
      withFeaturesOff(['discourse.titleSynonyms'], () => lastSpeakers(...paragraphs)),
    ).not.toEqual(speakers);
  });

  test('a title no introduction holds in any words means nobody', () => {
    const speakers = lastSpeakers(
      'Pelatih kepala Garuda Muda FC, Hendrik Siregar, menyebut timnya butuh bek tengah baru.',
      'Menurut sang profesor, latihan fisik perlu ditambah.',
    );
    expect(speakers).toEqual([]);
  });
});

describe('a title read off a lead-in belongs to its holder only', () => {
  const paragraphs = [
    'Pelatih kepala tim bulu tangkis junior, Arman Nasution, mengatakan latihan ditambah sejak Senin.',
    'Pengurus mendatangkan asisten pelatih asal Korea, Park Min-jae, untuk enam bulan.',
    'Sang pelatih kepala memuji kehadiran Park Min-jae di pemusatan latihan.',
    'Sang pelatih menegaskan daftar pemain baru diumumkan akhir bulan.',
  ];

  test('an assistant of the office and the object of a title’s clause are not its holder', () => {
    expect(lastSpeakers(...paragraphs)).toEqual(['Arman Nasution']);
  });

  test.each([['discourse.subordinateOffice'], ['discourse.clauseSubjectTitle']] as const)(
    'switched off, %s gives the title to the assistant',
    name => {
      // The head's description before the name gives the holder a role of those words: off too.
      const off = [name, 'cast.descriptionBeforeComma'] as const;
      expect(withFeaturesOff(off, () => lastSpeakers(...paragraphs))).toEqual(['Park Min-jae']);
    },
  );

  test('a relative clause after the title still describes the name', () => {
    const speakers = lastSpeakers(
      'Sekretaris Jenderal (Sekjen) Gerakan Hijau Nusantara yang menggugat aturan itu, Dewi Prameswari, hadir di sidang.',
      'Sekjen juga mengingatkan bahwa gugatan serupa pernah dikabulkan.',
    );
    expect(speakers).toEqual(['Dewi Prameswari']);
  });
});
