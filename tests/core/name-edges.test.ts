import { describe, expect, test } from 'vitest';
import { analyzeBody } from './summarize';

/** Each quote's speakers, as names, for one or more invented paragraphs. */
const speakersOf = (...paragraphs: string[]) =>
  analyzeBody(...paragraphs).quotes.map(q => q.speakers.join(' + '));

describe('what closes a name: degrees, initials, short given names, honorifics, possessors', () => {
  test.each([
    // Degrees written between commas after the name close the mention.
    [
      'Kepala Puskesmas Cibening dr. Wulan Anggraini, M.Kes, menyebut stok vaksin cukup hingga akhir bulan.',
      'Wulan Anggraini',
    ],
    [
      'Dokter di klinik itu, dr. Hendra Gunawan, Sp.PD, menyarankan pasien rutin memeriksa gula darah.',
      'Hendra Gunawan',
    ],
    [
      'Pengacara Yusuf Maulana, S.H., M.H., menyatakan kliennya akan mengajukan banding pekan ini.',
      'Yusuf Maulana',
    ],
    // A hospital manager's master's degree (Magister Administrasi Rumah Sakit) is no speaker.
    [
      'Direktur RSUD Mawar, dr Intan Permatasari, MARS, menyebutkan operasi berjalan lancar.',
      'Intan Permatasari',
    ],
    // Police, Islamic and public-health degrees, with and without dots and commas, close it too.
    [
      'Kapolsek Sumberjaya AKP Bayu Wirakusuma Lubis SIK menuturkan patroli malam ditambah.',
      'Bayu Wirakusuma Lubis',
    ],
    [
      'Kasat Lantas Polres Cibening Kompol Andreas Simbolon, SIK, MH, menyatakan jalur itu ditutup.',
      'Andreas Simbolon',
    ],
    [
      'Dosen perbankan Dr Nuraini Hasibuan, SEI, MSc mengingatkan nasabah membaca akad dengan teliti.',
      'Nuraini Hasibuan',
    ],
    [
      'Kepala Puskesmas Cibening Yuliana Sinaga SKM MKM menyebut posyandu dibuka setiap Kamis.',
      'Yuliana Sinaga',
    ],
    // The last degree may stand right before the cue with no comma after it.
    [
      'Dosen Fakultas Pertanian Unmul Prof Dr Ir Sinta Maharani, MSi menilai harga pupuk terlalu tinggi.',
      'Sinta Maharani',
    ],
    [
      'Kepala Puskesmas Cibening dr Yohana Keraf, MKes menyebut stok obat cukup sampai Maret.',
      'Yohana Keraf',
    ],
    [
      'Pengasuh Pesantren Nurul Huda Ustaz Farid Mahmud, Lc, MA menjelaskan, pendaftaran santri dibuka besok.',
      'Farid Mahmud',
    ],
    // A lowercase medical title closes a hospital's name even when the name holds given names.
    [
      'Dokter anak RSUD Sinar Kasih Sentosa Cibening dr. Maya Puspita, Sp.A., menyebut kasus diare naik.',
      'Maya Puspita',
    ],
    [
      'Direktur RS Harapan Budi Mulia drg Tono Saputra menjelaskan poli gigi buka hingga malam.',
      'Tono Saputra',
    ],
    // `Tgk` (Teungku), an Acehnese scholar's title, is an honorific like `H`.
    [
      'Pimpinan dayah itu, Tgk H Munawar Ismail, mengajak santri menjaga kebersihan pesantren.',
      'Munawar Ismail',
    ],
    // A capital `H` after a given name is an initial, not a title: the name keeps it.
    ['Pengrajin Rina H Kartika menuturkan pesanan meningkat menjelang Lebaran.', 'Rina H Kartika'],
    // A one-letter initial after a rank is the person's, kept as written.
    [
      'Kasat Reskrim Polres Cibening AKP D Wahyu Pratama menyebut barang bukti sudah disita.',
      'D Wahyu Pratama',
    ],
    // A given name written short with a dot does not end the sentence.
    [
      'Camat Cibening Moh. Arif Setiawan mengatakan kerja bakti digelar setiap Minggu pagi.',
      'Moh. Arif Setiawan',
    ],
    ['“Pendaftaran dibuka besok,” ujar Muh. Fajar Nugroho.', 'Muh. Fajar Nugroho'],
    // `Moch.`, the old spelling's short form, after the pilgrim's title `H.` stays in the name.
    [
      'Kepala Kantor Kemenag Cibening, H. Moch. Ridwan Saputra, menuturkan ujian madrasah digelar serentak.',
      'Moch. Ridwan Saputra',
    ],
    // After an honorific a title word that is also a given name opens the name.
    [
      'Pengasuh pondok itu, Ustaz Imam Fauzan, mengingatkan santri agar menjaga kebersihan asrama.',
      'Imam Fauzan',
    ],
    [
      'Menteri Besar Johor Datuk Seri Azlan Mokhtar mengatakan jembatan baru itu dibuka tahun depan.',
      'Azlan Mokhtar',
    ],
    // English ranks and possessors belong to the role.
    [
      'The task force commander, Colonel Hadi Prasetyo, said the suspects had been detained.',
      'Hadi Prasetyo',
    ],
    ['After the match, Indonesia’s Bagas Pardede said his knee felt fine.', 'Bagas Pardede'],
  ])('%s', (line, speaker) => expect(speakersOf(line)).toEqual([speaker]));

  // Malaysian names write Mohammad/Muhammad short without a dot: still the person's first name
  // when the article later calls them by the next one.
  test.each([
    [
      'Mohd Rosli Hamzah, pengurus koperasi nelayan Johor, mengatakan harga ikan stabil.',
      '"Kami ekspor ke Singapura," kata Rosli.',
      'Mohd Rosli Hamzah',
    ],
    [
      'Muhd Zaki Osman, a Penang ferry operator, said fares would stay.',
      '"Passengers are back," Zaki said.',
      'Muhd Zaki Osman',
    ],
  ])('%s', (first, second, speaker) =>
    expect(speakersOf(first, second)).toEqual([speaker, speaker]),
  );

  // `MA` is also the Supreme Court's acronym: after a place and a comma it is the court speaking.
  test('a degree-like acronym after a place names the institution, not the place', () =>
    expect(
      speakersOf('Di Semarang, MA menyatakan putusan kasasi itu sudah berkekuatan hukum.'),
    ).toEqual(['MA']));

  test('a surname used alone keeps a three-word name whose words all read as name words', () =>
    expect(
      speakersOf(
        'Trade Minister Sinta Mawar Pramesti opened the furniture fair in Surabaya.',
        '"Our exporters are ready for new markets," Pramesti told the visitors.',
      ),
    ).toEqual(['Sinta Mawar Pramesti']));
});

describe('the subject before a comma and its cue', () => {
  test.each([
    // A description between commas after a name describes that person.
    [
      'Seorang pembeli di los sayur, Lastri Kusumawati (38), warga Desa Ranupane, mengatakan harga bawang turun sejak pekan lalu.',
      'Lastri Kusumawati',
    ],
    // A relative clause between commas describes the name before it; a place inside it is no subject.
    [
      'Seorang pengemudi ojek, Said Damanik, yang biasa menunggu penumpang di Terminal Lama, mengatakan bahwa penghasilannya turun separuh.',
      'Said Damanik',
    ],
    [
      'Budi Santoso, yang juga Ketua Partai Maju, mengatakan koalisi itu rapuh sejak awal.',
      'Budi Santoso',
    ],
    // An unnamed description closing the relative clause (`salah satu …`, `seorang …`, `sebuah
    // …`) describes something inside it, not the subject.
    [
      'Penari asal Korea, Mina Sato, yang ikut tampil dalam salah satu nomor, menyebut tarian itu paling sulit dipelajari.',
      'Mina Sato',
    ],
    [
      'Rudi Hartanto, yang ditemui seorang wartawan di rumahnya, mengatakan harga beras terus naik sejak pekan lalu.',
      'Rudi Hartanto',
    ],
    [
      'Sari Wulandari, yang bekerja di sebuah pabrik garmen, mengatakan upahnya belum naik sejak tahun lalu.',
      'Sari Wulandari',
    ],
  ])('%s', (line, speaker) => expect(speakersOf(line)).toEqual([speaker]));

  test('a capitalised cue word after a comma is a given name, not a cue', () =>
    expect(
      analyzeBody(
        'Seorang pengemudi ojek, Said Damanik, yang biasa menunggu di terminal itu, tidak hadir.',
      ).quotes,
    ).toEqual([]));
});

describe('Balinese names: the article `I`/`Ni` and birth-order names open the name', () => {
  test.each([
    // `I` before a caste word is the name's article, not the roman numeral of an office.
    [
      'Hakim Ketua I Dewa Gede Mahendra menunda sidang hingga pekan depan.',
      '“Sidang kami tunda,” kata Mahendra.',
      'I Dewa Gede Mahendra',
    ],
    [
      'Petani asal Tabanan, Ni Ketut Sarini, menuturkan harga pupuk naik dua kali.',
      '“Kami rugi,” kata Sarini.',
      'Ni Ketut Sarini',
    ],
    // A birth-order name opens the name, however the article shortens it later.
    [
      'Kepala Dinas Kebudayaan Gianyar, Komang Sri Widari, mengatakan pentas digelar tiap purnama.',
      '“Penonton selalu penuh,” ujar Sri.',
      'Komang Sri Widari',
    ],
  ])('%s', (intro, quote, speaker) => {
    const speakers = speakersOf(intro, quote);
    expect(speakers.length).toBeGreaterThan(0);
    expect(new Set(speakers)).toEqual(new Set([speaker]));
  });

  test.each([
    // After a body written with its number, `I` stays the number.
    ['Ketua Komisi I Made Arsana mengatakan rapat dengar pendapat ditunda.', 'Made Arsana'],
    // The English pronoun before a lowercase verb is no name.
    ['“I made the final call,” said coach Rudi Hartono.', 'Rudi Hartono'],
  ])('%s', (line, speaker) => expect(speakersOf(line)).toEqual([speaker]));
});
