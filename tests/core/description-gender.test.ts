import { describe, expect, test } from 'vitest';
import { withFeaturesOff, type FeatureName } from '../../core/engine/features';
import { descriptionGender } from '../../core/engine/discourse/description-gender';
import { readGenders } from '../../core/engine/discourse/gender';
import { resolveContext } from '../../core/engine/discourse/resolve-context';
import { readArticle } from '../../core/engine/pipeline';
import { bodyParagraphs } from '../../core/engine/text/paragraphs';
import { lastSpeakers } from './summarize';

/**
 * A description by sex (`kata perempuan itu`, `ujar pria asal X itu`, `the woman said`) is never
 * the last speaker the article told is of the other sex (by `Pak`/`Bu`, or a person noun set off
 * after or before the name: `X, ibu dua anak, …`).
 */
describe('the sex a description tells', () => {
  test.each([
    ['perempuan berhijab itu', 'female'],
    ['pria asal Wonosari itu', 'male'],
    ['sang ayah', 'male'],
    ['relawan perempuan itu', 'female'],
    ['the woman', 'female'],
    ['ibu dua anak tersebut', 'female'],
    ['pelatih tim wanita itu', null],
    ['pedagang itu', null],
  ] as const)('%s', (text, sex) => {
    expect(descriptionGender(text)).toBe(sex);
  });
});

/** Each person's sex as an invented article tells it. */
function genders(paragraphs: readonly string[]): string[] {
  const body = bodyParagraphs(paragraphs, 0);
  const ctx = resolveContext(readArticle(body).cast, body);
  return [...readGenders(ctx.mentions, ctx.doc, ctx.introductions)].map(
    ([e, g]) => `${e.name} ${g}`,
  );
}

describe('who the article tells is a man or a woman', () => {
  const MARKET = [
    'Warsini (47 tahun), pedagang ikan asin di los belakang pasar, menyebut harga garam ikut naik. “Sehari cuma laku lima kilo,” ujar ibu tiga anak itu.',
    'Menurut Warsini, pelanggan kini mengurangi belanja.',
    'Pedagang beras, H Darto, yang akrab disapa Haji Ato, menuturkan harga beras stabil.',
  ];

  test('a title after a mention that is no name is the next person’s', () => {
    expect(genders(MARKET)).toEqual(['Darto male']);
    expect(withFeaturesOff(['discourse.genderTitleNamed'], () => genders(MARKET))).toContain(
      'Warsini male',
    );
  });

  const KIN = [
    'Rina Astuti, ibu dua anak, mengaku kesulitan membeli susu. “Harganya naik,” kata Rina.',
    'Ayahnya, Sugeng, ikut mengantre. “Sejak subuh,” ujar Sugeng.',
    'Darmo (61), pria asal Wonosari, sudah pulang. “Antrean panjang,” kata Darmo.',
  ];
  test('a person noun set off after or before the name', () => {
    expect(genders(KIN)).toEqual(['Darmo male', 'Rina Astuti female', 'Sugeng male']);
    expect(withFeaturesOff(['discourse.appositiveGender'], () => genders(KIN))).toEqual([]);
  });
});

const HOST =
  'Koordinator posko, Pak Darmaji, mengatakan logistik menipis. “Beras tinggal dua karung,” ujar Darmaji.';
const VOLUNTEER =
  'Seorang relawan, Nurul Hidayah, membagikan nasi bungkus. “Kami masak sejak subuh,” kata Nurul.';

describe('a description by sex is not the last speaker of the other sex', () => {
  test.each([
    [
      [VOLUNTEER, HOST, '“Yang penting anak-anak makan,” kata perempuan berhijab itu.'],
      ['Nurul Hidayah'],
    ],
    [
      [
        'Sukardi, penjaga pintu air, bertahan semalaman. “Saya tidak boleh pergi,” kata Sukardi.',
        'Bidan desa, Lestari, ibu tiga anak, memeriksa warga. “Banyak yang batuk,” ujar Lestari.',
        '“Ini sudah tugas saya,” kata pria itu.',
      ],
      ['Sukardi'],
    ],
  ])('%j', (paragraphs, speakers) => {
    expect(lastSpeakers(...paragraphs)).toEqual(speakers);
  });

  test.each(['discourse.describedSex'] as const)(
    'switched off (%s), the last speaker takes it',
    feature => {
      const lines = [
        VOLUNTEER,
        HOST,
        '“Yang penting anak-anak makan,” kata perempuan berhijab itu.',
      ];
      expect(withFeaturesOff([feature as FeatureName], () => lastSpeakers(...lines))).toEqual([
        'Darmaji',
      ]);
    },
  );

  test('English: the woman is not the man who spoke last', () => {
    const lines = [
      'Mrs Helen Carter, a retired nurse, waited six hours. "Nobody told us anything," she said.',
      'Hospital manager Mr David Ross apologised. "We were short of staff," Ross said.',
      '"I will not come back here," the woman said.',
    ];
    expect(lastSpeakers(...lines)).toEqual(['Helen Carter']);
    expect(withFeaturesOff(['discourse.descriptionGender'], () => lastSpeakers(...lines))).toEqual([
      'David Ross',
    ]);
  });
});
