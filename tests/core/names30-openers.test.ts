import { describe, expect, test } from 'vitest';
import { withFeaturesOff } from '../../core/engine/features';
import { lastSpeakerWithRole as lastSpeaker } from './summarize';

// Invented sentences: a regional name opener written where the running text's reader starts a
// run (a Banjar `Gusti`, a Balinese article `I`, a Sasak `Lalu` after a role's comma) stays the
// first word of the name a later short mention is joined to. One line each.
const GUSTI: [string, string[], string][] = [
  [
    'Gusti after a preposition, then the given name alone',
    [
      'Gagasan itu datang dari Gusti Arman Saputra, pemuda asal Martapura.',
      'Arman mengatakan, “Kami mulai dari nol.”',
    ],
    'Gusti Arman Saputra',
  ],
  [
    'Gusti opening the sentence, then the given name alone',
    [
      'Gusti Rahmi Maulida membuka warung itu sejak 2019.',
      '“Pembeli datang dari desa sebelah,” kata Rahmi.',
    ],
    'Gusti Rahmi Maulida',
  ],
];

const BALINESE: [string, string[], string][] = [
  [
    'the article opening the sentence, then the surname alone',
    ['I Wayan Sudarsa sudah memahat kayu sejak muda.', '“Saya belajar dari ayah,” kata Sudarsa.'],
    'I Wayan Sudarsa',
  ],
  [
    'the article set off after a description, then the surname alone',
    [
      'Perajin itu, I Made Suartika, menerima pesanan dari Jakarta.',
      '“Pesanan naik,” ujar Suartika.',
    ],
    'I Made Suartika',
  ],
  [
    'the article in an English sentence, then the surname alone',
    ['For 20 years, I Nyoman Suarta has worked at the harbour.', '“I never left,” Suarta said.'],
    'I Nyoman Suarta',
  ],
];

const LALU: [string, string[], string][] = [
  [
    'Lalu set off after an office',
    [
      'Kepala Bidang Pertanian Lombok Tengah, Lalu Ahmad Wirawan, menjelaskan program itu.',
      '“Kami dukung penuh,” ujar Ahmad.',
    ],
    'Lalu Ahmad Wirawan [Kepala Bidang Pertanian Lombok Tengah]',
  ],
  [
    'Lalu set off after an office in a passive cue',
    [
      'Disampaikan oleh Kepala Seksi Dinas Sosial Lombok Barat, Lalu Muhammad Yusuf, bantuan cair pekan depan.',
      '“Kami sudah mendata,” ujar Yusuf.',
    ],
    'Lalu Muhammad Yusuf [Kepala Seksi Dinas Sosial Lombok Barat]',
  ],
];

// `lalu` after a comma in lowercase is the conjunction; first in a sentence it is too.
const KEPT: [string, string[], string][] = [
  [
    'lowercase `lalu` after a comma',
    [
      'Warga berkumpul di balai desa, lalu Budi Santoso datang.',
      '“Kami mulai dari nol,” kata Budi.',
    ],
    'Budi Santoso',
  ],
  [
    'the English pronoun before a verb',
    ['Made Suarta fishes every day. I met him at the harbour.', '“I never left,” Suarta said.'],
    'Made Suarta',
  ],
];

describe('a regional name opener in the running text stays in the name', () => {
  test.each([...GUSTI, ...BALINESE, ...LALU, ...KEPT])('%s', (_, paragraphs, expected) =>
    expect(lastSpeaker(...paragraphs)).toEqual(expected),
  );

  test('switched off, Gusti is read as a neighbour and dropped (names.model.regionalOpeners)', () => {
    // With no role word before it, `Gusti` is also a word the corpora know from people's names.
    const off = withFeaturesOff(
      ['names.model.regionalOpeners', 'names.model.innerNameOpensRun'],
      () => GUSTI.map(([, p]) => lastSpeaker(...p)),
    );
    expect(off).toEqual(['Arman Saputra', 'Rahmi Maulida']);
  });

  test('switched off, the run starts after the article (names.model.balineseArticleOpensRun)', () => {
    const off = withFeaturesOff(['names.model.balineseArticleOpensRun'], () =>
      BALINESE.map(([, p]) => lastSpeaker(...p)),
    );
    expect(off).toEqual(['Wayan Sudarsa', 'Made Suartika', 'Nyoman Suarta']);
  });

  test('switched off, `Lalu` after the comma is the conjunction (names.model.openerAfterComma)', () => {
    const off = withFeaturesOff(['names.model.openerAfterComma'], () =>
      LALU.map(([, p]) => lastSpeaker(...p)),
    );
    expect(off).toEqual([
      'Ahmad Wirawan [Kepala Bidang Pertanian Lombok Tengah]',
      'Muhammad Yusuf [Kepala Seksi Dinas Sosial Lombok Barat]',
    ]);
  });
});
