import { describe, expect, test } from 'vitest';
import { withFeaturesOff } from '../../core/engine/features';
import { lastSpeakerWithRole as lastSpeaker } from './summarize';

// Invented sentences: a person named by a familiar form of address (`Mbok`, `Mak`, `Ma`), which
// the canonical name leaves out as it does an honorific, and a called name that restates the
// name just written alone.
const ADDRESSED: [string, string[], string][] = [
  [
    '`Mak` before a name after a cue',
    [
      'Pemilik rumah itu, Hendra Wijaya, meneruskan usaha ayahnya.',
      '“Saya belajar dari ibu,” tutur Mak Ijah sambil tertawa.',
    ],
    'Ijah',
  ],
  [
    'a surname `Ma` after the given name stays',
    ['“Kami akan berinvestasi,” kata pendiri Alibaba, Jack Ma.'],
    'Jack Ma [pendiri Alibaba]',
  ],
];

const RESTATED: [string, string[], string][] = [
  [
    'a called name restating the lone name of the sentence before',
    [
      'Pemilik rumah itu, Hendra Wijaya, meneruskan usaha ayahnya.',
      'Salah satu penenun yang bertahan adalah Sumiati. Perempuan 70 tahun yang biasa dipanggil Mbok Sumiati itu sudah menenun sejak kecil.',
      '“Saya belajar dari ibu,” tutur Mbok Sumiati sambil tertawa.',
    ],
    'Sumiati',
  ],
  [
    'the same, the quote naming her by the lone name',
    [
      'Pemilik rumah itu, Hendra Wijaya, meneruskan usaha ayahnya.',
      'Penenun yang bertahan adalah Sumiati. Perempuan yang biasa dipanggil Mbok Sumiati itu sudah menenun sejak kecil.',
      '“Saya belajar dari ibu,” tutur Sumiati sambil tertawa.',
    ],
    'Sumiati',
  ],
];

// The restated name is a person of its own, whom the description it closes opens as subject: a
// pronoun or a reported clause after it in that paragraph means them.
const RESTATED_SUBJECT: [string, string[], string][] = [
  [
    'an `ujarnya` after the description',
    [
      'Ketua koperasi, Yosef Manuhutu, mengatakan pesanan gerabah naik.',
      'Pembuat gerabah tertua di desa itu adalah Rukmini. Penjual jamu yang akrab disapa Mak Rukmini itu sudah membentuk tanah liat sejak remaja. “Tangan saya sudah hafal,” ujarnya.',
    ],
    'Rukmini',
  ],
  [
    'a reported clause of the description',
    [
      'Ketua koperasi, Yosef Manuhutu, mengatakan pesanan gerabah naik.',
      'Pembuat gerabah tertua di desa itu adalah Rukmini. Penjual jamu yang biasa disapa Mbok Rukmini itu mengaku pesanan kini datang dari kota.',
    ],
    'Rukmini',
  ],
];

// A nickname with no lone name before it still joins the person mentioned before.
const KEPT: [string, string[], string][] = [
  [
    'a nickname of the person before',
    [
      'Ketua kelompok nelayan, Bambang Sutrisno, menyambut rombongan. Pria yang akrab disapa Ucok itu sudah melaut sejak kecil.',
      '“Ombak sedang tinggi,” kata Ucok.',
    ],
    'Bambang Sutrisno [Ketua kelompok nelayan]',
  ],
];

describe('a familiar form of address is left out of the name; a called name restating a lone name is that person’s', () => {
  test.each([...ADDRESSED, ...RESTATED, ...KEPT])('%s', (_, paragraphs, expected) =>
    expect(lastSpeaker(...paragraphs)).toEqual(expected),
  );

  test('switched off, the called name joins the person mentioned before (cast.nicknameRestatesName)', () => {
    const off = withFeaturesOff(['cast.nicknameRestatesName'], () =>
      RESTATED.map(([, p]) => lastSpeaker(...p)),
    );
    expect(off).toEqual(['Hendra Wijaya [Pemilik rumah itu]', 'Hendra Wijaya [Pemilik rumah itu]']);
  });

  test.each(RESTATED_SUBJECT)('the restated name speaks next: %s', (_, paragraphs, expected) => {
    expect(lastSpeaker(...paragraphs)).toEqual(expected);
    const off = withFeaturesOff(['cast.nicknameRestatesName'], () => lastSpeaker(...paragraphs));
    expect(off).toEqual('Yosef Manuhutu [Ketua koperasi]');
  });
});
