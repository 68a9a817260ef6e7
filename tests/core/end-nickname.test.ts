import { describe, expect, test } from 'vitest';
import { withFeaturesOff } from '../../core/engine/features';
import { lastSpeakers } from './summarize';

const OFFICIAL =
  'Kepala Dinas Perdagangan Kabupaten Wonosari, Hendra Kusuma, mengatakan harga stabil. "Pasokan cukup," kata Hendra.';

describe('a nickname cut from the end of a name word', () => {
  test.each([
    ['Bahrudin Saleh (50) sudah lama berjualan bakso di pasar itu.', 'Udin', 'Bahrudin Saleh'],
    ['Sarjali Hasan (50) sudah lama berjualan bakso di pasar itu.', 'Jali', 'Sarjali Hasan'],
    ['Pedagang bakso, Sumarni, sudah lama berjualan di pasar itu.', 'Marni', 'Sumarni'],
  ])('%s … kata %s', (intro, nick, who) => {
    expect(lastSpeakers(OFFICIAL, intro, `"Dagangan sepi," kata ${nick}.`)).toEqual([who]);
  });

  test('two people whose names end so: none is meant', () => {
    const intro = 'Bahrudin Saleh dan Syamsudin Hasan sudah lama berjualan bakso di pasar itu.';
    expect(lastSpeakers(OFFICIAL, intro, '"Dagangan sepi," kata Udin.')).toEqual(['Udin']);
  });

  test('switched off, the nickname is a speaker of its own', () => {
    const lines = [
      OFFICIAL,
      'Bahrudin Saleh (50) sudah lama berjualan bakso di pasar itu.',
      '"Dagangan sepi," kata Udin.',
    ];
    expect(withFeaturesOff(['cast.endNickname'], () => lastSpeakers(...lines))).toEqual(['Udin']);
  });

  // A person introduced with a role or an apposition is somebody new, even when their name is the
  // end of another's (`Yanto` beside `Suryanto`): a later `kata Yanto` is that new person.
  test.each([
    [
      'Warga lain, Yanto, juga berjualan di los yang sama.',
      '"Kami harap jalan dibuka," kata Yanto.',
    ],
    ['"Kami harap jalan dibuka," kata Yanto, pedagang lain.', '"Semoga cepat," kata Yanto.'],
  ])('a new person introduced so: %s', (intro, quote) => {
    const first = 'Suryanto (50) sudah dua puluh tahun berjualan sayur di pasar itu.';
    expect(lastSpeakers(OFFICIAL, first, intro, quote)).toEqual(['Yanto']);
  });
});
