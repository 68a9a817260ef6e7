import { describe, expect, test } from 'vitest';
import { withFeaturesOff } from '../../core/engine/features';
import { lastSpeakers } from './summarize';

const OFFICIAL = [
  'Kepala Dinas Pasar, Hendra Bramantyo, mengatakan api berasal dari kios pakaian.',
  'Hendra Bramantyo: “Kami sudah mengirim empat unit mobil pemadam.”',
];
const QUOTE = '“Kabelnya sudah terkelupas semua. Sudah kami laporkan ke pengelola.”';

describe('a quote with no cue after a sentence bringing in one unnamed person (discourse.floatingUnnamed)', () => {
  test.each([
    'Warga lama mengeluhkan kabel pasar. Seorang petugas keamanan yang enggan disebut namanya membenarkan hal itu.',
    'Salah seorang pedagang yang kiosnya ikut hangus membenarkan keluhan itu.',
    'Salah satu petugas parkir pasar mengaku sudah lama melihat percikan api.',
  ])('%s', narrative => {
    expect(lastSpeakers(...OFFICIAL, narrative, QUOTE)).toEqual([]);
  });

  test.each([
    // A named subject speaks as before (discourse.floatingSubject).
    ['Sutikno, petugas keamanan pasar, membenarkan hal itu.', ['Sutikno']],
    // A definite description brings nobody new in: the previous speaker goes on.
    ['Petugas itu juga memeriksa sisa kabel di los belakang.', ['Hendra Bramantyo']],
    // Somebody brought in only to tell what befell them reports nothing: the speaker goes on.
    ['Seorang pedagang tewas terjebak di dalam kiosnya.', ['Hendra Bramantyo']],
    ['Seorang saksi sudah diperiksa penyidik pada Selasa malam.', ['Hendra Bramantyo']],
    // One who asks is answered: the quote after the question is the one asked.
    ['Seorang wartawan kemudian bertanya soal kabel yang terkelupas.', ['Hendra Bramantyo']],
  ])('%s', (narrative, who) => {
    expect(lastSpeakers(...OFFICIAL, narrative, QUOTE)).toEqual(who);
  });

  test('switched off, the previous speaker goes on', () => {
    const narrative = 'Seorang petugas keamanan yang enggan disebut namanya membenarkan hal itu.';
    const speakers = withFeaturesOff(['discourse.floatingUnnamed'], () =>
      lastSpeakers(...OFFICIAL, narrative, QUOTE),
    );
    expect(speakers).toEqual(['Hendra Bramantyo']);
  });
});
