import { describe, expect, test } from 'vitest';
import { withFeaturesOff } from '../../core/engine/features';
import { castPeople, lastSpeakers } from './summarize';

/**
 * A known place alone after a unit's number (`SMA Negeri 2 Sanggau`) is the unit's seat, no
 * person (`names.model.numberedSeat`); a one-word name there stays a name.
 */
describe('a place after a numbered unit is its seat', () => {
  test.each([
    ['Kepala SMA Negeri 2 Sanggau mengatakan sekolah diliburkan.', []],
    ['Seorang pengungsi di posko SMA Negeri 2 Sanggau mengaku belum bisa pulang.', []],
    ['Kepala SMA Negeri 2 Budi mengatakan sekolah diliburkan.', ['Budi']],
  ])('%s', (paragraph, names) => {
    expect(castPeople(paragraph)).toEqual(names);
  });

  test('switched off, the seat is a person', () => {
    const off = withFeaturesOff(['names.model.numberedSeat'], () =>
      castPeople('Kepala SMA Negeri 2 Sanggau mengatakan sekolah diliburkan.'),
    );
    expect(off).toEqual(['Sanggau']);
  });
});

const MARKET =
  'Kepala Dinas Perdagangan Kota Bantar, Rudi Hartono, mengatakan harga kain naik. “Stok masih aman,” kata Rudi.';

/**
 * A people after a group noun that a person noun opens (`pria keturunan Bugis`) is that person's
 * people, never their name (`names.model.personOfGroup`), and the description closed by a
 * demonstrative after its relative clause points back as `pria itu` does.
 */
describe('a man of a people is described, not named', () => {
  const paragraphs = [
    MARKET,
    'Sementara itu, Salim Baraja, pedagang kain di Pasar Tanah Tinggi, mengatakan pembeli berkurang. “Omzet turun separuh,” ucap pria keturunan Bugis yang sudah 30 tahun berjualan kain itu.',
  ];
  test('the description points back to the trader', () => {
    expect(lastSpeakers(...paragraphs)).toEqual(['Salim Baraja']);
  });
  test('switched off, the people is read as a person', () => {
    expect(
      withFeaturesOff(['names.model.personOfGroup'], () => lastSpeakers(...paragraphs)),
    ).toEqual(['Bugis']);
  });
});

/**
 * A description pointing back that writes a word of a person's own name (a clan, a family:
 * `Ketua Yayasan Keluarga Lim itu` for `Lim Kok Seng`) knows them by it
 * (`discourse.descriptionBearerName`).
 */
describe('a description writing a word of the name agrees with its bearer', () => {
  const paragraphs = [
    'Seorang nelayan di posko pengungsian mengaku perahunya hanyut. “Semua hilang,” ujar pria paruh baya itu.',
    'Pengusaha Singkawang, Lim Kok Seng alias Aseng, menyumbangkan tiga ton beras. Ketua Yayasan Keluarga Lim itu mengatakan, “Kami ikut prihatin.”',
  ];
  test('the family word points to the donor', () => {
    expect(lastSpeakers(...paragraphs)).toEqual(['Lim Kok Seng']);
  });
  test('switched off, the office conflicts and the donor loses the quote', () => {
    expect(
      withFeaturesOff(['discourse.descriptionBearerName'], () => lastSpeakers(...paragraphs)),
    ).not.toEqual(['Lim Kok Seng']);
  });
});

/**
 * A run opening with known given names, nothing before them, reads a place-like word after them as
 * a name word (a given name may name a village too): a role of given names alone is nobody's
 * (`names.model.givenNamesOpen`). After a role head the place still closes the role.
 */
describe('given names opening a run keep a place-like word after them', () => {
  test.each([
    [
      'Pembicara kedua adalah Siti Mekar Daeng Tayang, guru ngaji di Lembah.',
      ['Siti Mekar Daeng Tayang'],
    ],
    ['Bupati Intan Jaya Rudi Hartono meninjau banjir.', ['Rudi Hartono']],
  ])('%s', (paragraph, names) => {
    expect(castPeople(paragraph)).toEqual(names);
  });

  test('switched off, the given names went to a role', () => {
    const off = withFeaturesOff(['names.model.givenNamesOpen'], () =>
      castPeople('Pembicara kedua adalah Siti Mekar Daeng Tayang, guru ngaji di Lembah.'),
    );
    expect(off).not.toEqual(['Siti Mekar Daeng Tayang']);
  });
});
