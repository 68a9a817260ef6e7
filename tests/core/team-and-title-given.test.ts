import { describe, expect, test } from 'vitest';
import { withFeaturesOff } from '../../core/engine/features';
import { analyzeBody } from './summarize';

/** Each quote's speakers, as names, for invented paragraphs. */
const speakersOf = (...paragraphs: string[]) =>
  analyzeBody(...paragraphs).quotes.map(q => q.speakers.join(' + '));

describe('a football club the corpora know before a name is the role’s team, not the name', () => {
  test.each([
    // After a lowercase role, a club, then a two-word name.
    ['“Kami bermain disiplin,” kata pelatih Persikoba Agus Wiratmaja.', ['Agus Wiratmaja']],
    // Inside a capitalised role, then `sang pelatih` for the same person.
    [
      'Pelatih Persibo Dadang Suryana puas dengan hasil itu. “Anak-anak bermain luar biasa,” ujar sang pelatih.',
      ['Dadang Suryana'],
    ],
    // A club is never a given name, so one name word after it is enough.
    ['Kapten Persiraja Rudi mengatakan, timnya siap bertanding.', ['Rudi']],
    // A run that opens with the shape is read as a name: nothing before it to take a team.
    ['“Kami siap,” kata Persada Wibowo, warga Cibening.', ['Persada Wibowo']],
    // The clubs come from the corpora, not the `Pers…` shape: a given name of that shape after a
    // role is the person's (`Persada` is no club), alone or before another name word.
    ['“Jalan itu rusak,” kata Ketua RT Persada.', ['Persada']],
    ['“Kami siap,” kata Camat Persada Wibowo.', ['Persada Wibowo']],
    ['“Panen tahun ini bagus,” ujar Ketua Kelompok Tani Persada Wibowo.', ['Persada Wibowo']],
  ])('%s', (paragraph, speakers) => {
    expect(speakersOf(paragraph)).toEqual(speakers);
  });

  test('without the organisation words the club is read as the first name', () => {
    const off = withFeaturesOff(['names.model.orgWords'], () =>
      speakersOf('“Kami bermain disiplin,” kata pelatih Persikoba Agus Wiratmaja.'),
    );
    expect(off).toEqual(['Persikoba Agus Wiratmaja']);
  });
});

// names.model.articleClub: the club's shape with the article's own use of the word alone.
describe('a club no corpus knows is the team when the article also names it alone', () => {
  const match =
    'Persiwang kalah 1-2 di kandang sendiri. Satu-satunya gol Persiwang lahir dari sepak pojok.';
  test.each([
    ['Pelatih Persiwang Hendra Wijaya menilai timnya kehilangan fokus.', 'Hendra Wijaya'],
    ['“Kami akan bangkit,” kata kapten Persiwang Dimas Bayu Wicaksono.', 'Dimas Bayu Wicaksono'],
  ])('%s', (line, name) => {
    expect(speakersOf(match, line)).toEqual([name]);
    const off = withFeaturesOff(['names.model.articleClub'], () => speakersOf(match, line));
    expect(off).not.toEqual([name]);
  });

  // A given name of that shape the article uses alone for a speaker stays the person's.
  test('a speaker called by the word alone keeps it', () =>
    expect(
      speakersOf(
        'Ketua Kelompok Tani Persada Wibowo meninjau sawah. Persada datang pagi-pagi.',
        '“Panen tahun ini bagus,” kata Persada.',
      ),
    ).toEqual(['Persada Wibowo']));
});

describe('a role word that is also a given name opens the name where it has nothing to qualify', () => {
  test.each([
    // `Agung` after an institution, a place or an acronym, before a name word, is a given name.
    [
      'Kepala Basarnas Pos Cilacap Agung Pranoto mengatakan, pencarian dilanjutkan besok.',
      ['Agung Pranoto'],
    ],
    ['“Stok beras aman,” kata Kepala Bulog Agung Setiawan.', ['Agung Setiawan']],
    // After a noun it qualifies (`Jaksa Agung`, `Kejaksaan Agung`), it stays in the role.
    ['Jaksa Agung Budi Santoso mengatakan, berkas perkara sudah lengkap.', ['Budi Santoso']],
    [
      '“Berkas sudah lengkap,” kata Kepala Pusat Penerangan Kejaksaan Agung Rina Safitri.',
      ['Rina Safitri'],
    ],
    // A head closing the run after a person's name word (`Yusuf`, which mostly continues names
    // in the corpora) is the surname, not a second role.
    [
      'Juru Bicara Kementerian Sosial Yusuf Hakim mengatakan, bantuan dikirim pekan ini.',
      ['Yusuf Hakim'],
    ],
  ])('%s', (paragraph, speakers) => {
    expect(speakersOf(paragraph)).toEqual(speakers);
  });

  test('without the title-given feature `Agung` after an institution stays in the role', () => {
    const off = withFeaturesOff(['names.model.titleGiven'], () =>
      speakersOf('“Stok beras aman,” kata Kepala Bulog Agung Setiawan.'),
    );
    expect(off).toEqual(['Setiawan']);
  });
});

describe('a head word after name words one of which the lists know is the next name word', () => {
  test.each([
    [
      'Menteri Koperasi Arief Suharsman Hakim mengatakan penyaluran kredit usaha naik.',
      '"Kami percepat," kata Hakim.',
      'Arief Suharsman Hakim',
    ],
    [
      'Wakil Bupati Sleman Ahmad Suharsman Imam mengatakan pasar itu dibuka lagi.',
      '"Pedagang kembali berjualan," ujar Imam.',
      'Ahmad Suharsman Imam',
    ],
  ])('%s', (first, second, name) => {
    expect(speakersOf(first, second)).toEqual([name, name]);
    const off = withFeaturesOff(['names.model.headAfterNameWords'], () =>
      speakersOf(first, second),
    );
    expect(off).not.toEqual([name, name]);
  });
});
