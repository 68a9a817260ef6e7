import { describe, expect, test } from 'vitest';
import { withFeaturesOff } from '../../core/engine/features';
import { roleCreditedTo } from './summarize';

/** The role of the speaker whose name holds `word`, read from an invented paragraph. */
const roleOf = (word: string, intro: string) =>
  roleCreditedTo(word, intro, 'Kami tidak akan mundur');

/** [the sentence naming the pair, the second holder's word, the second holder's role]. */
const PAIRS: readonly (readonly [intro: string, word: string, role: string])[] = [
  [
    'Ketua Fraksi PKB, Hendra Wiraguna, dan Sekretaris Fraksi, Rina Sulastri, membacakan pandangan fraksi dalam rapat paripurna.',
    'Rina',
    'Sekretaris Fraksi PKB',
  ],
  [
    'Ketua Umum Serikat Buruh Tani Makmur, Hendra Wiraguna, dan Sekretaris Jenderal, Rina Sulastri, mengumumkan keputusan itu seusai berunding dengan manajemen.',
    'Rina',
    'Sekretaris Jenderal Serikat Buruh Tani Makmur',
  ],
  [
    'Namun, Ketua Paguyuban Nelayan Teluk Indah, Hendra Wiraguna, dan wakilnya, Rina Sulastri, menilai tempat relokasi itu kurang strategis.',
    'Rina',
    'wakil Ketua Paguyuban Nelayan Teluk Indah',
  ],
  [
    'Ketua dewan pengurus daerah partai tersebut, Hendra Wiraguna, dan sekretarisnya, Rina Sulastri, menyatakan partai akan memecat kader itu.',
    'Rina',
    'sekretaris dewan pengurus daerah partai',
  ],
  [
    'Ketua Koperasi Tani Makmur, Hendra Wiraguna, dan bendaharanya, Rina Sulastri, menyatakan koperasi akan diaudit.',
    'Rina',
    'bendahara Koperasi Tani Makmur',
  ],
];

/** Pairs whose second holder has an office of their own, or none: [intro, word, role]. */
const OWN: readonly (readonly [intro: string, word: string, role: string | null])[] = [
  [
    'Menteri Keuangan, Hendra Wiraguna, dan Gubernur Bank Sentral, Rina Sulastri, menyampaikan sikap itu.',
    'Rina',
    'Gubernur Bank Sentral',
  ],
  [
    'Ketua Fraksi PKB, Hendra Wiraguna, dan anggota Fraksi Golkar, Rina Sulastri, menyampaikan sikap itu.',
    'Rina',
    'anggota Fraksi Golkar',
  ],
  [
    'Ketua Fraksi PKB, Hendra Wiraguna, dan istrinya, Rina Sulastri, menyampaikan sikap itu.',
    'Rina',
    'istri',
  ],
  ['Ketua Fraksi PKB, Hendra Wiraguna, dan Rina Sulastri, menyampaikan sikap itu.', 'Rina', null],
];

describe('the second of an office pair holds their office in the organisation the first spelled out', () => {
  test.each(PAIRS)('%s', (intro, word, role) => expect(roleOf(word, intro)).toBe(role));
  test('switched off, none of them has that role', () => {
    for (const [intro, word, role] of PAIRS) {
      const off = withFeaturesOff(['cast.sharedOffice'], () => roleOf(word, intro));
      expect(off).not.toBe(role);
    }
  });
});

describe('a second holder with an office of their own, a kin noun or no office keeps it', () => {
  test.each(OWN)('%s', (intro, word, role) => expect(roleOf(word, intro)).toBe(role));
});

describe('the shared office keeps what the text adds after the name', () => {
  test('an origin after the second holder’s name joins the office', () => {
    const intro =
      'Ketua Fraksi Nasdem, Hendra Wiraguna, dan Sekretaris Fraksi, Rina Sulastri asal Kabupaten Cempaka, menolak usulan itu.';
    expect(roleOf('Rina', intro)).toBe('Sekretaris Fraksi Nasdem asal Kabupaten Cempaka');
  });
});
