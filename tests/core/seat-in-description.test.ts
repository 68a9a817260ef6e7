import { describe, expect, test } from 'vitest';
import { withFeaturesOff } from '../../core/engine/features';
import { analyzeBody } from './summarize';

/** The last direct quote's mention and speakers. */
const last = (...paragraphs: string[]) => {
  const q = analyzeBody(...paragraphs)
    .quotes.filter(x => x.type === 'direct')
    .at(-1)!;
  return [q.mention, q.speakers];
};

const SAID = '“Kami akan segera membangun jembatan darurat,”';

describe('a description tied by `di`/`dari` to a place or institution points back', () => {
  test.each([
    [
      'Bupati Cibening Harjono meninjau lokasi longsor pada Minggu.',
      'kata orang nomor satu di Cibening itu.',
      'orang nomor satu di Cibening itu',
      'Harjono',
    ],
    [
      'Gubernur Jawa Tengah Sutrisno hadir dalam rapat itu.',
      'ujar orang nomor satu di Jawa Tengah tersebut.',
      'orang nomor satu di Jawa Tengah tersebut',
      'Sutrisno',
    ],
    [
      'Ketua Fraksi Partai Maju Hadi Prabowo menyampaikan hal itu di Jakarta.',
      'ujar politikus dari Partai Maju itu.',
      'politikus dari Partai Maju itu',
      'Hadi Prabowo',
    ],
  ])('%s', (intro, cue, mention, who) => {
    expect(last(intro, `${SAID} ${cue}`)).toEqual([mention, [who]]);
  });

  test('without the feature the cue reads no mention', () => {
    withFeaturesOff(['names.seatInDescription'], () => {
      const [mention] = last(
        'Bupati Cibening Harjono meninjau lokasi longsor pada Minggu.',
        `${SAID} kata orang nomor satu di Cibening itu.`,
      );
      expect(mention).toBeNull();
    });
  });

  test('a place after the description with no demonstrative is no part of it', () => {
    const [mention, speakers] = last(
      'Bupati Cibening Harjono meninjau lokasi longsor pada Minggu.',
      `${SAID} kata seorang warga di Cibening.`,
    );
    expect([mention, speakers]).toEqual(['seorang warga', []]);
  });
});
