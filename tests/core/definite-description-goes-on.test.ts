import { describe, expect, test } from 'vitest';
import { withFeaturesOff } from '../../core/engine/features';
import { opensWithDefinitePerson } from '../../core/engine/discourse/person-description';
import { lastSpeakers } from './summarize';

const OFFICIAL =
  'Kepala Dinas Perdagangan Kota Lembayung, Surya Wibisana, mengatakan harga gula turun. "Pasokan sudah normal," kata Surya.';
const TRADER = 'Kasmirah, penjual gula di Pasar Cempaka, mengatakan pembelinya belum kembali.';
const QUOTE = '"Warung sepi sejak Lebaran," ujar perempuan bercelemek hijau itu.';

describe('a sentence opening with a definite description of a person goes on about somebody known', () => {
  test.each([
    // A relative clause inside the description, a capitalised place in it.
    ['Perempuan yang berjualan di Blok C itu sudah tiga minggu tak untung.'],
    // An age, and `tersebut` closing it.
    ['Wanita berusia 58 tahun tersebut berdagang sejak remaja.'],
    // `sang` before the noun.
    ['Sang ibu itu lalu menata karung gula di lapak.'],
  ])('%s', between => {
    const lines = [OFFICIAL, `${TRADER} ${between}`, QUOTE];
    expect(lastSpeakers(...lines)).toEqual(['Kasmirah']);
    const off = withFeaturesOff(['discourse.definiteDescriptionGoesOn'], () =>
      lastSpeakers(...lines),
    );
    expect(off).not.toEqual(['Kasmirah']);
  });

  test.each([
    // Indefinite: somebody new.
    ['Seorang perempuan lain mengaku lebih untung.'],
    // A comma before any demonstrative: no definite noun phrase opens the sentence.
    ['Perempuan, kata petugas pasar, paling banyak berjualan di lantai dua.'],
    // No person noun opens it.
    ['Gudang itu sudah kosong sejak Januari.'],
    // An address before a name: somebody new.
    ['Ibu Sumiyati Lestari membuka kios di sebelah lapak itu sejak 2010.'],
    // A demonstrative closing the object after the verb.
    ['Pria berbaju biru memasuki ruang sidang itu.'],
  ])('%s', between => {
    expect(opensWithDefinitePerson(between)).toBe(false);
  });

  test('switched off, the sentence in between breaks the link', () => {
    const lines = [
      OFFICIAL,
      `${TRADER} Perempuan yang berjualan di Blok C itu sudah tiga minggu tak untung.`,
      QUOTE,
    ];
    expect(lastSpeakers(...lines)).toEqual(['Kasmirah']);
    expect(
      withFeaturesOff(['discourse.definiteDescriptionGoesOn'], () => lastSpeakers(...lines)),
    ).toEqual([]);
  });
});
