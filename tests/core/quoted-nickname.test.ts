import { describe, expect, test } from 'vitest';
import { withFeaturesOff } from '../../core/engine/features';
import { analyzeBody } from './summarize';

/** Each quote as `type: speakers`, then each speaker's name and aliases. */
const read = (...paragraphs: string[]) => {
  const a = analyzeBody(...paragraphs);
  return {
    quotes: a.quotes.map(q => `${q.type}: ${q.speakers.join(' + ')}`),
    names: a.speakers.map(s => [s.name, ...s.aliases].join(' / ')),
  };
};

const CASES: [string, string[], string[], string][] = [
  [
    'curly marks in an appositive, the person later called by the given name',
    [
      'Ketua paguyuban nelayan, Budi “Gendut” Santoso, menilai tempat pelelangan baru itu terlalu sempit.',
      '“Kami keberatan,” ujar Budi.',
    ],
    ['indirect: Budi Santoso', 'direct: Budi Santoso'],
    'Budi Santoso / Gendut / Budi',
  ],
  [
    'straight marks after a role, the person later called by the surname',
    [
      'Pelatih tim voli putri Ternate, Yusran "Jangkung" Lamasi, mengatakan timnya siap tampil di final.',
      '"Mental pemain sudah matang," kata Lamasi.',
    ],
    ['indirect: Yusran Lamasi', 'direct: Yusran Lamasi'],
    'Yusran Lamasi / Jangkung / Lamasi',
  ],
  [
    'a two-word nickname, the person quoted before the cue',
    ['Tokoh pemuda Ambon, Ferry “Bung Besar” Latuheru mengatakan, “Kami jaga kampung bersama.”'],
    ['direct: Ferry Latuheru'],
    'Ferry Latuheru / Bung Besar',
  ],
];

describe('a nickname in quotation marks inside a name is its alias, not a quote', () => {
  test.each(CASES)('%s', (_, paragraphs, quotes, names) => {
    const r = read(...paragraphs);
    expect(r.quotes).toEqual(quotes);
    expect(r.names).toEqual([names]);
  });

  test.each([
    [
      'a scare-quoted word after a lowercase word',
      'Warga menyebut jalan itu “Tanjakan Maut” sejak lama, kata Rudi.',
    ],
    [
      'a quoted word the text glues to the name',
      'Rudi“Gendut” Santoso mengatakan jalan itu rusak.',
    ],
  ])('%s stays as read before', (_, paragraph) =>
    expect(read(paragraph)).toEqual(
      withFeaturesOff(['names.quotedNickname'], () => read(paragraph)),
    ),
  );

  test('switched off, the nickname is a quote and the name is cut at it', () => {
    const off = withFeaturesOff(['names.quotedNickname'], () =>
      CASES.map(([, paragraphs]) => read(...paragraphs).quotes),
    );
    expect(off).not.toEqual(CASES.map(([, , quotes]) => quotes));
  });
});
