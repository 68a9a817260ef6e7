import { describe, expect, test } from 'vitest';
import { withFeaturesOff } from '../../core/engine/features';
import { indirectQuotes } from './summarize';

/**
 * A contrast opening a clause after a comma (`…, tetapi hingga kini belum terealisasi`) is the
 * writer's: a noun object of the cue before it (`menjanjikan tambahan kader`) reports nothing
 * (`reported.contrastEndsObject`), while a clause before it is still reported whole.
 */
describe('a contrast after a comma ends a cue’s noun object', () => {
  const promise =
    'Camat Mekarsari, Hendro Siswanto, sempat menjanjikan tambahan petugas dari kelurahan, tetapi hingga kini belum terealisasi.';
  test.each([
    [promise, []],
    [
      'Lurah Mekarsari, Hendro Siswanto, menjanjikan perbaikan saluran air, namun warga masih menunggu.',
      [],
    ],
    [
      'Camat Mekarsari, Hendro Siswanto, mengatakan harga beras naik, tetapi stok masih aman.',
      ['harga beras naik, tetapi stok masih aman → Hendro Siswanto'],
    ],
  ])('%s', (paragraph, expected) => {
    expect(indirectQuotes(paragraph)).toEqual(expected);
  });

  test('switched off, the promise and the writer’s clause read as a statement', () => {
    expect(
      withFeaturesOff(['reported.contrastEndsObject'], () => indirectQuotes(promise)),
    ).not.toEqual([]);
  });
});
