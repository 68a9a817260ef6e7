import { describe, expect, test } from 'vitest';
import { withFeaturesOff } from '../../core/engine/features';
import { lastSpeakers } from './summarize';

describe('a lone name after `bernama` introduces the person the description names', () => {
  test.each([
    [
      'Seorang nelayan bernama Karim ditemui di dermaga pada Senin pagi.',
      '“Kami tidak berani melaut,” ujarnya.',
      'Karim',
    ],
    [
      'Seorang nelayan bernama Karim memperbaiki jaring di dermaga.',
      '“Kami tidak berani melaut,” ujarnya.',
      'Karim',
    ],
    [
      'Seorang nelayan bernama Karim, yang ditemui di dermaga, mengatakan ombak tinggi.',
      '“Kami tidak berani melaut,” ujarnya.',
      'Karim',
    ],
    [
      'Salah seorang warga bernama Rukmini mengaku rumahnya retak.',
      '“Saya takut tidur di dalam,” katanya.',
      'Rukmini',
    ],
  ])('%s', (intro, quote, who) => {
    expect(lastSpeakers(intro, quote)).toEqual([who]);
  });

  test('without the feature the description stays unnamed', () => {
    withFeaturesOff(['cast.calledName'], () => {
      expect(
        lastSpeakers(
          'Seorang nelayan bernama Karim memperbaiki jaring di dermaga.',
          '“Kami tidak berani melaut,” ujarnya.',
        ),
      ).toEqual([]);
    });
  });

  test('an unnamed description with no naming word stays unnamed', () => {
    expect(
      lastSpeakers(
        'Seorang nelayan memperbaiki jaring di dermaga Karimunjawa.',
        '“Kami tidak berani melaut,” ujarnya.',
      ),
    ).toEqual([]);
  });
});
