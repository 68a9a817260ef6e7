import { describe, expect, test } from 'vitest';
import { analyzeBody } from './summarize';

const run = (...paragraphs: string[]) => analyzeBody(...paragraphs).quotes;
const intro = 'Pelatih kepala Bambang Sulistyo memimpin latihan di Stadion Mandala, Rabu (5/4).';

/** The indirect quotes of the paragraphs, as [text, speakers]. */
const reported = (...paragraphs: string[]) =>
  run(...paragraphs)
    .filter(q => q.type === 'indirect')
    .map(q => [q.text, q.speakers]);

describe('a place and day set off by commas between subject and cue (agency copy)', () => {
  test.each([
    [
      'Bambang Sulistyo di Kupang, Selasa, mengatakan latihan fisik ditambah karena jadwal liga makin padat.',
      'latihan fisik ditambah karena jadwal liga makin padat',
    ],
    // A bracketed date after the day, and no place.
    [
      'Bambang, Kamis (6/4/2026), mengatakan dua pemain muda dipanggil ke tim utama.',
      'dua pemain muda dipanggil ke tim utama',
    ],
    // After a statement channel: the channel and the aside are both skipped.
    [
      'Bambang dalam keterangan tertulisnya, Jumat (7/4), menyebutkan seluruh pemain dalam keadaan bugar.',
      'seluruh pemain dalam keadaan bugar',
    ],
    [
      'Bambang di Kota Lama Kupang, Senin, juga menegaskan kontrak penyerang asing tidak diperpanjang.',
      'kontrak penyerang asing tidak diperpanjang',
    ],
  ])('%s', (line, text) => {
    expect(reported(intro, line)).toEqual([[text, ['Bambang Sulistyo']]]);
  });

  test('a comma pair with no day or date is no aside (negative case)', () => {
    // `Bambang, Kupang, mengatakan …` is a list, not a place-and-day aside: no subject for the cue.
    expect(
      reported('Tim Persikota, Kupang, mengatakan latihan fisik ditambah.').map(([, s]) => s),
    ).not.toContainEqual(['Bambang Sulistyo']);
  });
});

describe('`sang` before a role opening its clause points back to the role’s holder', () => {
  test.each([
    [
      'Sang pelatih menegaskan susunan pemain untuk turnamen baru diumumkan bulan depan.',
      'susunan pemain untuk turnamen baru diumumkan bulan depan',
    ],
    [
      'Meski begitu, sang pelatih kepala mengakui lini belakang masih rapuh saat diserang balik.',
      'lini belakang masih rapuh saat diserang balik',
    ],
  ])('%s', (line, text) => {
    expect(reported(intro, line)).toEqual([[text, ['Bambang Sulistyo']]]);
  });

  test.each([
    // `sang` inside a noun phrase (`rumah sang pelatih`) opens no subject.
    ['Rumah sang pelatih menyimpan banyak piala dari masa jayanya.'],
    // `sang` before a word that is no role (`sang juara`) describes, it does not point to a role.
    ['Sang juara menyebut lawannya bermain terlalu keras.'],
  ])('no subject: %s', line => {
    expect(reported(intro, line)).toEqual([]);
  });
});

describe('aspect words (`sempat`, `pernah`) make what follows a clause, not an object', () => {
  test.each([
    [
      'Ia juga menyebut dua pemainnya sempat cedera karena lapangan licin.',
      'dua pemainnya sempat cedera karena lapangan licin',
    ],
    [
      'Bambang menjelaskan anak asuhnya pernah kalah telak di stadion yang sama.',
      'anak asuhnya pernah kalah telak di stadion yang sama',
    ],
  ])('%s', (line, text) => {
    expect(reported(intro, line)).toEqual([[text, ['Bambang Sulistyo']]]);
  });

  test('a possessed noun with no predicate is still the object (negative case)', () => {
    expect(reported(intro, 'Bambang menyebut dua pemainnya.')).toEqual([]);
  });
});
