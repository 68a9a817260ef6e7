import { describe, expect, test } from 'vitest';
import { withFeaturesOff } from '../../core/engine/features';
import { analyzeBody } from './summarize';

/** Each quote's speakers, as names, for one or more invented paragraphs. */
const speakersOf = (...paragraphs: string[]) =>
  analyzeBody(...paragraphs).quotes.map(q => q.speakers.join(' + '));

// `Agung` continues a role (`Jaksa Agung`, `Masjid Agung`) and is a common given name: opening a
// run, with no noun before it to qualify, it is the name.
describe('a role continuation that is also a given name opens the name when it opens the run', () => {
  test.each([
    ['“Kami hanya bisa pasrah menunggu air surut,” kata Agung.', 'Agung'],
    ['Agung Wibowo menilai banjir itu akibat tanggul yang jebol.', 'Agung Wibowo'],
  ])('%s', (sentence, name) => {
    expect(speakersOf(sentence)).toEqual([name]);
    const off = withFeaturesOff(['names.model.continuationOpensRun'], () => speakersOf(sentence));
    expect(off).not.toEqual([name]);
  });

  // After a noun it qualifies, it stays in the role.
  test('Jaksa Agung Budi Santoso …', () => {
    expect(speakersOf('Jaksa Agung Budi Santoso menilai dakwaan itu sudah kuat.')).toEqual([
      'Budi Santoso',
    ]);
  });
});
