import { describe, expect, test } from 'vitest';
import {
  joinsBySetOffRole,
  joinsPair,
  withoutAsides,
} from '../../core/engine/discourse/joined-pair';
import { withFeaturesOff } from '../../core/engine/features';
import { analyzeBody } from './summarize';

/** The speakers of the last quote of the invented paragraphs. */
const lastSpeakers = (...paragraphs: string[]): string[] => {
  const { quotes } = analyzeBody(...paragraphs);
  return quotes[quotes.length - 1]!.speakers;
};

describe('the text between two names that makes them one subject', () => {
  test.each([
    ['/', true],
    [' (56 tahun) dan adiknya, ', true],
    [' dan rekannya, ', true],
    [' (41) serta ', true],
    [' and member ', true],
    [' and fellow member ', true],
    // A clause between them: the second is somebody the first acts on or talks to.
    [' mengatakan kepada ', false],
    [' menelepon kakaknya, ', false],
    [' dan kemudian menemui para warga di ', false],
    [' told reporters that ', false],
    // A sentence ends between them, or a capitalised word stands there.
    ['. Sementara itu, ', false],
    [' dan Ketua RT ', false],
    // Two joins are a list the cast reads, not a pair.
    [' dan adiknya, dan ', false],
  ])('%j → %s', (gap, joins) => {
    expect(joinsPair(gap)).toBe(joins);
  });
});

describe('a role naming its unit, with the second name set off by commas', () => {
  test.each([
    [' dan anggota Fraksi PKB, ', true],
    [' dan wakil ketua Koperasi Tani Makmur, ', true],
    [' and member Green Party, ', true],
    // No role word: the unit itself is listed (`A dan Fraksi X, B`), or a list goes on.
    [' dan Fraksi PKB, ', false],
    [' dan anggota Fraksi PKB ', false],
    [' dan anggota Fraksi PKB, Rina, dan ', false],
    // A verb and its object between them, or a sentence end.
    [' menemui anggota Fraksi PKB, ', false],
    ['. Anggota Fraksi PKB, ', false],
  ])('%j → %s', (gap, joins) => {
    expect(joinsBySetOffRole(gap)).toBe(joins);
  });
});

describe('withoutAsides reads as the bracket regex it replaces', () => {
  const regex = (s: string) => s.replace(/\([^()]*\)/gu, ' ');
  test.each([
    ' (56 tahun) dan adiknya, ',
    ' (41) serta (39) ',
    ' ((dua) dan ',
    ' (a(b)c) ',
    ' ) dan ( ',
    '',
  ])('%j', gap => {
    expect(withoutAsides(gap)).toBe(regex(gap));
  });

  test('on fuzzed strings of brackets, letters and spaces', () => {
    const alphabet = ['(', ')', 'a', ' ', 'é', ',', '\u{1f600}'];
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648);
    for (let n = 0; n < 3000; n++) {
      let s = '';
      for (let k = next() % 12; k > 0; k--) s += alphabet[next() % alphabet.length];
      expect(withoutAsides(s)).toBe(regex(s));
    }
  });
});

describe('`mereka`/`keduanya`/`they` means two people named side by side', () => {
  const NEWS =
    'Kepala Dinas Perikanan Kota Baru Sugeng Haryadi mengatakan pelabuhan ditutup sementara.';
  test.each([
    // A doubles pair written with a slash, who then each spoke.
    [
      [
        'Ganda campuran Andika Pratama/Rosa Melati menjuarai turnamen di Palu setelah menundukkan pasangan tuan rumah, Yoga Sukma/Wulan Sari.',
        'Andika mengatakan, kuncinya ada di servis pendek. “Kami tidak buru-buru,” ujarnya.',
        '“Servis kami lebih rapi hari ini,” kata Rosa.',
        '“Gelar ini untuk pelatih kami,” ujar mereka.',
      ],
      ['Andika Pratama', 'Rosa Melati'],
    ],
    // An age and a relation between the two names, and the pair speaks as `mereka`.
    [
      [
        NEWS,
        'Di pos ronda, Darto (56 tahun) dan adiknya, Lukas (49), berjaga semalaman.',
        '“Perahu kami sudah diikat di darat,” kata Darto.',
        'Lukas menuturkan, air naik sejak magrib. “Kami tidak sempat menyelamatkan jaring,” ujarnya.',
        '“Tanggulnya harus ditinggikan,” ujar mereka.',
      ],
      ['Darto', 'Lukas'],
    ],
    [
      [
        NEWS,
        'Di pos ronda, Darto Wiyono (56 tahun) dan adiknya, Lukas Wiyono (49), berjaga semalaman. Keduanya mengaku belum tidur sejak Jumat.',
        '“Perahu kami sudah diikat di darat,” ujar mereka.',
      ],
      ['Darto Wiyono', 'Lukas Wiyono'],
    ],
    // English: a role before the second name.
    [
      [
        'Committee chair Anna Brook and member Tom Hale, from rival parties, visited the flooded district on Monday.',
        '“The pumps must run day and night,” they said in a joint statement.',
      ],
      ['Anna Brook', 'Tom Hale'],
    ],
  ])('%#', (paragraphs, speakers) => {
    expect(lastSpeakers(...paragraphs)).toEqual(speakers);
  });

  test('a cue whose subject is the pair is both people’s statement, and `mereka` then theirs', () => {
    const paragraphs = [
      NEWS,
      'Wakil Ketua DPRD Andi Wijaya dan anggota Fraksi PKB, Rina Kartika, menyebut dokumen itu belum diserahkan.',
      '“Kami sudah bersurat dua kali,” ujar mereka.',
    ];
    const { quotes } = analyzeBody(...paragraphs);
    expect(quotes.map(q => q.speakers)).toEqual([
      ['Sugeng Haryadi'],
      ['Andi Wijaya', 'Rina Kartika'],
      ['Andi Wijaya', 'Rina Kartika'],
    ]);
    const off = withFeaturesOff(['discourse.pairAtCue', 'discourse.setOffRolePair'], () =>
      analyzeBody(...paragraphs),
    );
    expect(off.quotes[1]!.speakers).toEqual(['Rina Kartika']);
  });

  test('a cue after the pair’s second name alone, in a later sentence, is that person’s', () => {
    expect(
      lastSpeakers(
        NEWS,
        'Committee chair Anna Brook and member Tom Hale visited the flooded district on Monday. Tom Hale said the pumps had failed.',
      ),
    ).toEqual(['Tom Hale']);
  });

  test('a singular pronoun after the pair still means one of them', () => {
    expect(
      lastSpeakers(
        NEWS,
        'Di pos ronda, Darto (56 tahun) dan adiknya, Lukas (49), berjaga semalaman.',
        '“Perahu kami sudah diikat di darat,” kata Darto.',
        '“Airnya naik cepat sekali,” ujarnya.',
      ),
    ).toEqual(['Darto']);
  });

  test('a clause between two names joins nobody', () => {
    expect(
      lastSpeakers(
        'Warga Desa Rawa Kidul mengungsi ke balai desa.',
        'Darto Wiyono menelepon kakaknya, Lukas Pangaribuan, sebelum air naik.',
        '“Kami belum tahu kapan pulang,” ujar mereka.',
      ),
    ).not.toEqual(['Darto Wiyono', 'Lukas Pangaribuan']);
  });

  test('switched off, the slash pair is no candidate', () => {
    const paragraphs = [
      NEWS,
      'Ganda putra Bima Satria/Galih Perkasa menjuarai turnamen itu.',
      '“Gelar ini untuk pelatih kami,” ujar mereka.',
    ];
    expect(lastSpeakers(...paragraphs)).toEqual(['Bima Satria', 'Galih Perkasa']);
    expect(
      withFeaturesOff(['discourse.joinedPair'], () => lastSpeakers(...paragraphs)),
    ).not.toEqual(['Bima Satria', 'Galih Perkasa']);
  });
});

// discourse.pronounPair: `Ia dan X` opening a sentence pairs X with the person the pronoun means,
// the last person named before it in the paragraph.
describe('a pronoun joined to a name is a pair (discourse.pronounPair)', () => {
  const story = [
    'Korban lain, Wartinah Sekarwangi (52), pedagang kain, menyebut kerugiannya Rp 40 juta. “Saya malu pada keluarga,” kata Wartinah.',
    'Korban lain, Sumilah Kartinah (48), tiba sambil menggendong cucunya. Ia dan Wartinah ikut menunggu kabar dari penyidik.',
    '“Kami hanya ingin uang kami kembali,” kata mereka.',
  ];
  test('`mereka` means both', () => {
    expect(lastSpeakers(...story)).toEqual(['Sumilah Kartinah', 'Wartinah Sekarwangi']);
  });
  test('the pronoun means the subject, not the person it acted on', () => {
    const acted = [
      story[0]!,
      'Korban lain, Sumilah Kartinah (48), mengaku ditipu oleh Darmaji Kusuma. Ia dan Wartinah ikut menunggu kabar dari penyidik.',
      story[2]!,
    ];
    expect(lastSpeakers(...acted)).toEqual(['Sumilah Kartinah', 'Wartinah Sekarwangi']);
  });
  test('switched off, not both', () => {
    expect(withFeaturesOff(['discourse.pronounPair'], () => lastSpeakers(...story))).not.toEqual([
      'Sumilah Kartinah',
      'Wartinah Sekarwangi',
    ]);
  });
});
