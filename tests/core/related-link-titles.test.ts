import { describe, expect, test } from 'vitest';
import { withFeaturesOff } from '../../core/engine/features';
import { bodyParagraphs } from '../../core/engine/text/paragraphs';

const OFF = ['text.relatedLinkTitles'] as const;
const bodyOf = (lines: string[]) => bodyParagraphs(lines, 0).map(p => p.text);

describe('the lines after a related-links label alone on its line are linked headlines', () => {
  test.each([
    ['Read also:', 'Jakarta braces for heavy rain as monsoon peaks'],
    ['Also read:', 'Runners complain about water stations at city marathon'],
    ['Baca Juga:', 'Harga cabai turun di pasar induk menjelang akhir tahun'],
  ])('%s / %s', (label, title) => {
    const lines = [
      'Water rose overnight, officials said.',
      label,
      title,
      'The mayor visited on Friday.',
    ];
    expect(bodyOf(lines)).toEqual([lines[0], lines[3]]);
    expect(withFeaturesOff([...OFF], () => bodyOf(lines))).toEqual([lines[0], title, lines[3]]);
  });

  test('prose after the label, closed by a stop, is kept', () => {
    const lines = ['Read also:', 'The mayor visited the shelters on Friday.'];
    expect(bodyOf(lines)).toEqual([lines[1]]);
  });

  test('at most three headlines: the fourth line is prose again', () => {
    const lines = ['Read also:', 'One title here', 'Two title here', 'Three title here', 'Four'];
    expect(bodyOf(lines)).toEqual(['Four']);
  });
});
