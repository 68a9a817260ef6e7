import { describe, expect, test } from 'vitest';
import { extraSets } from '../../scripts/eval/extra-sets';

describe('extraSets: the study folders a script may read, by explicit ids', () => {
  test.each([
    ['/sets/a:201-203', ['201', '202', '203']],
    // Held-out sets written since session 30 number their articles from 1001.
    ['/sets/b:1071-1073', ['1071', '1072', '1073']],
    ['/sets/c:998-1001', ['998', '999', '1000', '1001']],
  ])('%s', (arg, ids) => {
    expect(extraSets(['--set', arg])).toEqual([{ dir: arg.split(':')[0], ids }]);
  });

  test.each([['/sets/a:1-3'], ['/sets/a:10000-10001'], ['/sets/a'], ['/sets/a:201']])(
    'refuses the malformed %s',
    arg => {
      expect(() => extraSets(['--set', arg])).toThrow(/--set wants DIR:FROM-TO/u);
    },
  );

  test('refuses a blind id inside a range', () => {
    expect(() => extraSets(['--set', '/sets/a:109-112'])).toThrow(/id 111 is blind/u);
  });
});
