import { describe, expect, test } from 'vitest';
import { withFeaturesOff } from '../../core/engine/features';
import { sentences } from '../../core/engine/text/text';
import { analyzeBody } from './summarize';

/** The name and role of the speaker whose name holds `word`, read from invented paragraphs. */
function speaker(word: string, ...paragraphs: string[]) {
  const found = analyzeBody(...paragraphs).speakers.find(s => s.name.split(' ').includes(word));
  return found ? { name: found.name, role: found.role } : null;
}

/** [the sentence that introduces the officer, the word a quote names them by, name, role]. */
const ROWS: readonly (readonly [intro: string, word: string, name: string, role: string])[] = [
  [
    'Direktur Reserse Kriminal Umum Polda Tanjung Raya Kombes Pol. Rudi Hartawiryo mengatakan pelaku sudah ditahan.',
    'Rudi',
    'Rudi Hartawiryo',
    'Direktur Reserse Kriminal Umum Polda Tanjung Raya Kombes Pol',
  ],
  [
    'Komandan Kodim 0999 Cempaka Letkol Inf. Budi Santosa mengatakan jembatan darurat selesai dibangun.',
    'Budi',
    'Budi Santosa',
    'Komandan Kodim 0999 Cempaka Letkol Inf',
  ],
  [
    'Kapolres Bukit Lestari AKBP Pol. Dedi Kusuma di Bukit Lestari, Senin, mengatakan jalur itu rawan.',
    'Dedi',
    'Dedi Kusuma',
    'Kapolres Bukit Lestari AKBP Pol',
  ],
];

describe('a rank written short with a dot goes on to the name, and the role before keeps it', () => {
  test.each(ROWS)('%s', (intro, word, name, role) => {
    const said = `“Kami tidak akan berhenti,” kata ${word}.`;
    expect(speaker(word, intro, said)).toEqual({ name, role });
  });
  test('switched off, the dot cut the run and none of them had that role', () => {
    for (const [intro, word, , role] of ROWS) {
      const said = `“Kami tidak akan berhenti,” kata ${word}.`;
      const off = withFeaturesOff(['names.dottedRankInRun'], () => speaker(word, intro, said));
      expect(off?.role ?? null).not.toEqual(role);
    }
  });
});

describe('a full rank before a dot ends its sentence: the next name takes no rank from it', () => {
  test.each([
    [
      'Ayahnya pensiun sebagai Mayor. Tirta Wiranegara mengatakan ayahnya dimakamkan di taman makam pahlawan.',
      'Mayor',
    ],
    [
      'Andi Wijaya kini berpangkat Kolonel. Tirta Wiranegara, kakaknya, mengatakan keluarga sudah lama menunggu kabar itu.',
      'Kolonel',
    ],
    [
      'Gelar itu diberikan kepada seorang Jenderal. Tirta Wiranegara mengatakan gelar itu pantas.',
      'Jenderal',
    ],
  ])('%s', (line, rank) => {
    const found = speaker('Tirta', line);
    expect(found?.name).toBe('Tirta Wiranegara');
    expect(found?.role ?? '').not.toContain(rank);
  });
});

/** [a sentence naming an officer by a rank written short with a dot, their name, their role]. */
const MENURUT: readonly (readonly [line: string, name: string, role: string])[] = [
  [
    'Menurut Dandim 0999 Cempaka Letkol Inf. Budi Santosa, jembatan darurat itu selesai dibangun.',
    'Budi Santosa',
    'Dandim 0999 Cempaka Letkol Inf',
  ],
  [
    'Menurut Komandan Lanud Tanjung Raya Kolonel Pnb. Rina Kartika, latihan itu berjalan lancar.',
    'Rina Kartika',
    'Komandan Lanud Tanjung Raya Kolonel Pnb',
  ],
  [
    'Menurut Danrem 099 Kol. Inf. Dedi Kusuma, pasukan sudah tiba di lokasi bencana.',
    'Dedi Kusuma',
    'Danrem 099 Kol Inf',
  ],
  [
    'Menurut Komandan Batalyon Mayor Cpm. Andi Wijaya, dua anggotanya sedang diperiksa.',
    'Andi Wijaya',
    'Komandan Batalyon Mayor Cpm',
  ],
];

describe('a rank written short with a dot ends no sentence (one list with the run reader)', () => {
  test.each(MENURUT)('%s', (line, name, role) => {
    expect(sentences(line)).toHaveLength(1);
    const { quotes, speakers } = analyzeBody(line);
    expect(quotes.map(q => q.speakers)).toEqual([[name]]);
    expect(speakers.find(s => s.name === name)?.role).toBe(role);
  });
  test('a rank written in full or as one word before a dot still ends its sentence', () => {
    expect(sentences('Ia pensiun sebagai Kolonel. Budi Santosa lalu pulang.')).toHaveLength(2);
    expect(sentences('Ia kini berpangkat Brigjen. Budi Santosa lalu pulang.')).toHaveLength(2);
  });
});
