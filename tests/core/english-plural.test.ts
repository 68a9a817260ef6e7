import { describe, expect, test } from 'vitest';
import { endsInPluralS, englishSingular } from '../../core/engine/names/english-plural';

describe('englishSingular: the singular of a plural by its ending', () => {
  test.each([
    ['officials', 'official'],
    ['residents', 'resident'],
    ['fishermen', 'fisherman'],
    ['businesswomen', 'businesswoman'],
    ['press', null],
    ['chief', null],
    ['fisherman', null],
  ])('%s → %s', (word, one) => {
    expect(englishSingular(word)).toBe(one);
  });
});

describe('endsInPluralS: the regular `-s` ending, not `-ss`', () => {
  test.each([
    ['farmers', true],
    ['volunteers', true],
    ['press', false],
    ['witness', false],
    ['fishermen', false],
    ['coach', false],
  ])('%s: %s', (word, plural) => {
    expect(endsInPluralS(word)).toBe(plural);
  });
});
