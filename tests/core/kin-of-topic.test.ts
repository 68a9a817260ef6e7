import { describe, expect, test } from 'vitest';
import { withFeaturesOff, type FeatureName } from '../../core/engine/features';
import { analyzeBody } from './summarize';

/** The speakers of every direct quote, in order, each joined with ` + `. */
const speakersOf = (...paragraphs: string[]) =>
  analyzeBody(...paragraphs)
    .quotes.filter(q => q.type === 'direct')
    .map(q => q.speakers.join(' + '));

// Invented sentences: kin set off after a noun owned by `-nya` (`Istrinya, X,`) is a person, the
// relative of the one the story is about; `sang` + a kin noun at a cue means them, and a `-nya`
// after them doing something other than reporting still means the one the story is about.
const MECHANIC = [
  'Tumiran Sukardi, montir di bengkel itu, sudah sepekan sepi order.',
  '“Banyak pelanggan menunda servis,” kata Tumiran.',
];
const ROWS: [string, string[], string[], FeatureName[]][] = [
  [
    '`sang istri` after the wife is set off',
    [
      ...MECHANIC,
      'Istrinya, Jumirah, membuka warung kopi di depan bengkel.',
      '“Warung juga ikut lengang,” kata sang istri sambil merapikan gelas.',
    ],
    ['Tumiran Sukardi', 'Jumirah'],
    ['cast.possessedKin'],
  ],
  [
    '`sang istri` right after the husband is presented',
    [
      'Tumiran Sukardi (58), montir di bengkel itu, sudah sepekan sepi order. Istrinya, Jumirah, membuka warung kopi di depan bengkel.',
      '“Warung juga ikut lengang,” kata sang istri sambil merapikan gelas.',
    ],
    ['Jumirah'],
    ['cast.possessedKin', 'discourse.relationKnown'],
  ],
  [
    '`ujarnya` after the husband is narrated',
    [
      'Di ruang tunggu puskesmas, Kasinah (47) sudah dua jam menunggu giliran. Suaminya, Rudianto, masih bekerja di sawah.',
      '“Antreannya panjang sekali hari ini,” ujarnya.',
    ],
    ['Kasinah'],
    ['discourse.kinLeadNoSource'],
  ],
  [
    'a role owned by `-nya`, then `sang kakek` with a manner after it',
    [
      'Truk tua itu diparkir di depan gudang. Pemiliknya, Karyadi, sedang mengganti ban. Pria berusia 72 tahun itu masih menyetir sendiri.',
      '“Truk ini lebih tua dari cucu saya,” kata sang kakek dengan suara serak.',
    ],
    ['Karyadi'],
    ['cast.possessedKin'],
  ],
];

describe('kin set off after an owned kin noun is a person, but not the topic (cast.possessedKin and its companions)', () => {
  test.each(ROWS)('%s', (_, paragraphs, expected) =>
    expect(speakersOf(...paragraphs)).toEqual(expected),
  );

  test.each(
    ROWS.flatMap(([name, paragraphs, expected, switches]) =>
      switches.map(f => [name, f, paragraphs, expected] as const),
    ),
  )('%s: switched off without %s, another speaker', (_, feature, paragraphs, expected) => {
    const off = withFeaturesOff([feature], () => speakersOf(...paragraphs));
    expect(off).not.toEqual(expected);
  });

  test('`sang` with a kin noun is the mention at the cue; switched off, none is read', () => {
    const [, paragraphs] = ROWS[0]!;
    const mentions = () => analyzeBody(...paragraphs).quotes.map(q => q.mention);
    expect(mentions()).toContain('sang istri');
    expect(withFeaturesOff(['names.sangPersonNoun'], mentions)).not.toContain('sang istri');
  });

  test('a kin noun with a role after `sang` stays a role’s holder', () =>
    expect(
      speakersOf(
        'Pelatih Persada, Kasino Wiryanto, kecewa dengan hasil laga.',
        '“Kami kalah di lini tengah,” kata sang pelatih.',
      ),
    ).toEqual(['Kasino Wiryanto']));
});
