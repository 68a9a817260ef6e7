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

// A teacher heard from, then narrated in her own paragraph before an unnamed pupil speaks (a cue
// with a noun object or `tentang`: no reported clause, so no statement of the pupil's is found).
const TEACHER =
  'Kristina Wulandari mengajar bahasa isyarat di televisi. “Kelasnya selalu penuh,” kata Kristina.';

describe('an unnamed subject is read past its description to its verb: one that reports is heard from', () => {
  test.each([
    'Di luar layar, Kristina juga mengajar kelas gratis setiap Sabtu. Seorang peserta kelas, ibu dari anak tunarungu berusia enam tahun, bercerita tentang anaknya yang kini berani bertanya. “Dulu kami cuma menunjuk,” ujarnya.',
    'Di luar layar, Kristina juga mengajar kelas gratis setiap Sabtu. Seorang peserta kelas, warga kampung sebelah, menceritakan pengalamannya belajar bersama anak. “Dulu kami cuma menunjuk,” katanya.',
  ])('%s', second => {
    expect(lastSpeakers(TEACHER, second)).toEqual([]);
    const off = withFeaturesOff(['discourse.unnamedPredicate'], () =>
      lastSpeakers(TEACHER, second),
    );
    expect(off).toEqual(['Kristina Wulandari']);
  });

  test('an unnamed subject doing something else is narrated: the teacher keeps the `katanya`', () => {
    const second =
      'Di luar layar, Kristina juga mengajar kelas gratis setiap Sabtu. Seorang peserta kelas, ibu dari anak tunarungu, membawa bekal untuk semua murid. “Mereka seperti keluarga,” katanya.';
    expect(lastSpeakers(TEACHER, second)).toEqual(['Kristina Wulandari']);
  });
});

describe('`salah seorang` / `salah satu` before a person noun picks one of a kind, as `seorang` does', () => {
  test.each([
    'Di luar layar, Kristina juga mengajar kelas gratis setiap Sabtu. Salah seorang peserta, ibu dua anak, menceritakan pengalamannya belajar bersama anak. “Dulu kami cuma menunjuk,” ujarnya.',
    'Di luar layar, Kristina juga mengajar kelas gratis setiap Sabtu. Salah seorang warga, buruh pabrik, mengatakan kelas itu membantu. “Bisa untuk tambahan,” katanya.',
  ])('%s', second => {
    expect(lastSpeakers(TEACHER, second)).toEqual([]);
    const off = withFeaturesOff(['names.oneOfUnnamed'], () => lastSpeakers(TEACHER, second));
    expect(off).toEqual(['Kristina Wulandari']);
  });

  test('`salah satu` before a person noun reaching its cue', () => {
    const second =
      'Di luar layar, Kristina juga mengajar kelas gratis setiap Sabtu. Salah satu peserta, pensiunan guru, mengaku baru belajar sebulan. “Dulu kami cuma menunjuk,” tuturnya.';
    expect(lastSpeakers(TEACHER, second)).toEqual([]);
  });

  test.each([
    // `salah satu` before a thing picks no person: the teacher keeps the `katanya`.
    'Di luar layar, Kristina juga mengajar kelas gratis setiap Sabtu. Salah satu kelas, kelas menjahit, mengajarkan cara membuat pola. “Mereka seperti keluarga,” katanya.',
    // The one picked out is named after the comma: that person speaks.
    'Di luar layar, Kristina juga mengajar kelas gratis setiap Sabtu. Salah seorang peserta, Sumarni, mengatakan kelas itu membantu. “Mereka seperti keluarga,” katanya.',
  ])('not unnamed: %s', second => {
    expect(lastSpeakers(TEACHER, second)).toEqual(
      second.includes('Sumarni') ? ['Sumarni'] : ['Kristina Wulandari'],
    );
  });
});
