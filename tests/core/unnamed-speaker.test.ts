import { describe, expect, test } from 'vitest';
import { withFeaturesOff } from '../../core/engine/features';
import { analyzeBody } from './summarize';

/** The speakers of the last reported or quoted statement of the invented paragraphs. */
const lastSpeakers = (...paragraphs: string[]) =>
  analyzeBody(...paragraphs).quotes.at(-1)!.speakers;

// A trader heard from first; the next paragraph goes on in the market.
const TRADER =
  'Di pasar itu, Rahmat Hidayat sudah berjualan ikan sejak 1998. “Dulu pembeli ramai,” kata Rahmat.';

describe('a description at the cue that withholds its name (`yang enggan menyebutkan namanya`) is an unnamed speaker', () => {
  test.each([
    'Para pembeli juga memuji kejujuran pria itu. “Timbangannya tidak pernah kurang,” ucap pedagang yang enggan menyebutkan namanya itu.',
    'Pedagang lain ikut mengeluh. “Sekarang orang belanja lewat ponsel,” kata pedagang yang tidak mau disebut namanya itu.',
    'Pedagang di los sebelah punya cerita lain. “Sewa lapak naik dua kali,” ujar pedagang yang meminta identitasnya dirahasiakan itu.',
    // The bare noun closing the clause withholds as well as the possessed one.
    'Pedagang lain ikut mengeluh. “Sekarang orang belanja lewat ponsel,” kata pedagang yang enggan disebut nama itu.',
    'Pedagang di los sebelah punya cerita lain. “Sewa lapak naik dua kali,” tutur pedagang yang tak mau disebutkan identitas itu.',
  ])('%s', second => {
    expect(lastSpeakers(TRADER, second)).toEqual([]);
    const off = withFeaturesOff(['discourse.withheldName'], () => lastSpeakers(TRADER, second));
    expect(off).toEqual(['Rahmat Hidayat']);
  });

  // A person noun (sex, kin) heads such a description as a trade noun does; unread, the cue named
  // nobody and the quote went on from the trader.
  test.each([
    'Seorang sopir angkot ikut membeli dua ekor bandeng. “Ikan di sini selalu segar,” ujar pria yang enggan menyebutkan namanya itu.',
    'Seorang pembeli ikut mengantre. “Harganya naik terus,” kata perempuan yang tak mau disebut namanya.',
    'Seorang pembeli ikut mengantre. “Harganya naik terus,” tutur ibu yang enggan disebut namanya itu.',
  ])('person noun: %s', second => {
    expect(lastSpeakers(TRADER, second)).toEqual([]);
    const off = withFeaturesOff(['names.relativeDescription'], () => lastSpeakers(TRADER, second));
    expect(off).toEqual(['Rahmat Hidayat']);
  });

  test.each([
    'Ia lalu menimbang ikan pesanan pelanggan. “Timbangan saya tidak pernah kurang,” ucap pedagang yang sudah 25 tahun berjualan itu.',
    // A name the clause tells of is someone else's, not the speaker's kept back.
    'Ia lalu menimbang ikan pesanan pelanggan. “Timbangan saya tidak pernah kurang,” ucap pedagang yang tidak pernah lupa nama pelanggannya itu.',
  ])('a `yang` clause that withholds no name leaves the description pointing back: %s', second => {
    expect(lastSpeakers(TRADER, second)).toEqual(['Rahmat Hidayat']);
  });

  test('the `ujarnya` after such a speaker goes on from them', () => {
    const second =
      '“Sekarang orang belanja lewat ponsel,” kata pedagang yang tidak mau disebut namanya itu. Ia menunjuk lapak-lapak yang kosong. “Separuh sudah tutup,” ujarnya.';
    expect(lastSpeakers(TRADER, second)).toEqual([]);
  });
});

// A cooperative's chairman heard from, then narrated in his own paragraph before an unnamed member
// speaks (a cue with a noun object or `tentang`: no reported clause, so none of the member's is found).
const CHAIRMAN =
  'Haryanto Siregar memimpin koperasi nelayan di Teluk Sepi. “Anggota kami terus bertambah,” kata Haryanto.';
const THURSDAYS = 'Setiap Kamis, Haryanto juga membuka kelas menambal jaring.';

describe('an unnamed subject is read past its description to its verb: one that reports is heard from', () => {
  test.each([
    `${THURSDAYS} Seorang anggota koperasi, istri nelayan dari dusun seberang, bercerita tentang suaminya yang kini melaut lebih jauh. “Dulu cukup di dekat pantai,” ujarnya.`,
    `${THURSDAYS} Seorang anggota koperasi, pemuda dusun seberang, menceritakan pengalamannya belajar menambal jaring. “Dulu cukup di dekat pantai,” katanya.`,
    // A demonstrative closing the head's modifier (that cooperative) leaves the person new and unnamed.
    `${THURSDAYS} Seorang anggota koperasi itu mengatakan iurannya tidak berat. “Dulu cukup di dekat pantai,” katanya.`,
    `${THURSDAYS} Seorang peserta kelas tersebut mengaku jaringnya kini lebih awet. “Dulu cukup di dekat pantai,” ujarnya.`,
    `${THURSDAYS} Salah seorang anggota kelompok itu menyebut biayanya terjangkau. “Dulu cukup di dekat pantai,” tuturnya.`,
  ])('%s', second => {
    expect(lastSpeakers(CHAIRMAN, second)).toEqual([]);
    const off = withFeaturesOff(['discourse.unnamedPredicate'], () =>
      lastSpeakers(CHAIRMAN, second),
    );
    expect(off).toEqual(['Haryanto Siregar']);
  });

  test('a reported clause of such a subject is the unnamed speaker’s too', () => {
    const second = `${THURSDAYS} Seorang anggota koperasi itu mengatakan iurannya tidak berat.`;
    expect(lastSpeakers(CHAIRMAN, second)).toEqual([]);
  });

  test('a description without the determiner that brings in someone new still points back', () => {
    const second = `${THURSDAYS} Pengurus koperasi itu mengatakan iurannya tidak berat. “Dulu cukup di dekat pantai,” katanya.`;
    expect(lastSpeakers(CHAIRMAN, second)).toEqual(['Haryanto Siregar']);
  });

  test('an unnamed subject doing something else is narrated: the chairman keeps the `katanya`', () => {
    const second = `${THURSDAYS} Seorang anggota koperasi, istri nelayan, membawa bekal untuk semua peserta. “Mereka seperti keluarga,” katanya.`;
    expect(lastSpeakers(CHAIRMAN, second)).toEqual(['Haryanto Siregar']);
  });
});

describe('`salah seorang` / `salah satu` before a person noun picks one of a kind, as `seorang` does', () => {
  test.each([
    `${THURSDAYS} Salah seorang peserta, ibu tiga anak, menceritakan pengalamannya menjual ikan asin. “Dulu cukup di dekat pantai,” ujarnya.`,
    `${THURSDAYS} Salah seorang warga, buruh tambak, mengatakan kelas itu membantu. “Bisa untuk tambahan,” katanya.`,
  ])('%s', second => {
    expect(lastSpeakers(CHAIRMAN, second)).toEqual([]);
    const off = withFeaturesOff(['names.oneOfUnnamed'], () => lastSpeakers(CHAIRMAN, second));
    expect(off).toEqual(['Haryanto Siregar']);
  });

  test('`salah satu` before a person noun reaching its cue', () => {
    const second = `${THURSDAYS} Salah satu peserta, pensiunan guru, mengaku baru belajar sebulan. “Dulu cukup di dekat pantai,” tuturnya.`;
    expect(lastSpeakers(CHAIRMAN, second)).toEqual([]);
  });

  test.each([
    // `salah satu` before a thing picks no person: the chairman keeps the `katanya`.
    `${THURSDAYS} Salah satu kelas, kelas menjahit layar, mengajarkan cara membuat pola. “Mereka seperti keluarga,” katanya.`,
    // The one picked out is named after the comma: that person speaks.
    `${THURSDAYS} Salah seorang peserta, Sumarni, mengatakan kelas itu membantu. “Mereka seperti keluarga,” katanya.`,
  ])('not unnamed: %s', second => {
    expect(lastSpeakers(CHAIRMAN, second)).toEqual(
      second.includes('Sumarni') ? ['Sumarni'] : ['Haryanto Siregar'],
    );
  });
});
