import { describe, expect, test } from 'vitest';
import { withFeaturesOff } from '../../core/engine/features';
import { analyzeBody } from './summarize';

/** The names of the speakers of an invented paragraph. */
const names = (paragraph: string) => analyzeBody(paragraph).speakers.map(s => s.name);

/** [paragraph, the one speaker]: an organisation with `and` whose name ends with a field noun. */
const ROWS: readonly (readonly [paragraph: string, speaker: string])[] = [
  [
    'Economist Rina Kartika of the Institute for Trade and Fiscal Studies (ITFS) argued that the policy would fail.',
    'Rina Kartika',
  ],
  [
    'Analyst Dedi Santoso from the Centre for Maritime and Coastal Affairs said the plan was risky.',
    'Dedi Santoso',
  ],
  [
    'Researcher Wulan Sari at the Council for Energy and Mineral Resources said prices would rise.',
    'Wulan Sari',
  ],
  [
    'Tono Wibisono of the Centre for Policy and Development Studies said the ban came too late.',
    'Tono Wibisono',
  ],
];

describe('after `of/from/at the`, capitalised words after `and` ending with a field noun close the organisation', () => {
  test.each(ROWS)('%s', (paragraph, speaker) => expect(names(paragraph)).toEqual([speaker]));
  test('switched off, the words after `and` were taken for a person', () => {
    const off = withFeaturesOff(['names.englishFieldTail'], () => ROWS.map(([p]) => names(p)));
    expect(off[0]).not.toEqual([ROWS[0]![1]]);
  });
});
