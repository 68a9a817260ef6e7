import { describe, expect, test } from 'vitest';
import { withFeaturesOff } from '../../core/engine/features';
import { isBrandWord } from '../../core/engine/names/brand-word';
import { speakerRoles } from './summarize';

describe('a camel-case brand is a word shape no person’s name has', () => {
  test.each([
    ['BayarCepat', true],
    ['KirimAja', true],
    ['TokoKitaPlus', true],
    // Names and surname prefixes written with an inner capital.
    ['McKay', false],
    ['MacArthur', false],
    ['DiPasquale', false],
    ['VanDyke', false],
    // Plain capitalised words, acronyms and hyphenated names.
    ['Wicaksono', false],
    ['BPJS', false],
    ['Al-Habsyi', false],
    ['KPKNL', false],
  ])('%s → %s', (w, brand) => expect(isBrandWord(w)).toBe(brand));
});

describe('a brand before a name is the company the role is held at', () => {
  test.each([
    [
      'CEO BayarCepat Rudi Hartanto Lubis mengatakan pihaknya siap mengikuti aturan baru itu.',
      'Rudi Hartanto Lubis',
      'CEO BayarCepat',
    ],
    // One name word after the brand is enough: a brand is never a given name.
    [
      '“Kami siap mengikuti aturan,” kata pendiri KirimAja Sulastri.',
      'Sulastri',
      'pendiri KirimAja',
    ],
    // A company written as one plain word is read as before.
    [
      '“Kami siap mengikuti aturan,” kata CEO Lintasan Rudi Hartanto Lubis.',
      'Rudi Hartanto Lubis',
      'CEO Lintasan',
    ],
  ])('%s', (paragraph, name, role) => expect(speakerRoles(paragraph)).toEqual([[name, role]]));

  test('switched off, the brand is read as the first name word', () => {
    const off = withFeaturesOff(['names.model.brandWord'], () =>
      speakerRoles(
        'CEO BayarCepat Rudi Hartanto Lubis mengatakan pihaknya siap mengikuti aturan baru itu.',
      ),
    );
    expect(off.map(s => s[0])).toEqual(['BayarCepat Rudi Hartanto Lubis']);
  });
});
