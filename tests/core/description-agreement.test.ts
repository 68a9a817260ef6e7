import { describe, expect, test } from 'vitest';
import { withFeaturesOff } from '../../core/engine/features';
import {
  agreement,
  describedNames,
  descriptionWords,
} from '../../core/engine/discourse/description-agreement';
import { lastSpeakers } from './summarize';

/**
 * A description pointing back by an office or a trade (`ujar politikus Partai X itu`, `the envoy
 * said`) means the person the article gave that office, not a person of another office spoken of
 * in between, though that one spoke last or was named last.
 */
const CASES: readonly (readonly [string, readonly string[], readonly string[]])[] = [
  [
    'a party politician, after the head of a state company spoke',
    [
      'Anggota DPR dari Fraksi Partai Surya Nusantara Hendro Wijoyo mengkritik rencana kenaikan tarif air.',
      'Menurut dia, kenaikan itu membebani warga kecil.',
      'Direktur Utama PDAM Sukamaju Darma Saputra menyebut tarif belum naik sejak 2017.',
      '“Kami minta kenaikan ditunda sampai ekonomi pulih,” ujar politikus Partai Surya Nusantara itu.',
    ],
    ['Hendro Wijoyo'],
  ],
  [
    'an envoy, after an army chief was named',
    [
      'The UN special envoy for the region, Marta Lindqvist, met army chief General Osman Karimi in Port Selatan on Monday.',
      'Karimi has refused to join the peace talks since March.',
      '"Both sides must return to the table," the envoy said.',
    ],
    ['Marta Lindqvist'],
  ],
  [
    'a party politician who spoke before the head of a state company, who spoke last',
    [
      'Anggota DPRD Sidareja dari Fraksi Partai Surya Nusantara, Hendro Wijoyo, mengkritik rencana kenaikan tarif air.',
      '“Warga belum pulih,” kata Hendro di gedung DPRD.',
      'Direktur Utama PDAM Sidareja, Darma Saputra, menyebut kenaikan itu perlu. “Pipa kami sudah tua,” ujar Darma.',
      '“Kami akan memanggil direksi pekan depan,” ujar politikus Partai Surya Nusantara itu.',
    ],
    ['Hendro Wijoyo'],
  ],
];

describe('a description pointing back agrees with the role of the person it means', () => {
  test.each(CASES)('%s', (_, paragraphs, speakers) => {
    expect(lastSpeakers(...paragraphs)).toEqual(speakers);
  });

  test('switched off, a party named in the description weighs no more than a trade word', () => {
    // The head of the state company goes on speaking after his quote: only the party tells.
    const spokeBefore = [
      'Anggota DPRD Sidareja dari Fraksi Partai Surya Nusantara, Hendro Wijoyo, mengkritik rencana kenaikan tarif air.',
      '“Warga belum pulih,” kata Hendro di gedung DPRD.',
      'Direktur Utama PDAM Sidareja, Darma Saputra, menyebut kenaikan itu perlu. “Pipa kami sudah tua,” ujar Darma.',
      'Darma menambahkan, direksi sudah menghitung ulang biaya. Menurut dia, kenaikan itu hanya Rp 500 per meter kubik.',
      '“Kami akan memanggil direksi pekan depan,” ujar politikus Partai Surya Nusantara itu.',
    ];
    expect(lastSpeakers(...spokeBefore)).toEqual(['Hendro Wijoyo']);
    // The name missing from the others' roles (descriptionNameMissing) tells the same.
    // cast.roleRunBeforeClosedName gives the party to Hendro's role whole, which tells too.
    withFeaturesOff(
      [
        'discourse.descriptionNameAgrees',
        'discourse.descriptionNameMissing',
        'cast.roleRunBeforeClosedName',
      ],
      () => expect(lastSpeakers(...spokeBefore)).not.toEqual(['Hendro Wijoyo']),
    );
  });

  test('switched off, the person last named or heard takes it', () => {
    const [, politician] = CASES[0]!;
    const [, envoy] = CASES[1]!;
    withFeaturesOff(
      [
        'discourse.descriptionAgrees',
        'discourse.descriptionConflicts',
        'discourse.descriptionNameMissing',
      ],
      () => expect(lastSpeakers(...politician)).toEqual(['Darma Saputra']),
    );
    // `envoy` tells an office (DESCRIPTION_FITS), which the army chief does not hold.
    withFeaturesOff(['discourse.descriptionAgrees', 'discourse.descriptionConflicts'], () =>
      expect(lastSpeakers(...envoy)).toEqual(['Osman Karimi']),
    );
  });
});

describe('the words of a description and how they fit a role', () => {
  test.each([
    ['politikus Partai Surya Nusantara itu', ['politikus', 'partai', 'surya', 'nusantara']],
    ['pelatih asal Kroasia tersebut', ['pelatih', 'kroasia']],
    ['the 58-year-old former minister', ['minister']],
    ['sang pengamat', ['pengamat']],
  ])('%s', (text, words) => {
    expect(descriptionWords(text)).toEqual(words);
  });

  test.each([
    [['politikus', 'partai'], [['anggota', 'dpr', 'fraksi', 'partai', 'x']], 'agrees'],
    [['politikus', 'partai'], [['direktur', 'utama', 'pdam']], 'conflicts'],
    // A description by sex or age is about no role: it neither agrees nor conflicts.
    [['pria', 'paruh', 'baya'], [['direktur', 'utama', 'pdam']], null],
    // Nothing known of the person.
    [['politikus'], [], null],
  ] as const)('%j against %j', (words, known, expected) => {
    expect(agreement(words, known)).toBe(expected);
  });

  test.each([
    ['politikus Partai Surya itu', ['surya']],
    ['jaksa KPK tersebut', ['kpk']],
    ['Politikus senior itu', []],
    ['the UN envoy', ['un']],
  ])('the names written in %s', (text, names) => {
    expect(describedNames(text)).toEqual(names);
  });

  test('a shared word the description wrote as a name', () => {
    const words = ['politikus', 'partai', 'surya'];
    expect(
      agreement(words, [['anggota', 'dprd', 'fraksi', 'partai', 'surya']], ['partai', 'surya']),
    ).toBe('names');
    expect(agreement(words, [['ketua', 'partai', 'bulan']], ['partai', 'surya'])).toBe('names');
  });
});
