import { describe, expect, test } from 'vitest';
import { withFeaturesOff } from '../../core/engine/features';
import { analyzeBody } from './summarize';

/** The quotes of invented paragraphs as [type, speakers]. */
const run = (...paragraphs: string[]) =>
  analyzeBody(...paragraphs).quotes.map(q => [q.type, q.speakers.join('|')]);

const LAWYER =
  'Penasihat hukum terdakwa, Gerson Situmorang, menyatakan kliennya menerima putusan. "Klien kami menyesal," kata Gerson.';

describe('a bracketed note between a subject and its relative clause is stepped over', () => {
  test.each([
    'Salah seorang korban, Sri Mulyani (60 tahun), yang hadir di ruang sidang, menganggap hukuman tersebut belum setimpal.',
    'Salah seorang korban, Hj Sri Mulyani (60), yang hadir di ruang sidang, menganggap hukuman tersebut belum setimpal.',
    'Sri Mulyani (60/P), yang datang bersama anaknya, menganggap hukuman tersebut belum setimpal.',
  ])('%s', line => {
    expect(run(LAWYER, line, '"Uang saya belum kembali," ujar pensiunan bidan tersebut.')).toEqual([
      ['indirect', 'Gerson Situmorang'],
      ['direct', 'Gerson Situmorang'],
      ['indirect', 'Sri Mulyani'],
      ['direct', 'Sri Mulyani'],
    ]);
  });

  test('switched off, the subject is not read across the note', () => {
    const line =
      'Salah seorang korban, Sri Mulyani (60 tahun), yang hadir di ruang sidang, menganggap hukuman tersebut belum setimpal.';
    const off = withFeaturesOff(['names.noteBeforeRelative'], () => run(LAWYER, line));
    expect(off).not.toContainEqual(['indirect', 'Sri Mulyani']);
  });
});
