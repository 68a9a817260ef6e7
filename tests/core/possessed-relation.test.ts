import { describe, expect, test } from 'vitest';
import { withFeaturesOff } from '../../core/engine/features';
import { analyzeBody } from './summarize';

/**
 * A kin or relation noun owned by `-nya` opening a sentence (`Adiknya, …`, `Rekannya, …`) is never
 * a speaker's name: the person is the one named after it. Invented paragraphs; the speakers of the
 * last quote.
 */
const INTRO = 'Kepala Dinas Pertanian Rudi Hartono menilai harga gabah terlalu rendah.';
const lastSpeakers = (line: string) => analyzeBody(INTRO, line).quotes.at(-1)?.speakers;

describe('a possessed relation before an appositive name', () => {
  test.each([
    'Rekannya, peneliti pangan Rina Kartika, menilai pemerintah perlu menaikkan harga pembelian.',
    'Adiknya, peneliti pangan Rina Kartika, menilai pemerintah perlu menaikkan harga pembelian.',
  ])('%s', line => {
    expect(lastSpeakers(line)).toEqual(['Rina Kartika']);
    const off = withFeaturesOff(['names.possessedRelation', 'names.nyaWordNoName'], () =>
      lastSpeakers(line),
    );
    expect(off).not.toEqual(['Rina Kartika']);
  });
});
