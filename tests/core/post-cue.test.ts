import { describe, expect, test } from 'vitest';
import { postCueLength } from '../../core/lexicon/cues';

describe('postCueLength: the post-posed cue a string starts with, as a whole word', () => {
  test.each([
    ['kata dia', 4],
    ['katanya, rapat ditunda', 7],
    ['Ujarnya.', 7],
    ['UJAR Budi', 4],
    ['said the minister', 4],
    ['ujar’nya', 4], // a cue ends where the letters and hyphens end
    ['kata-kata itu', 0], // a longer word that starts with a cue is not one
    ['katakan saja', 0],
    ['rapat ditunda', 0],
    ['nya', 0],
    ['“ kata', 0],
    ['', 0],
  ])('%j → %i', (text, length) => {
    expect(postCueLength(text)).toBe(length);
  });
});
