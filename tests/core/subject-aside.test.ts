import { describe, expect, test } from 'vitest';
import { withFeaturesOff } from '../../core/engine/features';
import { analyzeBody } from './summarize';

/** Analyses invented paragraphs; the direct quotes as [text, speakers]. */
const run = (...paragraphs: string[]) =>
  analyzeBody(...paragraphs)
    .quotes.filter(q => q.type === 'direct')
    .map(q => [q.text, q.speakers]);

const SAID = 'Semua pegawai wajib hadir';

describe('a direct quote’s pre-posed cue steps over the asides before it', () => {
  test.each([
    [`Sekretaris Daerah Hendra Gunawan pada Rabu sore mengatakan, “${SAID}.”`, 'Hendra Gunawan'],
    [`Hendra Gunawan, Rabu (4/5), mengatakan, “${SAID}.”`, 'Hendra Gunawan'],
    [`Hendra Gunawan pada Senin malam menegaskan, “${SAID}.”`, 'Hendra Gunawan'],
    [`Hendra Gunawan di Cibening, Selasa, mengatakan, “${SAID}.”`, 'Hendra Gunawan'],
    [`Yanti asal Kupang, Nusa Tenggara Timur, mengatakan, “${SAID}.”`, 'Yanti'],
    [`Dodi asal Bekasi, Jawa Barat, menuturkan, “${SAID}.”`, 'Dodi'],
    [`Hendra Gunawan kepada wartawan mengatakan, “${SAID}.”`, 'Hendra Gunawan'],
    [`Hendra Gunawan kepada wartawan, Senin, mengatakan, “${SAID}.”`, 'Hendra Gunawan'],
    [
      `Hendra Gunawan saat ditemui di kantornya, Senin (3/4), mengatakan, “${SAID}.”`,
      'Hendra Gunawan',
    ],
    [`Hendra Gunawan ketika dikonfirmasi mengatakan, “${SAID}.”`, 'Hendra Gunawan'],
  ])('%s', (line, who) => {
    expect(run(line)).toEqual([[SAID, [who]]]);
  });

  test('the reported cue steps over a day phrase with `pada` too', () => {
    const { quotes } = analyzeBody(
      'Sekretaris Daerah Hendra Gunawan pada Rabu sore mengatakan semua pegawai wajib hadir.',
    );
    expect(quotes.map(q => [q.type, q.speakers])).toEqual([['indirect', ['Hendra Gunawan']]]);
  });

  test('without the feature the day phrase hides the subject', () => {
    const line =
      'Sekretaris Daerah Hendra Gunawan pada Rabu sore mengatakan semua pegawai wajib hadir.';
    withFeaturesOff(['reported.dayPhraseAside'], () => {
      const { quotes } = analyzeBody(line);
      expect(quotes.map(q => [q.type, q.speakers])).not.toEqual([['indirect', ['Hendra Gunawan']]]);
    });
  });

  test('without the feature the aside hides the subject', () => {
    const line = `Yanti asal Kupang, Nusa Tenggara Timur, mengatakan, “${SAID}.”`;
    withFeaturesOff(['quotes.asideBeforeCue'], () => {
      expect(run(line)).not.toEqual([[SAID, ['Yanti']]]);
    });
  });

  test('without the feature whom it was told to hides the subject', () => {
    const line = `Hendra Gunawan kepada wartawan mengatakan, “${SAID}.”`;
    withFeaturesOff(['reported.circumstanceAside'], () => {
      expect(run(line)).not.toEqual([[SAID, ['Hendra Gunawan']]]);
    });
  });

  test('the reported cue steps over whom it was told to', () => {
    const { quotes } = analyzeBody(
      'Hendra Gunawan kepada wartawan mengatakan semua pegawai wajib hadir.',
    );
    expect(quotes.map(q => [q.type, q.speakers])).toEqual([['indirect', ['Hendra Gunawan']]]);
  });
});
