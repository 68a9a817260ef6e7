import { describe, expect, test } from 'vitest';
import { withFeaturesOff } from '../../core/engine/features';
import { lastSpeakers } from './summarize';

/**
 * One who died (`Sopir truk, X, tewas …`, `X died after …`) is what befell, talked about as one
 * acted upon is: a later `-nya`/`dia`/`he` goes on with the source who reported it.
 */
const CASES: readonly (readonly [string, readonly string[], readonly string[]])[] = [
  [
    'tewas, a driver presented by his trade',
    [
      'Kapolsek Sukamulya AKP Rahmat Gunadi mengatakan kecelakaan terjadi pukul 05.00 WIB.',
      'Sopir truk, Yanto Wibisono, tewas di lokasi kejadian.',
      '“Truk itu diduga mengalami rem blong,” ujarnya.',
    ],
    ['Rahmat Gunadi'],
  ],
  [
    'died, in English',
    [
      'District police chief Rahmat Gunadi said the crash happened at dawn.',
      'The truck driver, Yanto Wibisono, died at the scene.',
      '“The brakes may have failed,” he said.',
    ],
    ['Rahmat Gunadi'],
  ],
];

describe('one who died is talked about, not the next speaker', () => {
  test.each(CASES)('%s', (_, paragraphs, speakers) => {
    expect(lastSpeakers(...paragraphs)).toEqual(speakers);
  });

  test('switched off, the one who died takes the cue', () => {
    for (const [, paragraphs] of CASES)
      withFeaturesOff(['discourse.diedSubject'], () =>
        expect(lastSpeakers(...paragraphs)).toEqual(['Yanto Wibisono']),
      );
  });
});
