/**
 * Invented mini-articles of the kinds of speaker that go wrong on articles the rules were not
 * written on (issue 6): a pointing mention across a person who is only talked about, a bare title
 * for the person introduced with that role, a name the particles and spellings of real names
 * cut, and a speaker list that holds each person once. Each case: the paragraphs, then the
 * speakers of every quote in text order (an empty list: unnamed).
 */
export type UnseenCase = readonly [
  kind: string,
  paragraphs: readonly string[],
  speakers: readonly (readonly string[])[],
];
export const UNSEEN_CASES: readonly UnseenCase[] = [
  // -- a pointing mention across a person who is only talked about
  [
    'nya across a suspect',
    [
      'Kapolres Sleman AKBP Hendra Wijaya mengatakan pelaku sudah ditangkap. Pelaku, Joko Pramono, ditangkap di rumahnya. “Kami masih mendalami motifnya,” ujarnya.',
    ],
    [['Hendra Wijaya'], ['Hendra Wijaya']],
  ],
  [
    'nya across a goal scorer',
    [
      '“Kami bermain disiplin,” kata pelatih Persikoba Agus Wiratmaja.',
      'Gol tunggal dicetak Rudi Hartono pada menit ke-70. “Pemain menjalankan instruksi,” tambahnya.',
    ],
    [['Agus Wiratmaja'], ['Agus Wiratmaja']],
  ],
  [
    'dia across an object',
    [
      'Menteri Pertanian Sutrisno Adi meninjau sawah milik petani Darman di Klaten. “Panen tahun ini bagus,” kata dia.',
    ],
    [['Sutrisno Adi']],
  ],
  [
    'ia across a person met',
    [
      'Gubernur Jawa Tengah Darsono Wiryo bertemu dengan Duta Besar Jepang Kenji Tanaka di Semarang. Ia mengatakan, kerja sama kedua daerah akan diperluas.',
    ],
    [['Darsono Wiryo']],
  ],
  [
    'nya across a victim',
    [
      'Kasat Reskrim Polres Bantul AKP Dwi Prasetyo menjelaskan kronologi kejadian. Korban, Siti Zubaidah (45), mengalami luka di kepala. “Korban sudah dirawat di puskesmas,” katanya.',
    ],
    [['Dwi Prasetyo']],
  ],
  [
    'he across a scorer',
    [
      '“We are ready,” said coach Mark Ellison.',
      'Striker Tom Baxter scored twice in the first half. “The team played with discipline,” he added.',
    ],
    [['Mark Ellison'], ['Mark Ellison']],
  ],
  [
    'nya after a new source',
    [
      '“Anggaran sudah cukup,” kata Menteri Keuangan Sari Wulandari.',
      'Pengamat ekonomi Lina Marlina menilai anggaran itu terlalu kecil. “Harus ditambah,” ujarnya.',
    ],
    [['Sari Wulandari'], ['Lina Marlina'], ['Lina Marlina']],
  ],
  [
    'nya after a speaker who goes on',
    [
      '“Jalan itu rusak parah,” kata Budi Santoso, warga Cikarang.',
      '“Sudah dua tahun tidak diperbaiki,” kata Sari Lestari, tetangganya.',
      '“Kami sudah melapor ke kelurahan,” ujarnya.',
    ],
    [['Budi Santoso'], ['Sari Lestari'], ['Sari Lestari']],
  ],
  [
    'a passive mention in between',
    [
      'Tersangka Dodi Firmansyah ditangkap polisi di Bekasi. Kapolsek Tambun Kompol Ari Setiawan mengatakan, tersangka sudah lama diintai.',
      '“Tersangka mengaku menyesal,” katanya.',
    ],
    [['Ari Setiawan'], ['Ari Setiawan']],
  ],
  // -- a bare title for the person introduced with that role
  [
    'Kapolres alone',
    [
      'Kapolres Bogor AKBP Rudi Hartawan mengatakan razia digelar setiap malam.',
      '“Kami akan menindak tegas,” kata Kapolres.',
    ],
    [['Rudi Hartawan'], ['Rudi Hartawan']],
  ],
  [
    'sang pelatih',
    [
      'Pelatih Persibo Dadang Suryana puas dengan hasil itu. “Anak-anak bermain luar biasa,” ujar sang pelatih.',
    ],
    [['Dadang Suryana']],
  ],
  [
    'the minister',
    [
      'Trade Minister Rina Sulastri said exports grew in March.',
      '“We expect more growth next year,” the minister said.',
    ],
    [['Rina Sulastri'], ['Rina Sulastri']],
  ],
  [
    'the title of the second of two officials',
    [
      'Kapolda Jatim Irjen Agus Wijaya dan Kapolres Malang AKBP Budi Santosa meninjau lokasi banjir.',
      '“Situasi sudah aman,” kata Kapolres.',
    ],
    [['Budi Santosa']],
  ],
  [
    'a title nobody holds stays unnamed',
    ['Banjir merendam tiga desa sejak Senin. “Kami siaga penuh,” kata Kapolres.'],
    [[]],
  ],
  [
    'the holder of a spelled-out role, called by its title form',
    [
      'Menteri Agama Hasan Mahfudz meresmikan asrama haji di Medan.',
      '“Asrama ini untuk jamaah dari tiga provinsi,” kata Menag.',
    ],
    [['Hasan Mahfudz']],
  ],
  // -- names: particles, spellings, aliases, addresses
  [
    'a lowercase al- in an Arabic name',
    ['“Kami siap membantu,” kata Syekh Ahmad al-Fadli di Jakarta.'],
    [['Ahmad al-Fadli']],
  ],
  [
    'al- after a role',
    ['Raja Faisal al-Sabah mengatakan, kerja sama itu penting bagi kawasan.'],
    [['Faisal al-Sabah']],
  ],
  [
    'al- in English copy',
    [
      'Trade ties will grow, said Kuwait’s Foreign Minister Nasser al-Harbi on Monday.',
      '“We welcome the agreement,” he said.',
    ],
    [['Nasser al-Harbi'], ['Nasser al-Harbi']],
  ],
  [
    'an unknown spelling of a given name after an appositive comma',
    [
      'Komentar datang dari pakar hukum Universitas Nusa (UN), Mochamad Rizki Fauzan. Ia menilai aturan itu berlebihan.',
      '“Tidak ada urgensi,” ujar Rizki.',
    ],
    [['Mochamad Rizki Fauzan'], ['Mochamad Rizki Fauzan']],
  ],
  [
    'an alias after akrab disapa',
    [
      'Robertus Sitompul, yang akrab disapa Bobi, mengatakan panen cabai gagal.',
      '“Hujan turun terus,” kata Bobi.',
    ],
    [['Robertus Sitompul'], ['Robertus Sitompul']],
  ],
  [
    'a speaker named after senada',
    [
      '“Kami belum menerima berkasnya,” kata Ketua Komisi Yudi Prakoso.',
      'Senada dikatakan Wakil Ketua Komisi Hendra Gunawan. Politikus yang akrab disapa Hegun ini menyerahkan keputusan kepada pimpinan. “Tunggu saja hasil rapat,” kelitnya.',
    ],
    [['Yudi Prakoso'], ['Hendra Gunawan']],
  ],
  [
    'a short name and its full form are one speaker',
    [
      'Direktur RSUD Cibening Rina Kartika mengatakan stok darah menipis.',
      '“Kami butuh donor,” kata Rina.',
    ],
    [['Rina Kartika'], ['Rina Kartika']],
  ],
  [
    'English according to',
    ['According to police spokesman Daniel Ortiz, the suspect fled on foot.'],
    [['Daniel Ortiz']],
  ],
  [
    'English pronoun across an object',
    [
      'Finance Minister Paul Hendricks met central bank governor Anna Liu on Tuesday. He said the budget would be revised.',
    ],
    [['Paul Hendricks']],
  ],
  [
    'a subject of another verb between two quotes',
    [
      '“Stok beras aman,” kata Kepala Bulog Jabar Deni Kusmayadi.',
      'Harga beras di Pasar Cibening naik sejak pekan lalu. Pedagang Udin Saprudin mengeluhkan sepinya pembeli. “Pembeli berkurang separuh,” ujarnya.',
    ],
    [['Deni Kusmayadi'], ['Udin Saprudin']],
  ],
  [
    'a person quoted about, not speaking',
    [
      'Kuasa hukum terdakwa, Ahmad Rifai, menyebut kliennya tidak bersalah.',
      '“Klien kami, Bapak Yusuf Mansur Hadi, hanya menjalankan perintah atasan,” ujarnya.',
    ],
    [['Ahmad Rifai'], ['Ahmad Rifai']],
  ],
  [
    'nya across a subject inside the reported clause',
    [
      'Juru bicara Kementerian Koperasi Yusuf Hakim mengatakan, Presiden sudah menandatangani aturan itu. Menurut dia, Menteri Koperasi Taufik Rahman akan mengumumkannya pekan depan.',
      '“Kami tinggal menunggu salinannya,” ujarnya.',
    ],
    [['Yusuf Hakim'], ['Yusuf Hakim'], ['Yusuf Hakim']],
  ],
  [
    'nya across a person the speaker names',
    [
      'Ketua RW 05 Suherman menyebut warga sudah lama mengeluhkan bau sampah. Ia mengaku sudah melapor kepada Lurah Dewi Prameswari.',
      '“Sampai sekarang belum ada jawaban,” katanya.',
    ],
    [['Suherman'], ['Suherman'], ['Suherman']],
  ],
  [
    'ia across a reported speaker who then goes on',
    [
      '“Kami sudah siap,” kata Kepala Dinas Pendidikan Ratna Dewi.',
      'Dalam rapat itu, Wali Kota Hendro Saputro meminta sekolah menyiapkan protokol kesehatan. Ia menegaskan sekolah yang melanggar akan ditutup.',
      '“Tidak ada toleransi,” ujarnya.',
    ],
    [['Ratna Dewi'], ['Hendro Saputro'], ['Hendro Saputro'], ['Hendro Saputro']],
  ],
  [
    'the bare title of the speaker after another official',
    [
      'Bupati Cibening Arif Nugraha menyambut kedatangan Menteri Sosial Wulan Sari di pendopo.',
      '“Bantuan ini sangat berarti bagi warga kami,” kata Bupati.',
    ],
    [['Arif Nugraha']],
  ],
  [
    'the coach after a player spoke',
    [
      '“Kami kalah di lini tengah,” kata pelatih Persikoba Agus Wiratmaja.',
      '“Saya gagal memanfaatkan peluang,” kata striker Rudi Hartono.',
      '“Kami akan evaluasi,” ujar sang pelatih.',
    ],
    [['Agus Wiratmaja'], ['Rudi Hartono'], ['Agus Wiratmaja']],
  ],
  [
    'they for a group of unnamed people',
    [
      'Sejumlah nelayan Muara Angke mengeluhkan harga solar. “Kami tidak bisa melaut,” kata mereka.',
    ],
    [[]],
  ],
  [
    'a title after a sentence about something else',
    [
      'Kapolsek Cibening Kompol Dedi Supriadi mengatakan, pelaku ditangkap di rumahnya. Barang bukti diamankan di Mapolsek. “Pelaku sudah kami tahan,” kata Kapolsek.',
    ],
    [['Dedi Supriadi'], ['Dedi Supriadi']],
  ],
  [
    'the head of two officials in one sentence, by title',
    [
      'Wakil Bupati Cibening Rina Anggraini mendampingi Bupati Haris Munandar meninjau banjir. “Kami siapkan dapur umum,” kata Bupati.',
    ],
    [['Haris Munandar']],
  ],
  [
    'the deputy of two officials in one sentence, by title',
    [
      'Wakil Bupati Cibening Rina Anggraini mendampingi Bupati Haris Munandar meninjau banjir. “Kami siapkan dapur umum,” kata Wakil Bupati.',
    ],
    [['Rina Anggraini']],
  ],
  [
    'sang pelatih for a coach introduced by apposition, after a scorer',
    [
      'Yudi Pratama mencetak dua gol. Agus Wiratmaja, pelatih tim itu, memuji penampilannya. “Dia bermain luar biasa,” ujar sang pelatih.',
    ],
    [['Agus Wiratmaja']],
  ],
  [
    'the coach introduced by apposition in English, after a scorer',
    [
      'Striker Tom Baxter scored twice. Mark Ellison, the team’s coach, praised him. “He was brilliant,” the coach said.',
    ],
    [['Mark Ellison']],
  ],
];
