import { describe, expect, test } from 'vitest';
import { withFeaturesOff } from '../../core/engine/features';
import { analyzeBody, lastSpeakers } from './summarize';

/**
 * An honorific written alone as a speaker (`Buya menegaskan, …`, `ujar Kiai`) addresses the person
 * the article named with that honorific before the name, not an unnamed speaker nor the last one
 * heard (discourse.honorificHolder).
 */
const BUYA =
  'Pengasuh Pondok Pesantren Al Ikhlas, Buya Ahmad Rasyidin, mengajak jamaah memakmurkan masjid. “Masjid jangan hanya ramai saat Ramadhan,” kata Buya Rasyidin.';
const USTAZ =
  'Ustaz Wildan Hakimi memimpin doa bersama di halaman pesantren. “Kita doakan para korban banjir,” kata Ustaz Wildan.';
const DKM =
  'Ketua DKM setempat, Teguh Prasetya, menyebut jumlah jamaah subuh terus bertambah. “Sekarang bisa tiga saf,” kata Teguh.';

describe('an honorific alone as a speaker is the person named with it', () => {
  const cases: [string, string[], string[]][] = [
    [
      'opening a pre-posed cue, then `ujarnya`',
      [
        BUYA,
        DKM,
        'Buya menegaskan, pengurus masjid harus ramah kepada anak-anak. “Biarkan mereka bermain di serambi,” ujarnya.',
      ],
      ['Ahmad Rasyidin'],
    ],
    [
      'another honorific opening a pre-posed cue',
      [
        USTAZ,
        DKM,
        'Ustaz menuturkan, para santri sudah membantu warga membersihkan rumah sejak pagi. “Mereka tidak kenal lelah,” ujarnya.',
      ],
      ['Wildan Hakimi'],
    ],
  ];
  test.each(cases)('%s', (_, paragraphs, speakers) => {
    expect(lastSpeakers(...paragraphs)).toEqual(speakers);
  });

  test.each(cases)('switched off: %s is not theirs', (_, paragraphs, speakers) => {
    expect(
      withFeaturesOff(['discourse.honorificHolder'], () => lastSpeakers(...paragraphs)),
    ).not.toEqual(speakers);
  });

  // Nobody was named with that honorific: the speaker stays unnamed.
  test('an honorific the article gave nobody', () => {
    const { quotes } = analyzeBody(DKM, '“Anak-anak harus betah di masjid,” ujar Ustaz.');
    expect(quotes.at(-1)!.speakers).toEqual([]);
  });
});
