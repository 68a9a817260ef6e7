import { describe, expect, test } from 'vitest';
import { SPLIT_LIMITS, splitsWrite } from '../../entrypoints/article.content/write-split';

describe('entrypoints/article.content/write-split splitsWrite', () => {
  const limits = { paragraphs: 10, marks: 5 };
  test.each([
    { paragraphs: 0, marks: 0, split: false },
    { paragraphs: 10, marks: 5, split: false },
    { paragraphs: 11, marks: 0, split: true },
    { paragraphs: 0, marks: 6, split: true },
    { paragraphs: 11, marks: 6, split: true },
  ])('$paragraphs paragraphs, $marks marks: split $split', ({ paragraphs, marks, split }) => {
    expect(splitsWrite({ paragraphs, marks }, limits)).toBe(split);
  });

  test('by default an ordinary article is one write and a 2,600-paragraph page is split', () => {
    expect(splitsWrite({ paragraphs: 40, marks: 12 })).toBe(false);
    expect(splitsWrite({ paragraphs: 2600, marks: 650 })).toBe(true);
    expect(splitsWrite({ paragraphs: SPLIT_LIMITS.paragraphs + 1, marks: 0 })).toBe(true);
  });
});
