import { expect, test } from 'vitest';
import { castPeople, lastSpeakers } from './summarize';

// The prosecutors' sections (lexicon/roles.ts: `pidsus`, `pidum`, `datun`) are role words, as the
// police units are: `Kasi Pidsus` alone is an office, no person called Pidsus.
const INTRO =
  'Kasi Pidsus Kejari Ende, Sukarmini Dalimunthe, mengatakan berkas perkara pupuk segera dilimpahkan.';

test.each([
  ['“Kami tunggu hasil audit,” kata Kasi Pidsus.'],
  ['“Kami tunggu hasil audit,” kata Kasi Datun.'],
])('no person is named by a section: %s', quote => {
  expect(castPeople(INTRO, quote)).toEqual(['Sukarmini Dalimunthe']);
});

test('the section written with its office after the name means its holder', () => {
  expect(lastSpeakers(INTRO, '“Kami tunggu hasil audit,” kata Kasi Pidsus Kejari Ende.')).toEqual([
    'Sukarmini Dalimunthe',
  ]);
});
