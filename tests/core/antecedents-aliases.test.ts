import { describe, expect, test } from 'vitest';
import { analyzeBody } from './summarize';
import { withFeaturesOff } from '../../core/engine/features';
import { agreedName } from '../../core/engine/cast/agreed-name';

/** The speakers of the last quote of one invented paragraph (or several). */
const lastSpeakers = (...paragraphs: string[]): string[] => {
  const { quotes } = analyzeBody(...paragraphs);
  return quotes[quotes.length - 1]!.speakers;
};

describe('-nya, dia, ia, mereka and a bare title mean the one a reader would take', () => {
  test.each([
    // A person merely mentioned in between: a goal scorer, a person talked about.
    [
      '“Kami bermain disiplin,” kata pelatih Persada FC Heru Wibisono. Gol tunggal dicetak Andika Pratama pada menit ke-70. “Anak-anak bekerja keras,” ujarnya.',
      ['Heru Wibisono'],
    ],
    [
      'Ketua DPRD Sumber Jaya Rahmat Hidayat mengkritik kebijakan Bupati Agus Wiratmaja. “Kebijakan itu merugikan petani,” katanya.',
      ['Rahmat Hidayat'],
    ],
    [
      'Menteri Pendidikan Nadia Safitri memuji siswa didikan guru Rahman Hakim. “Prestasi ini membanggakan,” kata dia.',
      ['Nadia Safitri'],
    ],
    [
      '“Kami menunggu hasil autopsi,” kata Kapolsek Cempaka AKP Dedi Saputra. Jenazah Yanto Prasetyo dibawa ke rumah sakit. “Keluarga sudah kami hubungi,” ujarnya.',
      ['Dedi Saputra'],
    ],
    // An organisation or a place named in between.
    [
      'Direktur Utama PT Sinar Laut Dewi Prameswari mengatakan PT Sinar Laut akan menambah armada. “Kami butuh sepuluh kapal lagi,” ujarnya.',
      ['Dewi Prameswari'],
    ],
    [
      'Kepala Dinas Pertanian Wonoasri Sugeng Riyadi meninjau sawah di Kecamatan Sukamulya. “Panen tahun ini bagus,” katanya.',
      ['Sugeng Riyadi'],
    ],
    [
      'Bupati Tirtamaya Gunawan Prasetya meresmikan pasar baru. Kabupaten Tirtamaya kini punya tiga pasar. “Pasar ini untuk pedagang kecil,” kata dia.',
      ['Gunawan Prasetya'],
    ],
    // Introduced one sentence earlier, with a lowercase role between commas.
    [
      'Siti Nurjanah, warga Kampung Baru, mengaku rumahnya terendam. “Air masuk sampai dada,” katanya.',
      ['Siti Nurjanah'],
    ],
    [
      'Budi, pengamat transportasi, menilai tarif itu terlalu mahal. “Harus ditinjau ulang,” ujarnya.',
      ['Budi'],
    ],
    [
      '“Anggaran sudah cukup,” kata Menteri Keuangan Sari Wulandari. Yusuf, pedagang di pasar itu, mengeluhkan harga. “Modal kami habis,” ujarnya.',
      ['Yusuf'],
    ],
    // A bare title past another person named in between.
    [
      'Kapolres Tanjung Sari AKBP Hendra Gunawan mengatakan dua pelaku ditangkap. Pelaku lain, Joko Susanto, masih buron. “Kami terus memburu pelaku,” kata Kapolres.',
      ['Hendra Gunawan'],
    ],
    // `mereka`: the group that is the subject, not a person who met them.
    [
      'Para nelayan menolak reklamasi pantai. Camat Pesisir Andi Saputra menemui para nelayan. “Kami akan kehilangan tempat mencari ikan,” kata mereka.',
      [],
    ],
  ])('%s', (line, speakers) => expect(lastSpeakers(line)).toEqual(speakers));
});

describe('a nickname, an acronym in parentheses and a title form join their person', () => {
  test.each([
    [
      'Ahmad Rifandi, yang akrab disapa Ojan, membuka kedai kopi sejak 2015.',
      '“Modal awal saya kecil,” kata Ojan.',
      'Ahmad Rifandi',
      'Ojan',
    ],
    [
      'Pemilik kedai, Ahmad Rifandi yang biasa dipanggil Ojan, membuka usahanya sejak 2015.',
      '“Modal awal saya kecil,” kata Ojan.',
      'Ahmad Rifandi',
      'Ojan',
    ],
    [
      'Rudi Hartono, dengan sapaan akrab Ucok, menjual sayur di pasar itu.',
      '“Harga cabai naik lagi,” ujar Ucok.',
      'Rudi Hartono',
      'Ucok',
    ],
    [
      'Bambang Widiarto (BWI) mengatakan gugatan itu sudah didaftarkan.',
      '“Kami yakin menang,” kata BWI.',
      'Bambang Widiarto',
      'BWI',
    ],
  ])('%s %s', (intro, quote, name, alias) => {
    const { speakers, quotes } = analyzeBody(intro, quote);
    expect(quotes[quotes.length - 1]!.speakers).toEqual([name]);
    expect(speakers.find(s => s.name === name)?.aliases).toContain(alias);
  });

  test.each([
    [
      'Direktur Jenderal Pajak (Dirjen Pajak) Suryo Hartanto mengatakan target penerimaan tercapai.',
      '“Kepatuhan wajib pajak membaik,” kata Dirjen Pajak.',
      'Suryo Hartanto',
    ],
    [
      'Kepala Kepolisian Daerah (Kapolda) Riau Irjen Hadi Purnomo mengatakan patroli ditambah.',
      '“Kami siaga penuh,” kata Kapolda.',
      'Hadi Purnomo',
    ],
    [
      'Menteri Kelautan dan Perikanan (Menteri KP) Sakti Wibowo meninjau pelabuhan.',
      '“Kapal asing akan kami tindak,” kata Menteri KP.',
      'Sakti Wibowo',
    ],
    [
      'Ahmad Rifandi, yang akrab disapa Ojan, membuka kedai kopi sejak 2015.',
      '“Modal awal saya kecil,” kata lelaki yang akrab disapa Ojan itu.',
      'Ahmad Rifandi',
    ],
  ])('%s %s', (intro, quote, name) => {
    expect(lastSpeakers(intro, quote)).toEqual([name]);
  });
});

describe('the canonical name is the form the mentions agree on, not the longest', () => {
  test.each([
    // A neighbour's word read into the name, the article writing the full name alone elsewhere.
    [
      'Pengusaha Garmen Rina Kartika mengatakan pesanan turun. “Kami lega,” kata Rina Kartika.',
      'Rina Kartika',
    ],
    [
      'Rina Kartika mengatakan pesanan turun. Pengusaha Garmen Rina Kartika menambahkan pasar lesu. “Kami lega,” kata Rina.',
      'Rina Kartika',
    ],
    // A given name the short form leaves out, or a surname after it, stays (negative cases).
    [
      'Muhammad Rizki Pratama mengatakan pesanan turun. “Kami lega,” kata Rizki Pratama.',
      'Muhammad Rizki Pratama',
    ],
    [
      'Rina Kartika Sarumpaet mengatakan pesanan turun. “Kami lega,” kata Rina Kartika.',
      'Rina Kartika Sarumpaet',
    ],
    // A full name set off after a comma has no neighbour before it; an initial is a name word.
    [
      '“Stok menipis,” kata juru bicara Dinas Kesehatan Kota Lorin, Zafran Abu Talib. “Kami butuh bantuan,” kata Abu Talib.',
      'Zafran Abu Talib',
    ],
    [
      'Kepala Dinas Pariwisata Provinsi Lorin I Ketut Darmaya mengatakan wisatawan naik. “Kami senang,” kata Ketut Darmaya.',
      'I Ketut Darmaya',
    ],
    // A full name written alone, its comma outside the name's span, has no neighbour before it
    // either (cast.bareFullName): the family name no list knows stays.
    [
      'Istri korban, Kwee Siu Lan, tampak menangis di ruang sidang. “Suami saya orang baik,” ujar Siu Lan.',
      'Kwee Siu Lan',
    ],
    // So does one after honorifics, set off before its description, though later mentions agree on
    // a nickname (cast.bareFullNameDescribed).
    [
      'Para penenun berkumpul di balai desa. Hj. Rosmini Daeng Tene, penenun sutra asal Desa Lembah, mengatakan benang makin mahal. “Kami rugi,” ujar perempuan yang akrab disapa Daeng Tene itu. “Pesanan juga sepi,” kata Daeng Tene.',
      'Rosmini Daeng Tene',
    ],
  ])('%s', (line, name) => {
    const { speakers, quotes } = analyzeBody(line);
    expect(speakers.map(s => s.name)).toEqual([name]);
    expect(quotes[quotes.length - 1]!.speakers).toEqual([name]);
  });

  test('the choice does not depend on the order of the forms', () => {
    const forms = ['Garmen Rina Kartika', 'Rina Kartika', 'Rina', 'Rina Kartika'];
    const orders = [forms, [...forms].reverse(), [forms[1]!, forms[0]!, forms[3]!, forms[2]!]];
    for (const f of orders) expect(agreedName('Garmen Rina Kartika', f)).toBe('Rina Kartika');
  });
});

test('switched off, a full name written alone gives way to the later shorter form (cast.bareFullName)', () => {
  const line =
    'Istri korban, Kwee Siu Lan, tampak menangis di ruang sidang. “Suami saya orang baik,” ujar Siu Lan.';
  const off = withFeaturesOff(['cast.bareFullName'], () => analyzeBody(line).speakers);
  expect(off.map(s => s.name)).toEqual(['Siu Lan']);
});

test('switched off, a described full name gives way to the nickname the later mentions agree on (cast.bareFullNameDescribed)', () => {
  const line =
    'Para penenun berkumpul di balai desa. Hj. Rosmini Daeng Tene, penenun sutra asal Desa Lembah, mengatakan benang makin mahal. “Kami rugi,” ujar perempuan yang akrab disapa Daeng Tene itu. “Pesanan juga sepi,” kata Daeng Tene.';
  const off = withFeaturesOff(['cast.bareFullNameDescribed'], () => analyzeBody(line).speakers);
  expect(off.map(s => s.name)).toEqual(['Daeng Tene']);
});
