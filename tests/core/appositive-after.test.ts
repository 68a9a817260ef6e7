import { describe, expect, test } from 'vitest';
import { withFeaturesOff } from '../../core/engine/features';
import { readAppositive, type Appositive } from '../../core/engine/names/appositive-after';
import { analyzeBody } from './summarize';

/** The appositive after the first `name` in `text`, as the fields a test states. */
const read = (text: string, name: string) => {
  const a = readAppositive(text, text.indexOf(name) + name.length);
  return a && { text: a.text, close: a.close, age: a.age, note: a.note };
};

type Row = [string, string, Pick<Appositive, 'text' | 'close' | 'age' | 'note'> | null];

describe('names/appositive-after: the description set off after a name', () => {
  test.each<Row>([
    [
      'Suharto (45), pria asal Wonosari, sudah lama berjualan.',
      'Suharto',
      { text: 'pria asal Wonosari', close: ',', age: 'bracketed', note: false },
    ],
    [
      'Ahmed Karim, a shopkeeper from Aleppo, fled in 2015.',
      'Ahmed Karim',
      { text: 'a shopkeeper from Aleppo', close: ',', age: null, note: false },
    ],
    // An age alone between commas is stepped over to the description after it.
    [
      'Tom Reyes, 58, a farmer from Leeds, said so.',
      'Tom Reyes',
      { text: 'a farmer from Leeds', close: ',', age: 'alone', note: false },
    ],
    // A bracketed note that is no age is stepped over too, and said to be there.
    [
      'Hendra Wijaya (Fraksi Maju), ketua komisi itu, menolak.',
      'Hendra Wijaya',
      { text: 'ketua komisi itu', close: ',', age: null, note: true },
    ],
    // A sentence's dot written right after the last word closes it (only an aged introduction ends there).
    [
      'Banjir merendam rumah Andi Saputra (30), warga Desa Sukamaju.',
      'Andi Saputra',
      { text: 'warga Desa Sukamaju', close: '.', age: 'bracketed', note: false },
    ],
    // An abbreviation's dot (`Jl.`, `No.`) ends nothing.
    [
      'Andi Saputra (30), warga Jl. Melati, membersihkan lumpur.',
      'Andi Saputra',
      { text: 'warga Jl. Melati', close: ',', age: 'bracketed', note: false },
    ],
    [
      'Warsito, penghuni rumah No. 12, mengungsi.',
      'Warsito',
      { text: 'penghuni rumah No. 12', close: ',', age: null, note: false },
    ],
    // A bracket closed inside it is part of it.
    [
      'Rudi Hartono, pengamat dari Universitas Nusa (UNU), menilai harga naik.',
      'Rudi Hartono',
      { text: 'pengamat dari Universitas Nusa (UNU)', close: ',', age: null, note: false },
    ],
    // Closed by a sentence's dot, it is read as it is; each reader decides whether it is one.
    [
      'Tom Reyes, 58, said so.',
      'Tom Reyes',
      { text: 'said so', close: '.', age: 'alone', note: false },
    ],
    ['Tom Reyes, 58; he said so.', 'Tom Reyes', null],
    ['Budi mengatakan harga naik.', 'Budi', null],
    // A clause after a framing comma runs past the reach of a description.
    [
      'Menurut Rina, pembeli kini mengurangi belanja di pasar induk kota sejak awal bulan.',
      'Rina',
      null,
    ],
    // A comma inside a number is no close.
    ['Sutrisno, pemilik modal Rp 12,5 juta, mengaku rugi.', 'Sutrisno', null],
    // A question, a quotation mark or a dash set off by spaces ends the reading with no description.
    ['Benarkah Yanti, ketua panitia? Tidak ada yang tahu.', 'Yanti', null],
    ['Kata Joko, ketua RT – ia baru terpilih – semua warga aman.', 'Joko', null],
  ])('%s', (text, name, expected) => {
    expect(read(text, name)).toEqual(expected);
  });

  test('switched off (cast.abbreviationInRole): an abbreviation’s dot closes it', () => {
    const text = 'Andi Saputra (30), warga Jl. Melati, membersihkan lumpur.';
    expect(withFeaturesOff(['cast.abbreviationInRole'], () => read(text, 'Andi Saputra'))).toEqual({
      text: 'warga Jl',
      close: '.',
      age: 'bracketed',
      note: false,
    });
  });

  test('switched off (names.bracketInAppositive): a bracket inside closes it, no description', () => {
    const text = 'Rudi Hartono, pengamat dari Universitas Nusa (UNU), menilai harga naik.';
    expect(withFeaturesOff(['names.bracketInAppositive'], () => read(text, 'Rudi Hartono'))).toBe(
      null,
    );
  });
});

/** The role the engine gives the speaker `name` of invented paragraphs (undefined: no such speaker). */
const roleOf = (name: string, ...paragraphs: string[]) =>
  analyzeBody(...paragraphs).speakers.find(s => s.name === name)?.role;

const QUOTE = '“Harga cabai belum turun,” ujar';

describe('the cast keeps the appositive as a role when an office opens it', () => {
  test.each([
    [
      `Rudi Hartono, pengamat dari Universitas Nusa (UNU), menilai. ${QUOTE} Rudi.`,
      'Rudi Hartono',
      'pengamat dari Universitas Nusa (UNU)',
    ],
    [
      `Pagi itu Andi Saputra (30), warga Desa Sukamaju. ${QUOTE} Andi.`,
      'Andi Saputra',
      'warga Desa Sukamaju',
    ],
    // Without an age the sentence's dot does not close a role: no role.
    [`Pagi itu Andi Saputra, warga Desa Sukamaju. ${QUOTE} Andi.`, 'Andi Saputra', null],
    // An age between commas is stepped over as a bracketed one is (cast.ageAloneAppositiveRole).
    [
      `Yanto Prasetyo, 41, pedagang sayur di pasar, mengeluh. ${QUOTE} Yanto.`,
      'Yanto Prasetyo',
      'pedagang sayur di pasar',
    ],
  ] as const)('%s', (text, name, role) => {
    expect(roleOf(name, text) ?? null).toBe(role);
  });
});
