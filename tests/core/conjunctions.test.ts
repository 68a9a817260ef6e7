import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { CORE, tsFilesUnder } from './core-files';
import { LIST_ANDS, MAUPUN, ORS, PLAIN_ANDS, SERTA } from '../../core/lexicon/conjunctions';

// The joining words are listed once, in core/lexicon/conjunctions.ts: a reader builds its set from
// there, so none writes one of the words that only joining lists hold as a literal of its own.

const OWN = path.join(CORE, 'lexicon', 'conjunctions.ts');

describe('core/lexicon/conjunctions: one list of joining words', () => {
  // Quoted as a string literal (a comment's backquotes are prose).
  test.each([SERTA, MAUPUN, ...ORS])('no engine or lexicon file but it quotes `%s`', word => {
    const quoting = [
      ...tsFilesUnder(path.join(CORE, 'engine')),
      ...tsFilesUnder(path.join(CORE, 'lexicon')),
    ]
      .filter(f => f !== OWN)
      .filter(f => new RegExp(`['"]${word}['"]`, 'u').test(readFileSync(f, 'utf8')))
      .map(f => path.relative(CORE, f));
    expect(quoting).toEqual([]);
  });

  test('a list joins with every plain "and", and with `serta`', () => {
    expect(LIST_ANDS).toEqual([...PLAIN_ANDS, SERTA]);
  });
});
