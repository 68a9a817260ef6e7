/**
 * Invented newsroom passages whose last quote is closed by a description of its speaker
 * (`kata pria berusia 57 tahun itu`, `ujar politikus Partai X tersebut`, `the former minister
 * said`): two or three people introduced with their cues, others merely mentioned in between.
 * Each case: sub-class, paragraphs, the speakers GUIDELINES gives the last quote ([] when the
 * description brings in somebody the article never names).
 */
export type DescriptionCase = readonly [string, readonly string[], readonly string[]];

export const DESCRIPTION_CASES: readonly DescriptionCase[] = [
  // --- age
  [
    'age: bracketed, two men, the other spoke last',
    [
      'Warga Dusun Kalirejo, Suparjo (57), menemukan retakan di tanggul sejak pekan lalu. “Airnya merembes terus,” kata Suparjo.',
      'Kepala Desa Kalirejo, Heru Prasetyo (47), mengaku sudah melapor ke kecamatan. “Kami tunggu alat berat,” ujar Heru.',
      '“Kalau hujan lagi, kami mengungsi,” kata pria berusia 57 tahun itu.',
    ],
    ['Suparjo'],
  ],
  [
    'age: bare years, two women',
    [
      'Pedagang kue, Lastri Handayani, 39 tahun, kehilangan lapaknya. “Semuanya terbakar,” ujar Lastri.',
      'Lurah Pasar Baru, Endang Susilowati, 51 tahun, menyebut bantuan sedang disiapkan. “Kami data dulu,” kata Endang.',
      'Petugas pemadam dari Kecamatan Sumberasri tiba setengah jam kemudian.',
      '“Saya harus pinjam modal lagi,” ujar perempuan 39 tahun tersebut.',
    ],
    ['Lastri Handayani'],
  ],
  [
    'age: the earlier of two aged speakers, sang',
    [
      'Nelayan Desa Tanjungsari, Rohman (61), sudah tiga hari tidak melaut. “Ombaknya tinggi,” katanya.',
      'Rekannya, Fajar Wicaksana (28), memilih memperbaiki jaring. “Daripada diam,” ujar Fajar.',
      '“Dulu tidak pernah separah ini,” kata lelaki berusia 61 tahun itu.',
    ],
    ['Rohman'],
  ],
  [
    'age: English, two speakers',
    [
      'Farmer Joe Whitaker, 64, lost half his herd in the flood. "The water came at night," Whitaker said.',
      'County official Mark Dunne, 45, said help was on its way. "We have trucks ready," Dunne said.',
      '"I do not know how we start again," the 64-year-old said.',
    ],
    ['Joe Whitaker'],
  ],
  [
    'age: ini, a man mentioned between',
    [
      'Guru honorer SD Negeri 3 Pakisaji, Wahyuni (34), mengajar di dua sekolah. “Gajinya tidak cukup,” kata Wahyuni.',
      'Kepala sekolah, Darsono, mengatakan sekolah kekurangan guru. “Kami sudah usulkan ke dinas,” ujarnya.',
      'Bupati Pakisaji Ahmad Syarifudin pernah berjanji menaikkan honor guru.',
      '“Saya tetap bertahan demi anak-anak,” tutur perempuan berusia 34 tahun ini.',
    ],
    ['Wahyuni'],
  ],
  // --- kinship
  [
    'kinship: ibu dua anak after an official',
    [
      'Sumiati (38), ibu dua anak asal Desa Wonorejo, kini tinggal di tenda pengungsian. “Rumah kami rata,” kata Sumiati.',
      'Camat Wonorejo, Agus Kurniadi, mengatakan hunian sementara dibangun bulan depan. “Kami kejar target,” ujar Agus.',
      '“Anak-anak sudah rindu sekolah,” ujar ibu dua anak itu.',
    ],
    ['Sumiati'],
  ],
  [
    'kinship: ayah tiga anak, two men',
    [
      'Sopir ojek daring, Bayu Saputra, ayah tiga anak, mengaku penghasilannya turun. “Order sepi,” katanya.',
      'Pengamat transportasi Universitas Cendana, Rizal Hakim, menilai tarif perlu ditinjau. “Ada ketimpangan,” kata Rizal.',
      '“Saya harus narik sampai malam,” kata ayah tiga anak tersebut.',
    ],
    ['Bayu Saputra'],
  ],
  [
    'kinship: nenek, a younger woman spoke last',
    [
      'Mbok Sarinah (80), nenek tujuh cucu, masih berjualan jamu setiap pagi. “Selagi kuat,” katanya.',
      'Cucunya, Dewi Kartikasari, sering membantu mengantar dagangan. “Nenek tidak mau berhenti,” ujar Dewi.',
      '“Jamu ini resep ibu saya dulu,” tutur nenek tujuh cucu itu.',
    ],
    ['Sarinah'],
  ],
  [
    'kinship: Menurut ibu dua anak itu, sentences between name nobody',
    [
      'Warga Desa Sukamaju, Wartini, membuka warung kopi di tepi jalan sejak 2015. “Dulu di sini sepi,” kata Wartini.',
      'Kini, warung itu ramai setiap malam. Harga segelas kopi hanya Rp 5 ribu. Menurut ibu dua anak itu, keuntungannya dipakai untuk biaya sekolah.',
    ],
    ['Wartini'],
  ],
  [
    'kinship: bapak tiga anak opening its clause, sentences between name nobody',
    [
      'Perajin gerabah Desa Kalisari, Suwarno, masih memakai tungku kayu. “Api kayu lebih rata,” ujar Suwarno.',
      'Dalam sepekan, tungku itu membakar sekitar 200 kendi. Bapak tiga anak itu menyebut pesanan naik menjelang Lebaran.',
    ],
    ['Suwarno'],
  ],
  [
    'kinship: a person mentioned between keeps the description unnamed',
    [
      'Warga Desa Sukamaju, Wartini, membuka warung kopi di tepi jalan sejak 2015. “Dulu di sini sepi,” kata Wartini.',
      'Seorang pembeli datang membawa rantang. “Biasanya saya beli tiga bungkus,” kata ibu dua anak itu.',
    ],
    [],
  ],
  [
    'age: Menurut perempuan berusia N tahun itu, a region read between names nobody',
    [
      '“Kami datang ke warga, bukan sebaliknya,” kata bidan Ratna Kusumawati.',
      'Bidan kelahiran Sukadana, Lampung Timur, itu bertugas di Way Kanan sejak 2012. Puskesmasnya kini melayani empat desa. Menurut perempuan berusia 45 tahun itu, jumlah ibu hamil yang diperiksa naik tiap tahun.',
    ],
    ['Ratna Kusumawati'],
  ],
  // --- party / organisation named in the description
  [
    'party: politikus Partai X, other party spoke last',
    [
      'Anggota DPRD Kota Sukamulya dari Fraksi Partai Amanah Rakyat, Hendra Purbaya, mengkritik rencana itu. “Anggarannya tidak jelas,” kata Hendra.',
      'Ketua Fraksi Partai Karya Bangsa, Slamet Nugraha, membela wali kota. “Semua sudah dibahas,” ujar Slamet.',
      '“Kami akan minta audit,” ujar politikus Partai Amanah Rakyat tersebut.',
    ],
    ['Hendra Purbaya'],
  ],
  [
    'party: politikus Partai X itu, a minister mentioned between',
    [
      'Wakil Ketua Komisi V DPR dari Partai Nusantara Jaya, Irwan Setiadi, mempertanyakan proyek jalan tol itu. “Tanahnya belum dibebaskan,” katanya.',
      'Menteri Pekerjaan Umum Bambang Hartono sebelumnya menyebut proyek rampung tahun depan.',
      'Anggota komisi lain, Yusuf Maulana, meminta rapat khusus. “Kita panggil kementerian,” ujar Yusuf.',
      '“Jangan sampai rakyat dirugikan,” kata politikus Partai Nusantara Jaya itu.',
    ],
    ['Irwan Setiadi'],
  ],
  [
    'organisation: pengurus PSSI itu',
    [
      'Anggota Komite Eksekutif PSSI, Darmawan Halim, menyebut liga akan dimulai Juli. “Jadwal sudah final,” kata Darmawan.',
      'Manajer Persikota, Yudi Kurniawan, meminta kepastian. “Kami butuh jadwal,” ujar Yudi.',
      '“Klub tidak perlu khawatir,” ujar petinggi PSSI tersebut.',
    ],
    ['Darmawan Halim'],
  ],
  // --- origin
  [
    'origin: pejabat asal X, two officials',
    [
      'Kepala Dinas Pariwisata, Rahmat Siregar, yang berasal dari Sibolga, memaparkan target kunjungan. “Kami optimistis,” katanya.',
      'Sekretaris daerah, Joko Susanto, asal Klaten, menyebut anggaran terbatas. “Harus efisien,” ujar Joko.',
      '“Promosi harus lewat media sosial,” kata pejabat asal Sibolga tersebut.',
    ],
    ['Rahmat Siregar'],
  ],
  [
    'origin: pria asal X, two men',
    [
      'Suharto (45), pria asal Wonosari, sudah sepuluh tahun berjualan bakso di Jakarta. “Sekarang sepi,” katanya.',
      'Tetangganya, Imran Lubis, pedagang asal Tarutung, mengeluhkan hal serupa. “Sewa naik terus,” kata Imran.',
      '“Saya mau pulang kampung saja,” ujar pria asal Wonosari itu.',
    ],
    ['Suharto'],
  ],
  [
    'origin: warga Desa X itu',
    [
      'Warga Desa Sukamaju, Karyono, mengaku sawahnya kering. “Irigasi mati,” kata Karyono.',
      'Warga Desa Cikareo, Ujang Sobarna, mengalami hal berbeda. “Di kampung kami sumur masih terisi,” ujar Ujang.',
      '“Kami terpaksa pakai pompa,” ungkap warga Desa Sukamaju itu.',
    ],
    ['Karyono'],
  ],
  [
    'origin: English, the man from X',
    [
      'Ahmed Karim, a shopkeeper from Aleppo, fled with his family in 2015. "We left everything," Karim said.',
      'His neighbour, Yusuf Demir, a teacher from Gaziantep, helped them settle. "They were tired," Demir said.',
      '"I still dream of my shop," the shopkeeper from Aleppo said.',
    ],
    ['Ahmed Karim'],
  ],
  // --- former office
  [
    'former: mantan pemain timnas itu, the coach spoke last',
    [
      'Mantan pemain timnas, Eko Purnomo, kini melatih anak-anak di kampungnya. “Saya ingin berbagi,” kata Eko.',
      'Pelatih kepala SSB Elang Biru, Totok Sugiarto, menyambut baik. “Anak-anak senang,” ujar Totok.',
      '“Bakat di sini luar biasa,” kata mantan pemain timnas itu.',
    ],
    ['Eko Purnomo'],
  ],
  [
    'former: mantan menteri, the current minister spoke last',
    [
      'Mantan Menteri Pertanian, Sutrisno Adiwinata, menilai impor beras tidak perlu. “Stok kita cukup,” katanya.',
      'Menteri Pertanian, Arif Setiabudi, membantah. “Data kami berbeda,” ujar Arif.',
      '“Petani yang akan rugi,” ujar mantan menteri itu.',
    ],
    ['Sutrisno Adiwinata'],
  ],
  [
    'former: English the former minister',
    [
      'Former finance minister Paul Hendricks criticised the budget. "It is reckless," Hendricks said.',
      'Finance Minister Sarah Collins defended the plan. "It is balanced," Collins said.',
      '"The numbers do not add up," the former minister said.',
    ],
    ['Paul Hendricks'],
  ],
  // --- gender
  [
    'gender: perempuan berhijab itu, a man spoke last',
    [
      'Seorang relawan, Nurul Hidayah, membagikan nasi bungkus kepada pengungsi. “Kami masak sejak subuh,” kata Nurul.',
      'Koordinator posko, Pak Darmaji, mengatakan logistik menipis. “Beras tinggal dua karung,” ujar Darmaji.',
      '“Yang penting anak-anak makan,” kata perempuan berhijab itu.',
    ],
    ['Nurul Hidayah'],
  ],
  [
    'gender: wanita itu, Bu title, a man spoke last',
    [
      'Bu Ratna, pemilik warung di ujung gang, mengaku omzetnya turun. “Pembeli takut keluar,” katanya.',
      'Ketua RT setempat, Pak Hasan, membenarkan. “Jalan masih ditutup,” ujar Hasan.',
      '“Saya cuma bisa pasrah,” ujar wanita itu.',
    ],
    ['Ratna'],
  ],
  [
    'gender: pria itu, a woman spoke last',
    [
      'Sukardi, penjaga pintu air, bertahan di posnya semalaman. “Saya tidak boleh pergi,” kata Sukardi.',
      'Kepala BPBD Kabupaten Lembahhijau, Ibu Mariani, memuji dedikasinya. “Dia pahlawan kami,” ujar Mariani.',
      '“Ini sudah tugas saya,” kata pria itu.',
    ],
    ['Sukardi'],
  ],
  [
    'gender: English the woman, a man spoke last',
    [
      'Mrs Helen Carter, a retired nurse, waited six hours at the clinic. "Nobody told us anything," she said.',
      'Hospital manager Mr David Ross apologised. "We were short of staff," Ross said.',
      '"I will not come back here," the woman said.',
    ],
    ['Helen Carter'],
  ],
  // --- rank / office hypernym
  [
    'rank: jenderal bintang dua itu',
    [
      'Kapolda Sumatera Tengah Irjen Pol Bambang Sudarsono mengatakan pelaku sudah diidentifikasi. “Tinggal menunggu waktu,” katanya.',
      'Kabid Humas Kombes Pol Hendra Gunawan menambahkan, tim sudah dikirim. “Kami bergerak,” ujar Hendra.',
      '“Tidak ada tempat bersembunyi,” ujar jenderal bintang dua itu.',
    ],
    ['Bambang Sudarsono'],
  ],
  [
    'rank: perwira menengah itu',
    [
      'Kepala Kepolisian Resor Batuputih AKBP Rudi Wibisana memimpin penggerebekan. “Ada empat tersangka,” kata Rudi.',
      'Bupati Batuputih, Lukman Arifin, mengapresiasi polisi. “Terima kasih,” kata Lukman.',
      '“Kami masih mengejar satu orang lagi,” ujar perwira menengah itu.',
    ],
    ['Rudi Wibisana'],
  ],
  [
    'office: sang pelatih, a player spoke last',
    [
      'Pelatih Persikota, Widodo Santoso, puas dengan hasil imbang. “Anak-anak berjuang,” kata Widodo.',
      'Kapten tim, Andik Firmansyah, menyesali peluang yang terbuang. “Harusnya menang,” ujar Andik.',
      '“Kami perbaiki penyelesaian akhir,” kata sang pelatih.',
    ],
    ['Widodo Santoso'],
  ],
  [
    'office: pelatih asal Brasil itu, the other coach spoke last',
    [
      'Pelatih Bintang Timur, Carlos Mendes, asal Brasil, mengeluhkan kondisi lapangan. “Bola tidak bergulir,” katanya.',
      'Pelatih tuan rumah, Agus Riyanto, menolak berkomentar soal lapangan. “Kami fokus main,” ujar Agus.',
      '“Pemain saya bisa cedera,” ujar pelatih asal Brasil itu.',
    ],
    ['Carlos Mendes'],
  ],
  [
    'office: dokter itu, a patient spoke last',
    [
      'Dokter spesialis anak RSUD Tirtamulya, dr Lina Septiani, mengatakan kasus diare meningkat. “Air bersih kurang,” katanya.',
      'Salah satu orang tua pasien, Sutarman, mengaku panik. “Anak saya lemas,” ujar Sutarman.',
      '“Orang tua harus cepat membawa anak ke puskesmas,” kata dokter itu.',
    ],
    ['Lina Septiani'],
  ],
  [
    'office: sopir itu, a policeman spoke last',
    [
      'Sopir truk, Maman Suherman, selamat dari kecelakaan itu. “Remnya blong,” kata Maman.',
      'Kasat Lantas Polres Gunungkidul AKP Dedi Irawan mengatakan truk kelebihan muatan. “Kami periksa,” ujar Dedi.',
      '“Saya sudah banting setir,” kata sopir itu.',
    ],
    ['Maman Suherman'],
  ],
  [
    'office: pedagang itu, an official spoke last',
    [
      'Pedagang cabai di Pasar Induk Tirtajaya, Sulastri, mengeluhkan harga. “Naik dua kali lipat,” kata Sulastri.',
      'Kepala Dinas Perdagangan, Hari Mulyono, menyebut pasokan terganggu cuaca. “Akan normal,” ujar Hari.',
      '“Pembeli jadi berkurang,” ujar pedagang tersebut.',
    ],
    ['Sulastri'],
  ],
  [
    'office: mahasiswa itu, a lecturer spoke last',
    [
      'Mahasiswa Teknik Universitas Sriwangi, Dimas Aditya, merakit perahu tenaga surya. “Butuh tiga bulan,” kata Dimas.',
      'Dosen pembimbingnya, Prof Hartati, bangga. “Ini inovasi,” ujar Hartati.',
      '“Saya ingin nelayan bisa hemat solar,” tutur mahasiswa semester tujuh itu.',
    ],
    ['Dimas Aditya'],
  ],
  [
    'office: lulusan X ini',
    [
      'Rina Pertiwi, lulusan Universitas Gadjah Mada, kini memimpin koperasi desa. “Saya pulang kampung,” kata Rina.',
      'Kepala desa, Sugeng Riyadi, menyebut koperasi itu maju pesat. “Omzetnya naik,” kata Sugeng.',
      '“Desa butuh anak mudanya kembali,” tutur lulusan UGM ini.',
    ],
    ['Rina Pertiwi'],
  ],
  [
    'office: politikus, two roles, the role of the last speaker differs',
    [
      'Ketua DPRD Kabupaten Sinarjaya, Abdul Mutalib, menolak kenaikan pajak. “Rakyat sedang susah,” kata Abdul.',
      'Direktur Utama PDAM Sinarjaya, Ferry Gunawan, menyebut tarif air juga ditinjau. “Biaya naik,” ujar Ferry.',
      '“Kami akan panggil bupati,” kata politikus senior itu.',
    ],
    ['Abdul Mutalib'],
  ],
  [
    'office: English the coach, a player spoke last',
    [
      'Coach Martin Keller praised his defence after the win. "They were solid," Keller said.',
      'Striker Leo Santos, who scored twice, thanked the fans. "They pushed us," Santos said.',
      '"We still have a lot of work to do," the coach said.',
    ],
    ['Martin Keller'],
  ],
  [
    'office: English the envoy, a minister spoke between',
    [
      'UN envoy Maria Lindqvist arrived in the capital on Sunday. "Talks must resume," Lindqvist said.',
      'Foreign Minister Omar Haddad said his government was ready. "We want peace," Haddad said.',
      '"Both sides have shown goodwill," the envoy said.',
    ],
    ['Maria Lindqvist'],
  ],
  [
    'office: remaja itu, a teacher spoke last',
    [
      'Fikri Aditama (16), siswa SMA Negeri 2 Pelangi, menjuarai olimpiade sains. “Saya tidak menyangka,” kata Fikri.',
      'Gurunya, Sri Lestiani, mengaku bangga. “Dia tekun,” ujar Sri.',
      '“Saya mau jadi peneliti,” kata remaja itu.',
    ],
    ['Fikri Aditama'],
  ],
  [
    'office: bocah itu',
    [
      'Bocah berusia sembilan tahun, Rafi Pratama, hanyut terbawa arus sebelum diselamatkan warga. “Saya takut,” kata Rafi.',
      'Ayahnya, Yanto, tak henti bersyukur. “Anak saya selamat,” ujar Yanto.',
      '“Saya tidak mau main di sungai lagi,” kata bocah itu.',
    ],
    ['Rafi Pratama'],
  ],
  // --- a new unnamed person
  [
    'new: seorang pedagang, anonymous',
    [
      'Kepala Pasar Sentral Bukitasri, Darwis Nasution, menyebut renovasi selesai Juni. “Tinggal atap,” kata Darwis.',
      '“Kami sudah tiga bulan jualan di pinggir jalan,” kata seorang pedagang.',
    ],
    [],
  ],
  [
    'new: pedagang lain, nobody named trades',
    [
      'Kepala Pasar Sentral Bukitasri, Darwis Nasution, menyebut renovasi selesai Juni. “Tinggal atap,” kata Darwis.',
      'Sejumlah pedagang mengeluhkan lokasi sementara yang sepi.',
      '“Pembeli tidak tahu kami pindah,” kata seorang pedagang pakaian.',
    ],
    [],
  ],
  [
    'new: a description no one fits (pria itu after two women)',
    [
      'Ketua PKK Kelurahan Mekarsari, Siti Maesaroh, memimpin kerja bakti. “Semua ikut,” kata Siti.',
      'Bidan desa, Yuliana, memeriksa kesehatan warga. “Banyak yang batuk,” ujar Yuliana.',
      'Seorang pria paruh baya ikut mengangkut sampah.',
      '“Sudah lama tidak ada gotong royong seperti ini,” kata pria itu.',
    ],
    [],
  ],
  [
    'new: English a resident',
    [
      'Mayor Tom Bradley promised new pipes. "Work starts next week," Bradley said.',
      '"We have heard that before," a resident said.',
    ],
    [],
  ],
  [
    'named: seorang pria the next sentence names (Pria itu bernama X)',
    [
      'Di sudut pasar, seorang pria bertopi jerami menata ikan asin. Pria itu bernama Sukardi. Sudah 20 tahun ia berdagang di sana.',
      '“Dulu pembeli ramai sampai sore,” tutur Sukardi.',
      'Pria kelahiran Pemalang tersebut menyebut lapaknya buka setiap hari kecuali Jumat.',
    ],
    ['Sukardi'],
  ],
  [
    'named: seorang perempuan the next sentence names (Perempuan itu adalah X)',
    [
      'Seorang perempuan berkebaya biru memimpin latihan tari. Perempuan itu adalah Ratna Juwita, pelatih sanggar.',
      '“Anak-anak cepat hafal,” kata Ratna.',
      '“Yang susah itu disiplinnya,” ujar perempuan berkebaya biru itu.',
    ],
    ['Ratna Juwita'],
  ],
  [
    'named: a copula before a role word names nobody (Pria itu adalah Ketua RW)',
    [
      'Seorang pria bersarung memimpin kerja bakti di tepi kali. Pria itu adalah Ketua RW di kampung tersebut.',
      'Lurah Tegalsari, Hendra Wijaya, mengatakan pengerukan dibiayai kas kelurahan. “Alatnya kami sewa,” ujar Hendra.',
      '“Sampahnya sudah setinggi lutut,” kata pria bersarung itu.',
    ],
    [],
  ],
  // --- two of the same gender / the earlier one
  [
    'same gender: the earlier of two women by role',
    [
      'Kepala Puskesmas Karanganom, dr Dian Puspita, mengatakan stok vaksin cukup. “Silakan datang,” kata Dian.',
      'Kader posyandu, Sri Rahayu, membantu mendata balita. “Banyak yang belum imunisasi,” ujar Sri.',
      'Bupati Karanganom juga meninjau lokasi.',
      '“Kami buka sampai sore,” kata kepala puskesmas itu.',
    ],
    ['Dian Puspita'],
  ],
  [
    'same gender: two men, party of the earlier one',
    [
      'Politikus Partai Bulan Terang, Zainal Arifin, menilai putusan itu janggal. “Ada yang aneh,” kata Zainal.',
      'Pakar hukum tata negara, Fadli Rahman, berpendapat lain. “Putusannya sah,” ujar Fadli.',
      'Ketua umum partai itu, Bahar Siregar, belum berkomentar.',
      '“Kami akan bawa ke Mahkamah Konstitusi,” ujar politikus Partai Bulan Terang itu.',
    ],
    ['Zainal Arifin'],
  ],
  [
    'same gender: the pengamat, two officials between',
    [
      'Pengamat ekonomi Universitas Andalas Raya, Yusri Hamdani, memperkirakan inflasi naik. “Harga pangan kuncinya,” kata Yusri.',
      'Kepala BPS provinsi, Hasanuddin, menyebut inflasi masih terkendali. “Masih di bawah target,” ujar Hasanuddin.',
      'Gubernur Arman Syah meminta pasar murah digelar.',
      '“Pemerintah harus sigap,” kata pengamat ekonomi itu.',
    ],
    ['Yusri Hamdani'],
  ],
  [
    'same gender: the role word of the last speaker (the last one is meant)',
    [
      'Ketua Komisi B DPRD, Hasan Mubarok, mendesak pemerintah turun tangan. “Jangan diam,” kata Hasan.',
      'Kepala Dinas Pertanian, Sutoyo, mengaku sudah menyalurkan pupuk. “Sudah 80 persen,” ujar Sutoyo.',
      '“Sisanya minggu depan,” ujar kepala dinas itu.',
    ],
    ['Sutoyo'],
  ],
  [
    'same gender: the age of the last speaker',
    [
      'Warga Kampung Baru, Jumadi (70), masih ingat banjir besar 1981. “Lebih parah dari ini,” kata Jumadi.',
      'Anaknya, Ridwan (41), membantu membersihkan rumah. “Lumpurnya tebal,” ujar Ridwan.',
      '“Kami butuh sepatu bot,” kata pria 41 tahun itu.',
    ],
    ['Ridwan'],
  ],
];
