import { describe, expect, test } from 'vitest';
import {
  isGazetteerPlace,
  isGivenName,
  isInnerName,
  isOrgWord,
  withWordLists,
} from '../../core/lexicon/name-words';
import { analyzeBody } from './summarize';

const lists = { places: ['tirtamaya'], first: ['zafrina'], inner: ['kusumo'], orgs: ['sentosa'] };
const none = { places: [], first: [], inner: [], orgs: [] };

describe('word lists swapped in for a measurement (npm run lexicon:holdout)', () => {
  test('answer from the swapped lists inside, from the generated ones after', () => {
    const inside = withWordLists(lists, () => [
      isGazetteerPlace('Tirtamaya'),
      isGivenName('Zafrina'),
      isInnerName('Kusumo'),
      isOrgWord('Sentosa'),
      isGivenName('Budi'),
    ]);
    expect(inside).toEqual([true, true, true, true, false]);
    expect(isGivenName('Budi')).toBe(true);
    expect(isGivenName('Zafrina')).toBe(false);
  });

  test('the name model reads through them', () => {
    const line = '“Kami siap bertanding,” kata pelatih Garuda United Dedi Santoso.';
    const name = () => analyzeBody(line).speakers.map(s => s.name);
    expect(name()).toEqual(['Dedi Santoso']);
    // Without the corpora's organisation words, `United` is read as the name's first word.
    expect(withWordLists(none, name)).toEqual(['United Dedi Santoso']);
  });

  test('the generated lists are back after a throw', () => {
    expect(() =>
      withWordLists(none, () => {
        throw new Error('stop');
      }),
    ).toThrow('stop');
    expect(isGivenName('Budi')).toBe(true);
  });
});
