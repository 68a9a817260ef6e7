/**
 * An adversarial fixture for the reported-speech finder, written against the INCLUDE/EXCLUDE policy
 * of the eval GUIDELINES rather than against any article: one-line sentences of invented newsroom
 * prose, each after the same introduction (`INTRO`, which names the minister a pronoun means).
 *
 * EXCLUDED lines look like reported speech but are left out by the policy, one reason each (several
 * verbs and word orders per reason); INCLUDED lines must give exactly one indirect quote, whose text
 * is the reported clause. Precision on articles nobody has read is the target, so the excluded list
 * is the longer one and the test that reads it (reported-policy.test.ts) counts every false report.
 */

/** The paragraph before every case: names the speaker that `ia`, `dia` and `-nya` mean. */
export const INTRO =
  'Menteri Pertanian Rudi Hartono meninjau gudang beras di Cikarang, Senin (3/4).';

/** Why the policy leaves a line out (GUIDELINES, EXCLUDE). */
export type ExcludeReason =
  | 'denial'
  | 'data or document source'
  | 'feeling or attitude'
  | 'intention or action'
  | 'noun object, no clause'
  | 'clutter line'
  | 'nested in another quote'
  | 'points back, no content';

/** Lines with no indirect quote of their own, by the reason the policy gives. */
export const EXCLUDED: readonly (readonly [ExcludeReason, string])[] = [
  // The clause after a denial is what is denied, not what the speaker asserts.
  ['denial', 'Rudi membantah bahwa dana bantuan itu diselewengkan.'],
  ['denial', 'Kepala desa itu menepis tudingan bahwa ia menerima suap dari kontraktor.'],
  ['denial', 'Ia menampik anggaran proyek jalan itu digelembungkan.'],
  ['denial', 'Pihak sekolah menyangkal adanya pungutan liar kepada wali murid.'],
  ['denial', 'Rudi dengan tegas membantah, dana itu tidak pernah dipakai untuk kampanye.'],
  // Figures and documents speak for no one.
  [
    'data or document source',
    'Menurut data Badan Pusat Statistik, angka kemiskinan turun dua persen.',
  ],
  ['data or document source', 'Berdasarkan laporan dinas, ada 40 rumah yang rusak akibat banjir.'],
  [
    'data or document source',
    'Laporan Bank Dunia menyebutkan pertumbuhan ekonomi akan melambat tahun depan.',
  ],
  ['data or document source', 'Data kepolisian menyebutkan, ada 12 kecelakaan selama arus mudik.'],
  [
    'data or document source',
    'Dilansir dari Reuters, harga minyak dunia naik tiga persen pekan ini.',
  ],
  [
    'data or document source',
    'Menurut catatan dinas kesehatan, kasus demam berdarah terus meningkat.',
  ],
  ['data or document source', 'Dokumen itu menyebutkan proyek tersebut dimulai pada 2019.'],
  [
    'data or document source',
    'Survei terbaru menyatakan mayoritas warga puas dengan layanan bus kota.',
  ],
  [
    'data or document source',
    'Menurut hasil penelusuran tim, dana itu mengalir ke tiga rekening berbeda.',
  ],
  [
    'data or document source',
    'Surat edaran itu menegaskan sekolah wajib menerapkan protokol kesehatan.',
  ],
  [
    'data or document source',
    'Menurut situs resmi kementerian, pendaftaran dibuka hingga akhir bulan.',
  ],
  [
    'data or document source',
    'Hasil riset kampus itu menyebut kualitas udara kota memburuk sejak Mei.',
  ],
  ['data or document source', 'Catatan BPBD menyebutkan sebanyak 300 warga masih mengungsi.'],
  // A feeling or an attitude is not a statement.
  ['feeling or attitude', 'Rudi merasa kebijakan itu merugikan para petani kecil.'],
  ['feeling or attitude', 'Warga khawatir banjir akan kembali datang pekan depan.'],
  ['feeling or attitude', 'Ia optimistis target produksi beras tahun ini akan tercapai.'],
  ['feeling or attitude', 'Rudi senang warga antusias mengikuti program vaksinasi.'],
  ['feeling or attitude', 'Para pedagang kecewa harga sewa kios kembali naik.'],
  ['feeling or attitude', 'Rudi menyesalkan sikap pengembang yang mengabaikan keluhan warga.'],
  ['feeling or attitude', 'Ia menyambut baik keputusan pemerintah menunda kenaikan tarif.'],
  // An intention or an act, or a verb of saying whose object is a thing done.
  ['intention or action', 'Rudi ingin semua warga mendapat bantuan sebelum Lebaran.'],
  ['intention or action', 'Pemerintah berencana membangun jembatan baru tahun depan.'],
  // A statement still to come (reported.notYetSaid).
  [
    'intention or action',
    'Tim penasihat hukum Rudi dijadwalkan membacakan keberatan atau eksepsi dalam persidangan Kamis.',
  ],
  [
    'intention or action',
    'Tim kuasa hukum Rudi diminta menyampaikan tanggapan atau jawaban pada sidang berikutnya.',
  ],
  ['intention or action', 'Rudi akan mengumumkan hasil seleksi pekan depan.'],
  ['intention or action', 'Rudi mengapresiasi kerja keras relawan di lokasi bencana.'],
  ['intention or action', 'Ia berterima kasih kepada warga yang membantu evakuasi.'],
  ['intention or action', 'Rudi memohon maaf atas keterlambatan penyaluran bantuan.'],
  ['intention or action', 'Wali kota meminta maaf kepada warga atas pemadaman listrik.'],
  ['intention or action', 'Rudi menyampaikan ucapan terima kasih kepada para donatur.'],
  ['intention or action', 'Warga melaporkan pencurian sepeda motor ke polsek setempat.'],
  ['intention or action', 'Rudi melaporkan kasus itu ke polisi pada Senin.'],
  ['intention or action', 'Polisi mengumumkan penangkapan dua tersangka pengedar narkoba.'],
  ['intention or action', 'Rudi menjawab pertanyaan wartawan di sela kunjungan.'],
  ['intention or action', 'Ia menyampaikan pidato di depan ratusan wisudawan.'],
  // A verb of saying with only a noun object: no clause.
  ['noun object, no clause', 'Rudi menegaskan komitmen pemerintah terhadap pemberantasan korupsi.'],
  ['noun object, no clause', 'Ia menyatakan dukungan terhadap program vaksinasi gratis.'],
  ['noun object, no clause', 'Rudi mengungkapkan rasa syukur atas keselamatan para pendaki.'],
  [
    'noun object, no clause',
    'Ia memaparkan rencana pembangunan kawasan industri di hadapan investor.',
  ],
  ['noun object, no clause', 'Rudi menekankan pentingnya menjaga kebersihan lingkungan.'],
  ['noun object, no clause', 'Rudi menjelaskan alasan penundaan kepada wartawan.'],
  ['noun object, no clause', 'Ia menceritakan pengalamannya selama bertugas di perbatasan.'],
  ['noun object, no clause', 'Rudi mengusulkan pembangunan pasar baru di pinggir kota.'],
  ['noun object, no clause', 'Ia menyinggung persoalan sampah di pasar tradisional.'],
  // A topic cue's event, placed in time (reported.topicCue); a relative clause with an adverb or
  // a purpose adjunct predicates nothing of the main part (reported.relativeAdverbs).
  [
    'noun object, no clause',
    'Rudi juga menyinggung banjir besar 2019, ketika gudang beras sempat terendam selama sepekan.',
  ],
  [
    'noun object, no clause',
    'Rudi mencontohkan sejumlah gudang yang justru terbakar di daerah penghasil beras.',
  ],
  [
    'noun object, no clause',
    'Rudi menjelaskan keputusan gubernur yang disusun Budi Santoso untuk menaikkan pajak kendaraan.',
  ],
  [
    'noun object, no clause',
    'Ia pun menegaskan, sikap partai, yang menolak segala bentuk politik uang.',
  ],
  // Lines around the body that are not prose.
  ['clutter line', 'Baca juga: Rudi Minta Warga Tidak Panik Membeli Beras'],
  ['clutter line', 'Foto: Warga mengantre bantuan beras di kantor kelurahan.'],
  // Reported speech inside another quote belongs to that quote.
  [
    'nested in another quote',
    '"Presiden meminta agar semua kepala daerah turun ke lapangan," kata Rudi.',
  ],
  // A passive whose subject points back (`hal itu`, `demikian`) carries no new content.
  ['points back, no content', 'Hal itu disampaikan Rudi di sela rapat kerja di Jakarta.'],
  [
    'points back, no content',
    'Demikian disampaikan Rudi dalam jumpa pers di Jakarta, Senin (3/4).',
  ],
  ['points back, no content', 'Pernyataan itu diungkapkan Rudi usai rapat bersama DPR.'],
  ['points back, no content', 'Rudi mengatakan hal itu usai rapat bersama DPR di Jakarta.'],
  ['points back, no content', 'Ia menegaskan hal tersebut saat menghadiri rapat di DPR.'],
  ['points back, no content', 'Demikian kata Rudi usai rapat bersama DPR.'],
  ['points back, no content', 'Begitu ujar Rudi saat ditemui di Cikarang.'],
  ['clutter line', 'Rudi Hartono: Stok Beras Aman Hingga Lebaran'],
  ['data or document source', 'Ekonomi tumbuh lima persen, sebut laporan itu.'],
  [
    'data or document source',
    'Seperti dilaporkan kantor berita Antara, harga gabah naik di tiga provinsi.',
  ],
  // A second batch, written before the finder was changed for it (see the commit message).
  ['points back, no content', 'Rudi mengatakan hal serupa saat berkunjung ke Karawang.'],
  ['points back, no content', 'Ia menyampaikan hal itu dalam rapat koordinasi di Bandung.'],
  ['points back, no content', 'Rudi menjelaskan hal ini kepada para kepala dinas.'],
  ['points back, no content', 'Rudi mengungkapkan hal tersebut melalui akun Instagram miliknya.'],
  ['points back, no content', 'Pernyataan serupa disampaikan Rudi sehari sebelumnya.'],
  ['points back, no content', 'Keterangan itu disampaikan Rudi kepada wartawan di Jakarta.'],
  ['noun object, no clause', 'Rudi menjelaskan sejumlah langkah yang disiapkan kementerian.'],
  [
    'noun object, no clause',
    'Rudi memaparkan capaian kinerja kementerian selama setahun terakhir.',
  ],
  ['intention or action', 'Rudi menyampaikan belasungkawa kepada keluarga korban.'],
  ['noun object, no clause', 'Ia mengungkapkan kekhawatiran soal harga pupuk.'],
  [
    'data or document source',
    'Riset itu mengungkapkan sebagian besar petani belum memakai pupuk organik.',
  ],
  [
    'data or document source',
    'Studi tersebut menyimpulkan polusi udara memperpendek usia harapan hidup.',
  ],
  ['data or document source', 'Hasil pemeriksaan laboratorium menyatakan sampel itu negatif.'],
  ['data or document source', 'Menurut laporan media setempat, kebakaran terjadi pukul 03.00.'],
  ['data or document source', 'Berdasarkan data BPS, inflasi Maret mencapai 0,5 persen.'],
  ['data or document source', 'Mengutip laman resmi kementerian, program itu dibuka hingga Juni.'],
  ['intention or action', 'Rudi ingin petani tidak lagi bergantung pada tengkulak.'],
  ['intention or action', 'Rudi bertekad menuntaskan program cetak sawah tahun ini.'],
  ['intention or action', 'Rudi berupaya menekan harga beras menjelang Lebaran.'],
  ['noun object, no clause', 'Rudi mengingatkan warga soal bahaya banjir.'],
  ['noun object, no clause', 'Rudi menegaskan kembali komitmennya.'],
  ['noun object, no clause', 'Ia mengakui kesalahannya di depan anggota dewan.'],
  ['noun object, no clause', 'Rudi mengakui kekalahan timnya dalam pertandingan itu.'],
  ['feeling or attitude', 'Rudi menyatakan keberatan atas putusan tersebut.'],
  ['intention or action', 'Rudi menyampaikan terima kasih kepada seluruh relawan.'],
  ['clutter line', 'Rudi: Petani Harus Sejahtera'],
  ['clutter line', 'Sumber: Kementerian Pertanian'],
  ['clutter line', 'Reporter: Dewi Lestari'],
  ['clutter line', 'Keterangan foto: Rudi Hartono meninjau gudang beras.'],
  ['feeling or attitude', 'Rudi prihatin banyak petani gagal panen.'],
  ['feeling or attitude', 'Rudi bersyukur panen tahun ini melimpah.'],
  ['feeling or attitude', 'Rudi menyayangkan keputusan itu diambil tanpa musyawarah.'],
  ['data or document source', 'The report said exports fell by 3 percent last year.'],
  ['noun object, no clause', 'Rudi menjelaskan secara rinci tahapan penyaluran pupuk.'],
  ['noun object, no clause', 'Rudi menyampaikan laporan kinerja kepada presiden.'],
  ['noun object, no clause', 'Ia menyebut angka itu dalam rapat bersama Komisi IV.'],
  ['nested in another quote', 'Rudi mengatakan, "petani menilai harga pupuk terlalu mahal."'],
];

/** Which way of reporting a line uses (GUIDELINES, INCLUDE), so every cue family is present. */
export type IncludeShape =
  | 'pre-posed cue'
  | 'urging verb with its clause'
  | 'post-posed cue'
  | 'menurut'
  | 'colon'
  | 'passive'
  | 'nested, outer only'
  | 'X as Y';

/** Lines with exactly one indirect quote: [shape, line, the reported clause]. */
export const INCLUDED: readonly (readonly [IncludeShape, string, string])[] = [
  [
    'pre-posed cue',
    'Rudi mengatakan aturan soal tarif parkir itu keliru.',
    'aturan soal tarif parkir itu keliru',
  ],
  [
    'pre-posed cue',
    'Rudi mengatakan pasokan gula pasir cukup hingga Lebaran.',
    'pasokan gula pasir cukup hingga Lebaran',
  ],
  [
    'pre-posed cue',
    'Ia menyatakan pemerintah tidak akan mengimpor beras tahun ini.',
    'pemerintah tidak akan mengimpor beras tahun ini',
  ],
  [
    'pre-posed cue',
    'Rudi menegaskan, harga gabah di tingkat petani tidak boleh turun.',
    'harga gabah di tingkat petani tidak boleh turun',
  ],
  [
    'pre-posed cue',
    'Rudi menjelaskan bahwa pupuk bersubsidi sudah tiba di semua kecamatan.',
    'pupuk bersubsidi sudah tiba di semua kecamatan',
  ],
  [
    'pre-posed cue',
    'Ia juga mengungkapkan sebagian gudang sudah penuh sejak bulan lalu.',
    'sebagian gudang sudah penuh sejak bulan lalu',
  ],
  [
    'pre-posed cue',
    'Rudi menuturkan petani di daerah itu mulai menanam jagung.',
    'petani di daerah itu mulai menanam jagung',
  ],
  [
    'pre-posed cue',
    'Ia menambahkan, distribusi beras ke pulau terluar memakai kapal perintis.',
    'distribusi beras ke pulau terluar memakai kapal perintis',
  ],
  [
    'pre-posed cue',
    'Rudi menyebutkan ada tiga gudang yang rusak akibat banjir.',
    'ada tiga gudang yang rusak akibat banjir',
  ],
  [
    'pre-posed cue',
    'Rudi menerangkan, bantuan benih dibagikan mulai pekan depan.',
    'bantuan benih dibagikan mulai pekan depan',
  ],
  [
    'pre-posed cue',
    'Ia memaparkan produksi padi naik lima persen dibanding tahun lalu.',
    'produksi padi naik lima persen dibanding tahun lalu',
  ],
  [
    'pre-posed cue',
    'Rudi menyampaikan bahwa anggaran irigasi akan ditambah.',
    'anggaran irigasi akan ditambah',
  ],
  [
    'pre-posed cue',
    'Rudi mengakui penyaluran pupuk sempat terlambat di beberapa daerah.',
    'penyaluran pupuk sempat terlambat di beberapa daerah',
  ],
  [
    'pre-posed cue',
    'Ia mengaku belum menerima laporan dari dinas provinsi.',
    'belum menerima laporan dari dinas provinsi',
  ],
  [
    'pre-posed cue',
    'Rudi menilai harga beras di pasar masih wajar.',
    'harga beras di pasar masih wajar',
  ],
  [
    'pre-posed cue',
    'Ia berpendapat impor beras tidak diperlukan tahun ini.',
    'impor beras tidak diperlukan tahun ini',
  ],
  [
    'pre-posed cue',
    'Rudi memperkirakan panen raya akan berlangsung pada April.',
    'panen raya akan berlangsung pada April',
  ],
  [
    'pre-posed cue',
    'Ia memprediksi harga cabai turun menjelang akhir bulan.',
    'harga cabai turun menjelang akhir bulan',
  ],
  [
    'pre-posed cue',
    'Rudi meyakini stok pangan cukup sampai akhir tahun.',
    'stok pangan cukup sampai akhir tahun',
  ],
  [
    'pre-posed cue',
    'Rudi yakin petani akan mendapat untung pada musim ini.',
    'petani akan mendapat untung pada musim ini',
  ],
  [
    'pre-posed cue',
    'Ia menduga ada penimbunan beras di sejumlah gudang swasta.',
    'ada penimbunan beras di sejumlah gudang swasta',
  ],
  [
    'pre-posed cue',
    'Rudi berharap harga pupuk bisa segera turun.',
    'harga pupuk bisa segera turun',
  ],
  [
    'pre-posed cue',
    'Ia berjanji bantuan alat tani akan tiba bulan depan.',
    'bantuan alat tani akan tiba bulan depan',
  ],
  [
    'pre-posed cue',
    'Rudi mengklaim produksi jagung sudah melampaui target.',
    'produksi jagung sudah melampaui target',
  ],
  [
    'pre-posed cue',
    'Rudi menuduh para tengkulak sengaja menahan pasokan gabah.',
    'para tengkulak sengaja menahan pasokan gabah',
  ],
  [
    'pre-posed cue',
    'Rudi mengingatkan bahwa musim kemarau akan datang lebih awal.',
    'musim kemarau akan datang lebih awal',
  ],
  [
    'pre-posed cue',
    'Ia menekankan bahwa data produksi harus diperbarui setiap bulan.',
    'data produksi harus diperbarui setiap bulan',
  ],
  [
    'pre-posed cue',
    'Rudi mencontohkan, di Karawang petani sudah memakai pompa tenaga surya.',
    'di Karawang petani sudah memakai pompa tenaga surya',
  ],
  [
    'pre-posed cue',
    'Ia bertanya mengapa harga beras di kota lebih mahal.',
    'mengapa harga beras di kota lebih mahal',
  ],
  [
    'pre-posed cue',
    'Rudi dalam keterangan tertulisnya mengatakan stok gula aman.',
    'stok gula aman',
  ],
  [
    'pre-posed cue',
    'Rudi mengatakan kepada wartawan, harga beras akan stabil.',
    'harga beras akan stabil',
  ],
  [
    'urging verb with its clause',
    'Rudi mengimbau agar warga tidak menimbun gula pasir di rumah.',
    'warga tidak menimbun gula pasir di rumah',
  ],
  [
    'urging verb with its clause',
    'Ia meminta pemerintah daerah segera memperbaiki saluran irigasi.',
    'pemerintah daerah segera memperbaiki saluran irigasi',
  ],
  [
    'urging verb with its clause',
    'Rudi mengajak para petani untuk menanam varietas tahan kekeringan.',
    'para petani untuk menanam varietas tahan kekeringan',
  ],
  [
    'urging verb with its clause',
    'Rudi mendesak supaya Bulog menyerap gabah petani lebih cepat.',
    'Bulog menyerap gabah petani lebih cepat',
  ],
  [
    'urging verb with its clause',
    'Ia menyerukan agar pedagang tidak menaikkan harga menjelang Lebaran.',
    'pedagang tidak menaikkan harga menjelang Lebaran',
  ],
  [
    'post-posed cue',
    'Stok beras di gudang, kata Rudi, cukup untuk enam bulan.',
    'cukup untuk enam bulan',
  ],
  [
    'post-posed cue',
    'Stok beras di gudang cukup untuk enam bulan, ujar Rudi.',
    'Stok beras di gudang cukup untuk enam bulan',
  ],
  [
    'post-posed cue',
    'Harga gabah mulai naik sejak pekan lalu, tuturnya.',
    'Harga gabah mulai naik sejak pekan lalu',
  ],
  [
    'post-posed cue',
    'Petani sudah mulai panen di dua kabupaten, ungkap Rudi di Cikarang.',
    'Petani sudah mulai panen di dua kabupaten',
  ],
  [
    'post-posed cue',
    'Pupuk akan dikirim lewat jalur laut, kata dia.',
    'Pupuk akan dikirim lewat jalur laut',
  ],
  [
    'menurut',
    'Menurut Rudi, harga beras akan turun setelah panen raya.',
    'harga beras akan turun setelah panen raya',
  ],
  [
    'menurut',
    'Menurutnya, gudang di Cikarang masih bisa menampung beras.',
    'gudang di Cikarang masih bisa menampung beras',
  ],
  [
    'menurut',
    'Menurut dia, petani perlu pendampingan yang lebih baik.',
    'petani perlu pendampingan yang lebih baik',
  ],
  [
    'menurut',
    'Menurut Rudi, sebanyak 20 ribu ton beras sudah disalurkan.',
    'sebanyak 20 ribu ton beras sudah disalurkan',
  ],
  [
    'menurut',
    'Harga beras di pasar masih terlalu tinggi, menurut Rudi.',
    'Harga beras di pasar masih terlalu tinggi',
  ],
  [
    'menurut',
    'Menurut Ketua Kelompok Tani Sumber Rejeki, Andi Saputra, panen tahun ini lebih baik.',
    'panen tahun ini lebih baik',
  ],
  [
    'pre-posed cue',
    'Rudi menjelaskan, hal itu dilakukan agar harga gabah tidak anjlok.',
    'hal itu dilakukan agar harga gabah tidak anjlok',
  ],
  [
    'menurut',
    'Menurut Rudi, jika hujan terus turun, panen akan mundur dua pekan.',
    'jika hujan terus turun, panen akan mundur dua pekan',
  ],
  [
    'colon',
    'Rudi Hartono: pasokan gula pasir cukup hingga Lebaran tahun ini.',
    'pasokan gula pasir cukup hingga Lebaran tahun ini',
  ],
  [
    'passive',
    'Disampaikan Rudi, pemerintah akan membuka pasar murah di setiap kecamatan.',
    'pemerintah akan membuka pasar murah di setiap kecamatan',
  ],
  [
    'passive',
    'Dikatakan oleh Rudi, harga pupuk tidak akan naik tahun ini.',
    'harga pupuk tidak akan naik tahun ini',
  ],
  [
    'passive',
    'Pasar murah akan dibuka di setiap kecamatan, dikatakan Rudi.',
    'Pasar murah akan dibuka di setiap kecamatan',
  ],
  [
    'nested, outer only',
    'Rudi mengatakan petani menilai harga pupuk terlalu mahal.',
    'petani menilai harga pupuk terlalu mahal',
  ],
  [
    'nested, outer only',
    'Menurut Rudi, para pedagang mengaku rugi karena sepi pembeli.',
    'para pedagang mengaku rugi karena sepi pembeli',
  ],
  [
    'X as Y',
    'Rudi menyebut kebijakan impor itu sebagai langkah darurat.',
    'kebijakan impor itu sebagai langkah darurat',
  ],
  [
    'X as Y',
    'Ia menilai program itu sebagai terobosan bagi petani muda.',
    'program itu sebagai terobosan bagi petani muda',
  ],
  // A second batch, written before the finder was changed for it (see the commit message).
  [
    'pre-posed cue',
    'Rudi Hartono mengatakan pihaknya akan menambah stok pupuk.',
    'pihaknya akan menambah stok pupuk',
  ],
  [
    'pre-posed cue',
    'Rudi, yang juga mantan bupati, mengatakan harga gabah stabil.',
    'harga gabah stabil',
  ],
  [
    'pre-posed cue',
    'Kepala Dinas Pertanian Jawa Barat, Andi Saputra, menyatakan lahan sawah menyusut tiap tahun.',
    'lahan sawah menyusut tiap tahun',
  ],
  [
    'pre-posed cue',
    'Rudi menyampaikan, hal itu dilakukan untuk menjaga stok.',
    'hal itu dilakukan untuk menjaga stok',
  ],
  [
    'post-posed cue',
    'Hal itu, kata Rudi, dilakukan agar harga tidak anjlok.',
    'dilakukan agar harga tidak anjlok',
  ],
  [
    'pre-posed cue',
    'Dia pun menilai, kenaikan harga pupuk memberatkan petani.',
    'kenaikan harga pupuk memberatkan petani',
  ],
  [
    'pre-posed cue',
    'Rudi sebelumnya mengatakan impor beras belum diperlukan.',
    'impor beras belum diperlukan',
  ],
  [
    'menurut',
    'Menurut Andi Saputra, pengamat pertanian dari IPB, harga gabah akan naik.',
    'harga gabah akan naik',
  ],
  [
    'pre-posed cue',
    'Rudi menyebut pihaknya telah menyalurkan 10 ribu ton pupuk.',
    'pihaknya telah menyalurkan 10 ribu ton pupuk',
  ],
  [
    'pre-posed cue',
    'Rudi menegaskan tidak ada penimbunan beras di gudang Bulog.',
    'tidak ada penimbunan beras di gudang Bulog',
  ],
  [
    'pre-posed cue',
    'Ia mengungkapkan, pihaknya telah memeriksa tiga gudang.',
    'pihaknya telah memeriksa tiga gudang',
  ],
  [
    'pre-posed cue',
    'Kementerian Pertanian menyatakan stok pupuk bersubsidi aman.',
    'stok pupuk bersubsidi aman',
  ],
  [
    'pre-posed cue',
    'Polisi menyebutkan pelaku sudah ditangkap pada Senin malam.',
    'pelaku sudah ditangkap pada Senin malam',
  ],
  [
    'pre-posed cue',
    'Rudi menjelaskan, selama ini petani kesulitan mendapat pupuk.',
    'selama ini petani kesulitan mendapat pupuk',
  ],
  [
    'pre-posed cue',
    'Ia menambahkan bahwa pemerintah juga menyiapkan asuransi tani.',
    'pemerintah juga menyiapkan asuransi tani',
  ],
  [
    'pre-posed cue',
    'Rudi berharap, ke depan petani bisa menjual gabah langsung ke Bulog.',
    'ke depan petani bisa menjual gabah langsung ke Bulog',
  ],
  [
    'urging verb with its clause',
    'Rudi meminta agar kepala daerah mengawasi distribusi pupuk.',
    'kepala daerah mengawasi distribusi pupuk',
  ],
  [
    'urging verb with its clause',
    'Rudi mengingatkan petani untuk tidak menjual gabah ke tengkulak.',
    'petani untuk tidak menjual gabah ke tengkulak',
  ],
  [
    'menurut',
    'Menurut Rudi, tidak ada alasan untuk menaikkan harga pupuk.',
    'tidak ada alasan untuk menaikkan harga pupuk',
  ],
  [
    'post-posed cue',
    'Petani, kata Rudi, sudah bisa mengakses kredit usaha rakyat.',
    'sudah bisa mengakses kredit usaha rakyat',
  ],
  [
    'post-posed cue',
    'Harga gabah akan naik bulan depan, kata Andi Saputra, pengamat pertanian.',
    'Harga gabah akan naik bulan depan',
  ],
  [
    'pre-posed cue',
    'Ia mengatakan produksi jagung pipil tahun depan ditargetkan 14 juta ton.',
    'produksi jagung pipil tahun depan ditargetkan 14 juta ton',
  ],
  [
    'pre-posed cue',
    'Rudi mengakui, harga beras medium sempat naik pekan lalu.',
    'harga beras medium sempat naik pekan lalu',
  ],
  [
    'pre-posed cue',
    'Rudi memastikan stok beras cukup hingga akhir tahun.',
    'stok beras cukup hingga akhir tahun',
  ],
  [
    'passive',
    'Dikatakan Rudi, pemerintah tidak akan menaikkan harga eceran tertinggi.',
    'pemerintah tidak akan menaikkan harga eceran tertinggi',
  ],
  [
    'post-posed cue',
    'Pemerintah, ujar dia, akan menambah kuota pupuk bersubsidi.',
    'akan menambah kuota pupuk bersubsidi',
  ],
  [
    'pre-posed cue',
    'Rudi menuturkan bahwa saat ini harga cabai sudah mulai turun.',
    'saat ini harga cabai sudah mulai turun',
  ],
  [
    'pre-posed cue',
    'The minister said exports would rise next year.',
    'exports would rise next year',
  ],
  [
    'menurut',
    'According to Rudi, the harvest will start in April.',
    'the harvest will start in April',
  ],
  [
    'nested, outer only',
    'Menurut Rudi, Presiden menilai harga pupuk terlalu mahal.',
    'Presiden menilai harga pupuk terlalu mahal',
  ],
  [
    'menurut',
    'Menurut Ketua RT 04 RW 02 Kampung Sukamaju, Desa Mekarsari, Andi Saputra mengatakan, ada tiga warga yang ditangkap.',
    'ada tiga warga yang ditangkap',
  ],
];
