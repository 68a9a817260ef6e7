import { describe, expect, test } from 'vitest';
import { withFeaturesOff } from '../../core/engine/features';
import { lastSpeakers } from './summarize';

/**
 * A `ter-` verb of a bodily reaction, a feeling or a posture (`tersenyum`, `terdiam`, `terlihat
 * tertunduk`) is done or felt by its subject, not done to it: the person who smiles before a quote
 * is the one about to speak, not one acted upon (`discourse.reactionNotPassive`).
 */
const MARKET = [
  'Puluhan pedagang sayur, di antaranya Rosa Wonda (50), menggelar aksi duduk di halaman Pasar Baru. Kepala Dinas Perdagangan Kota Sentana, Markus Iwan Ohoi, datang menemui mereka. “Kami minta semua menahan diri,” kata Markus.',
  'Menjelang sore, Markus menemui para pedagang dan berjanji pemindahan ditunda. Ia mengatakan Wali Kota akan mengundang perwakilan pedagang.',
  '“Kita cari jalan tengah,” katanya.',
];

const CASES: readonly (readonly [string, string])[] = [
  [
    'tersenyum, after a fronted participle',
    'Mendengar itu, Mama Rosa tersenyum tipis. “Kami tunggu janjinya,” kata dia.',
  ],
  ['terdiam', 'Rosa terdiam. “Kami sudah tiga kali dijanjikan,” ujarnya.'],
  ['terlihat tertunduk', 'Rosa terlihat tertunduk. “Kami sudah tiga kali dijanjikan,” ujarnya.'],
  ['tertawa', 'Rosa tertawa kecil. “Kami sudah tiga kali dijanjikan,” ujarnya.'],
];

describe('a subject who smiles or falls silent acts, and speaks next', () => {
  test.each(CASES)('%s', (_, last) => {
    expect(lastSpeakers(...MARKET, last)).toEqual(['Rosa Wonda']);
  });

  test('a true `ter-` passive still talks about its subject', () => {
    const last = 'Rosa sempat tertabrak sepeda motor. “Petugas kami tambah,” ujarnya.';
    expect(lastSpeakers(...MARKET, last)).toEqual(['Markus Iwan Ohoi']);
  });

  test('switched off, each reaction reads as a passive and the official keeps the cue', () => {
    for (const [, last] of CASES)
      expect(
        withFeaturesOff(['discourse.reactionNotPassive'], () => lastSpeakers(...MARKET, last)),
      ).toEqual(['Markus Iwan Ohoi']);
  });
});
