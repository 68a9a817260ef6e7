import { describe, expect, test } from 'vitest';
import { CastBuilder } from '../../core/engine/cast/cast-builder';
import { pos } from '../../core/engine/cast/entity';
import type { ArticleEvidence } from '../../core/engine/names/name-model';
import { analyzeBody } from './summarize';

/** The speakers of each quote in an invented article, in order. */
const speakersOf = (...paragraphs: string[]) =>
  analyzeBody(...paragraphs).quotes.map(q => q.speakers.join(' + '));

describe('a misspelt name word is the one person it is close to', () => {
  test.each([
    // Two letters apart, same length, a word no lexicon knows: the article's typo.
    [
      [
        'Direktur Utama PT Sinar Laut Hendra Gunadi mengatakan kapal baru tiba pekan depan.',
        '“Kami sudah siap berlayar,” kata Hendri.',
      ],
      ['Hendra Gunadi', 'Hendra Gunadi'],
    ],
    [
      [
        'Ketua Koperasi Tani Makmur Sulastri Wardhani menilai harga pupuk terlalu tinggi.',
        '“Petani tidak sanggup membeli,” ujar Wardhana.',
      ],
      ['Sulastri Wardhani', 'Sulastri Wardhani'],
    ],
  ])('%j', (paragraphs, speakers) => expect(speakersOf(...paragraphs)).toEqual(speakers));

  test.each([
    // A known given name is another person, not a misspelling.
    [
      [
        'Ketua RT Hendro Wibisono mengatakan jalan itu rusak sejak tahun lalu.',
        '“Kami sudah melapor,” kata Hendra.',
      ],
      ['Hendro Wibisono', 'Hendra'],
    ],
  ])('not: %j', (paragraphs, speakers) => expect(speakersOf(...paragraphs)).toEqual(speakers));
});

describe('the cast matches a misspelling only with the article’s evidence', () => {
  const cast = (evidence: ArticleEvidence) => {
    const c = new CastBuilder(evidence);
    c.register({ name: 'Rudi Hardja', role: 'Pengamat', kind: 'person', alias: null }, pos(0, 0));
    return c;
  };
  const alone = (words: string[], lowercase: string[] = []): ArticleEvidence =>
    Object.assign(new Set(words), { writesLowercase: (w: string) => lowercase.includes(w) });

  test.each([
    // Used alone for a speaker, unknown to every lexicon, never written in lowercase: a typo.
    ['Hardjo', alone(['Hardjo']), 'Rudi Hardja'],
    // Never used alone for a speaker (`Harga …` opening a sentence): no evidence it is a name.
    ['Harga', alone([]), null],
    // Written in lowercase elsewhere in the article: the common noun.
    ['Harga', alone(['Harga'], ['harga']), null],
  ])('%s', (word, evidence, name) => expect(cast(evidence).find(word)?.name ?? null).toBe(name));
});
