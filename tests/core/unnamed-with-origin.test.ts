import { describe, expect, test } from 'vitest';
import { withFeaturesOff } from '../../core/engine/features';
import { analyzeBody } from './summarize';

/**
 * A run right after `asal` before the cue, in a sentence opened by an unnamed subject whose
 * description is set off, is where that person comes from: the unnamed person speaks, never the
 * place (names.unnamedWithOrigin).
 */
const ROWS: readonly string[] = [
  'Seorang pengunjung, pedagang sayur asal Ende, mengatakan harga cabai melonjak sejak pekan lalu.',
  'Salah seorang warga, buruh tani asal Lubai, mengatakan pupuk sulit didapat sejak Juli.',
  'Seorang penumpang, mahasiswa asal Borong, mengatakan kapal berangkat terlambat tiga jam.',
];

/** The speakers of an invented paragraph's quotes, by name ('' for an unnamed one). */
const speakersOf = (paragraph: string): string[] =>
  analyzeBody(paragraph).quotes.map(q => q.speakers.join(' + '));

describe('an unnamed subject with its origin', () => {
  test.each(ROWS)('%s', paragraph => expect(speakersOf(paragraph)).toEqual(['']));

  test('a named subject from a place keeps the name', () =>
    expect(speakersOf('Kusnandar, pedagang sayur asal Ende, mengatakan harga cabai naik.')).toEqual(
      ['Kusnandar'],
    ));

  test('a given name after the origin names the person', () =>
    expect(
      speakersOf(
        'Seorang wisatawan, turis asal Malaysia Ahmad Sukamto, mengatakan harga kamar naik.',
      ),
    ).toEqual(['Ahmad Sukamto']));

  test('switched off, the place is read as the speaker', () => {
    const off = withFeaturesOff(['names.unnamedWithOrigin'], () => speakersOf(ROWS[0]!));
    expect(off).toEqual(['Ende']);
  });
});
