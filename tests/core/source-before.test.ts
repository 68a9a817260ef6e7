import { describe, expect, test } from 'vitest';
import { withFeaturesOff } from '../../core/engine/features';
import { analyzeBody } from './summarize';

/** Analyses invented paragraphs; the direct quotes as [text, speakers, cue]. */
const run = (...paragraphs: string[]) =>
  analyzeBody(...paragraphs)
    .quotes.filter(q => q.type === 'direct')
    .map(q => [q.text, q.speakers, q.cue]);

const INTRO =
  'Kepala Balai Besar Wilayah Sungai Citarum, Hendra Wiratama, meninjau tanggul yang jebol.';
const SAID = 'Perbaikan tanggul selesai sebelum musim hujan';

describe('a sentence that opens with its source runs into the quote', () => {
  test.each([
    [`Menurut Hendra, “${SAID}.”`, 'Menurut'],
    [`Menurut Hendra: “${SAID}.”`, 'Menurut'],
    [`Menurut dia, “${SAID}.”`, 'Menurut'],
    [`Menurutnya, “${SAID}.”`, 'Menurutnya'],
    [`Namun, menurut Hendra, “${SAID}.”`, 'menurut'],
    [`Menurut Kepala Balai Hendra Wiratama, "${SAID}."`, 'Menurut'],
  ])('%s', (line, cue) => {
    expect(run(INTRO, line)).toEqual([[SAID, ['Hendra Wiratama'], cue]]);
  });

  test('English `according to` and a pronoun', () => {
    const intro = 'River authority head Hendra Wiratama inspected the broken levee on Monday.';
    expect(run(intro, 'According to him, “The levee will be fixed before the rains.”')).toEqual([
      ['The levee will be fixed before the rains', ['Hendra Wiratama'], 'According'],
    ]);
  });
});

describe('a source that is not a speaker, or a frame that is not a source', () => {
  test.each([
    [`Menurut data balai, “${SAID}”.`],
    [`Menurut Hendra tanggul itu dibangun pada 1990 dan disebut warga, “${SAID}”.`],
  ])('%s', line => {
    expect(run(INTRO, line).map(q => q[2])).not.toContain('Menurut');
  });

  test('switched off, the quote after `Menurut X,` is not found', () => {
    const off = withFeaturesOff(['quotes.sourceBefore'], () =>
      run(INTRO, `Menurut Hendra, “${SAID}.”`),
    );
    expect(off).toEqual([]);
  });
});
