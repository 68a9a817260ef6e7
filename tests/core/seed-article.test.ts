import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { analyzeParagraphs, analyzeText, emptyArticleInfo } from '../../core/analyze';
import { summarize } from './summarize';

const dir = join(__dirname, '..', 'fixtures');
const text = readFileSync(join(dir, 'seed-article.txt'), 'utf8');
const expected = JSON.parse(readFileSync(join(dir, 'seed-article.expected.json'), 'utf8'));

describe('core/analyze on the seed article', () => {
  test('matches the expected summary', () => {
    expect(summarize(analyzeText(text))).toEqual(expected);
  });

  test('every span slices to its quote text', () => {
    const lines = text.split(/\r?\n/u);
    const { result, spans } = analyzeText(text);
    expect(result.quotes.length).toBeGreaterThan(0);
    for (const q of result.quotes) {
      const s = spans[q.id]!;
      expect(s.paragraph).toBe(q.paragraph);
      expect(lines[s.paragraph]!.slice(s.start, s.end)).toBe(q.text);
    }
  });

  test('never mutates its input', () => {
    const lines = Object.freeze(text.split('\n'));
    const info = Object.freeze(emptyArticleInfo());
    expect(() => analyzeParagraphs(lines, info)).not.toThrow();
    expect(lines.join('\n')).toBe(text);
  });

  test('is deterministic', () => {
    expect(analyzeText(text)).toEqual(analyzeText(text));
  });

  test('ignores clutter and the photo caption', () => {
    const { result } = analyzeText(text);
    const paragraphs = new Set(result.quotes.map(q => q.paragraph));
    const lines = text.split('\n');
    for (const p of paragraphs)
      expect(lines[p]).not.toMatch(/^(Advertisement|Baca Juga|Berita Lainnya|Foto:)/u);
    expect(
      result.quotes.every(q => q.paragraph > lines.findIndex(l => l.startsWith('REPUBLIKA')) - 1),
    ).toBe(true);
  });
});
