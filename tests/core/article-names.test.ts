import { describe, expect, test } from 'vitest';
import { isArticleName } from '../../core/engine/names/name-run';
import { analyzeBody } from './summarize';

/** Each quote's speakers, as names, for one or more invented paragraphs. */
const speakersOf = (...paragraphs: string[]) =>
  analyzeBody(...paragraphs).quotes.map(q => q.speakers.join(' + '));

describe('a family name opened by a lowercase Arabic article is part of the name', () => {
  test.each([
    // After a cue, with an honorific before the name.
    ['“Kami siap membantu,” kata Syekh Ahmad al-Fadli di Jakarta.', ['Ahmad al-Fadli']],
    // Before a pre-posed cue, after a role head.
    ['Raja Faisal al-Sabah mengatakan, kerja sama itu penting bagi kawasan.', ['Faisal al-Sabah']],
    // With `bin` inside and the article spelled `as-`.
    [
      'Menurut Menteri Wakaf Yaman Khalid bin Salim as-Saqqaf, bantuan akan tiba pekan depan.',
      ['Khalid bin Salim as-Saqqaf'],
    ],
    // English copy, a possessor before the role, and a pronoun that points back to the name.
    [
      'Trade ties will grow, said Kuwait’s Foreign Minister Nasser al-Harbi on Monday. “We welcome the agreement,” he said.',
      ['Nasser al-Harbi', 'Nasser al-Harbi'],
    ],
    // Not an article: a lowercase prefix that is no Arabic article stays outside the name.
    [
      'Kepala Dinas Dukcapil Rudi Hartono mengatakan, blangko e-KTP sudah tiba di kecamatan.',
      ['Rudi Hartono'],
    ],
  ])('%s', (paragraph, speakers) => {
    expect(speakersOf(paragraph)).toEqual(speakers);
  });

  test.each([
    ['al-Fadli', true],
    ['el-Masri', true],
    ['asy-Syafii', true],
    ['an-Nur', true],
    // A capitalised article is an ordinary capitalised word, read as one already.
    ['Al-Fadli', false],
    ['e-KTP', false],
    ['al-', false],
    ['al-qur', false],
    ['pro-Rusia', false],
  ])('isArticleName(%s) is %s', (word, expected) => {
    expect(isArticleName(word)).toBe(expected);
  });
});
