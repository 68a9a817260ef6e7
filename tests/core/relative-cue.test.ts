import { describe, expect, test } from 'vitest';
import { analyzeBody } from './summarize';
import { withFeaturesOff } from '../../core/engine/features';

/** Each reported quote's speakers, in order. */
const speakersOf = (...paragraphs: string[]) =>
  analyzeBody(...paragraphs).quotes.map(q => q.speakers);

/** Enough running English around `line` for the engine to read the article as English. */
const english = (line: string) => [
  'Rice farmers in the valley have lost most of this year’s crop after weeks of rain flooded their fields.',
  line,
  'The provincial government has promised seeds and fertiliser before the next planting season.',
];

// reported.relativeCue: a relative clause opened by the cue is its named antecedent's statement.
describe('a relative clause opened by a reporting cue reports the named person before it', () => {
  test.each([
    [
      'Rencana itu dikritik ekonom Lembaga Kajian Niaga Rina Hadiningsih, yang menilai impor masih diperlukan.',
      'Rina Hadiningsih',
    ],
    [
      'Usulan itu ditolak Ketua Komisi Pangan Bambang Suryadi, yang menyebut anggarannya belum tersedia.',
      'Bambang Suryadi',
    ],
    [
      'Keputusan itu disambut oleh Dewi Prameswari, yang mengatakan petani sudah lama menunggu.',
      'Dewi Prameswari',
    ],
  ])('%s', (line, name) => {
    expect(speakersOf(line)).toEqual([[name]]);
    expect(withFeaturesOff(['reported.relativeCue'], () => speakersOf(line))).toEqual([]);
  });

  test.each([
    [
      'The plan was criticised by economist Maria Hadiwijaya, who said imports would still be needed.',
      'Maria Hadiwijaya',
    ],
    [
      'The decision was welcomed by Ahmad Rifandi, the head of the farmers’ union, who said prices would rise.',
      'Ahmad Rifandi',
    ],
  ])('%s', (line, name) => {
    const said = speakersOf(...english(line));
    expect(said).toEqual([[name]]);
    expect(withFeaturesOff(['reported.relativeCue'], () => speakersOf(...english(line)))).toEqual(
      [],
    );
  });

  // Nobody named before `yang`, or a place after a preposition: no speaker is made up.
  test.each([
    'Ada juga warga yang mengatakan banjir datang tengah malam.',
    'Dokumen yang menyebut anggaran itu belum diterima dewan.',
    'Polisi menangkap Rudi Harsono, yang mengaku sebagai petugas pajak, di Cibening.',
    'Hakim Dewi Prameswari yang menyatakan terdakwa bersalah langsung meninggalkan ruang sidang.',
  ])('%s', line => expect(speakersOf(line).flat()).toEqual([]));

  test('a place before `who` is no speaker', () =>
    expect(
      speakersOf(
        ...english('A guard from Cibening, who said nobody was hurt, left the site.'),
      ).flat(),
    ).not.toContain('Cibening'));
});
