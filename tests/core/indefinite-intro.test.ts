import { describe, expect, test } from 'vitest';
import { analyzeBody } from './summarize';

/** The speakers of the last quote of an invented article. */
const lastSpeakers = (...paragraphs: string[]): string[] => {
  const quotes = analyzeBody(...paragraphs).quotes;
  return quotes[quotes.length - 1]!.speakers;
};

const MAYOR =
  'Mayor Joko Pramono said the bridge had been damaged since the flood. "We reported it," Pramono said.';
const KADES =
  'Kepala Desa Joko Pramono mengatakan jembatan itu rusak sejak banjir. “Kami sudah melapor,” kata Joko.';

describe('a description of somebody introduced unnamed never takes a named speaker', () => {
  test.each(
    [
      [
        MAYOR,
        'According to an engineer who inspected the bridge, its cables had rusted through.',
        '"It could fall any day," the engineer said.',
      ],
      [
        MAYOR,
        '"The water rises every night," one resident said. "We are tired," the resident added.',
      ],
      [
        MAYOR,
        'A fisherman from the village was among the first to leave.',
        '"We lost everything," the fisherman said.',
      ],
      [
        KADES,
        'Menurut seorang insinyur yang memeriksa jembatan itu, kabelnya sudah berkarat.',
        '“Jembatan ini bisa runtuh kapan saja,” kata insinyur itu.',
      ],
    ].map(lines => [lines.join(' '), lines] as const),
  )('%s', (_, lines) => {
    expect(lastSpeakers(...lines)).toEqual([]);
  });
});

describe('a description of somebody the article named points back to them', () => {
  test.each([
    [
      MAYOR,
      'A police officer, Budi Santoso, said the road was closed. "It is not safe," the officer said.',
    ],
    [
      MAYOR,
      'Budi Santoso, a veteran diplomat, said the talks were tense. "Nobody moved," the diplomat said.',
    ],
    [
      KADES,
      'Diplomat senior Budi Santoso mengatakan perundingan alot. “Suasananya tegang,” kata diplomat itu.',
    ],
    // `former` is no head noun: `a former ambassador` introduces no unnamed `former`.
    [
      MAYOR,
      'Budi Santoso, a former ambassador to Laredo, said talks would go on. "Our door stays open," the former envoy said.',
    ],
  ])('%s %s', (...lines) => {
    expect(lastSpeakers(...lines)).toEqual(['Budi Santoso']);
  });
});
