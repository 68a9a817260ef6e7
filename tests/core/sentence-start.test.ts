import { describe, expect, test } from 'vitest';
import { tokenize } from '../../core/engine/text/text';
import { endsSentence, LEAD_ENDS, opensSentence } from '../../core/engine/text/sentence-start';

/** The index of the first token `word` in `line`'s tokens. */
const at = (line: string, word: string): number => tokenize(line).findIndex(t => t.text === word);

describe('opensSentence: does the word a rule stopped at open its sentence', () => {
  test.each([
    ['Ditegaskannya, “Kami siap.”', 'Ditegaskannya', true],
    ['Rapat selesai. Menurut Budi, jalan itu rusak.', 'Menurut', true],
    ['Rapat selesai! Menurut Budi, jalan itu rusak.', 'Menurut', true],
    ['“Kami siap,” katanya. Menurut Budi, jalan itu rusak.', 'Menurut', true],
    ['“Jalan itu rusak.” Menurut Budi, warga sudah melapor.', 'Menurut', true],
    ['"Jalan itu rusak." Menurut Budi, warga sudah melapor.', 'Menurut', true],
    ['Warga, menurut Budi, sudah melapor.', 'menurut', false],
    // A dateline's dash is left to LEAD_ENDS.
    ['SURABAYA — Menurut Budi, jalan itu rusak.', 'Menurut', false],
  ])('%s: `%s` opens it: %s', (line, word, opens) => {
    expect(opensSentence(tokenize(line), at(line, word))).toBe(opens);
  });
});

describe('opensSentence with LEAD_ENDS: a dateline’s dash ends the lead, a quotation mark does not', () => {
  test.each([
    ['SURABAYA — Menurut Budi, jalan itu rusak.', 'Menurut', true],
    ['Menurut Budi, jalan itu rusak.', 'Menurut', true],
    ['Rapat selesai. Menurut Budi, jalan itu rusak.', 'Menurut', true],
    // `--` is two `-` tokens, so a double hyphen ends nothing.
    ['SURABAYA -- Menurut Budi, jalan itu rusak.', 'Menurut', false],
    ['“Jalan itu rusak.” Menurut Budi, warga sudah melapor.', 'Menurut', false],
  ])('%s: `%s` opens it: %s', (line, word, opens) => {
    expect(opensSentence(tokenize(line), at(line, word), LEAD_ENDS)).toBe(opens);
  });
});

describe('endsSentence', () => {
  test.each([
    ['.', true],
    ['!', true],
    ['?', true],
    ['”', true],
    ['"', true],
    [',', false],
    [':', false],
    ['“', false],
    ['—', false],
  ])('`%s`: %s', (token, ends) => {
    expect(endsSentence(token)).toBe(ends);
  });
});
