import { describe, expect, test } from 'vitest';
import { withFeaturesOff } from '../../core/engine/features';
import { analyzeBody } from './summarize';

/** The speakers of the paragraph's quotes, as `name (kind)`. */
const speakersOf = (line: string) => {
  const { quotes, speakers } = analyzeBody(line);
  const kind = new Map(speakers.map(s => [s.name, s.kind]));
  return quotes.map(q => q.speakers.map(n => `${n} (${kind.get(n)})`).join(' + '));
};

describe('a diplomatic body keeps the city it sits in', () => {
  test.each([
    [
      'Konsulat RI di Tawangmas lewat siaran pers menyebut seluruh pekerja migran di kota itu selamat.',
      'Konsulat RI di Tawangmas (organization)',
    ],
    [
      'Kedutaan Besar RI di Kairo mengatakan seluruh mahasiswa dalam keadaan aman.',
      'Kedutaan Besar RI di Kairo (organization)',
    ],
  ])('%s', (line, speaker) => {
    expect(speakersOf(line)).toEqual([speaker]);
    expect(withFeaturesOff(['names.model.seatedBody'], () => speakersOf(line))).not.toEqual([
      speaker,
    ]);
  });

  test('an English consulate with its city speaks as one body', () => {
    const line =
      'The Malaysian Consulate in Perth said it had requested consular access to the men.';
    expect(speakersOf(line)).toEqual(['Malaysian Consulate in Perth (organization)']);
    // The city alone before the cue was read as a name the article uses alone.
    const off = ['names.evidence.placeAfterPreposition'] as const;
    expect(withFeaturesOff(off, () => speakersOf(line))).toEqual(['Perth (person)']);
  });

  test('a person with the place they spoke in is no body', () => {
    expect(speakersOf('“Semua warga aman,” kata Rudi Hartono di Tawangmas.')).toEqual([
      'Rudi Hartono (person)',
    ]);
  });
});
