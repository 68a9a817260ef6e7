import { describe, expect, test } from 'vitest';
import { lastSpeakers } from './summarize';

/**
 * Protestant churches write an elder's or deacon's office short before the name (`St.` for Sintua,
 * `Pnt.` for Penatua, `Dkn.` for Diaken; lexicon/honorifics.ts): a title, out of the name, and
 * its dot ends no sentence.
 */
const ROWS: readonly (readonly [paragraph: string, name: string])[] = [
  [
    'Penatua jemaat, St. Jonaedi Tumangger, mengatakan gereja membuka dapur umum bagi pengungsi.',
    'Jonaedi Tumangger',
  ],
  ['"Kami bergiliran menjaga posko," kata Pnt. Kusmawati Dalimunthe.', 'Kusmawati Dalimunthe'],
  ['Dkn. Surtaman Purba mengatakan bantuan dibagikan setelah ibadah Minggu.', 'Surtaman Purba'],
  ['Sintua Bramantyo Tumangger mengatakan hasil kebun kopi jemaat menurun.', 'Bramantyo Tumangger'],
];

describe('church offices before a name', () => {
  test.each(ROWS)('%s', (paragraph, name) => expect(lastSpeakers(paragraph)).toEqual([name]));
});
