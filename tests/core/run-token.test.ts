import { describe, expect, it } from 'vitest';
import { isRoleToken, isRoleWord, isRunToken, isRunWord } from '../../core/engine/names/name-run';
import { tokenize } from '../../core/engine/text/text';

// Invented newsroom sentences: a role, a name, sentence openers, an acronym, an Arabic article, a
// bracketed alias, a word with an inner capital, non-ASCII letters.
const SENTENCES = [
  'Kepala Dinas Pangan Kota Sukamaju, Budi Santoso (BS), mengatakan harga beras naik.',
  'Menurut Ketua KPU Daerah Rina Ayu, Dalam pekan ini DPRD membahas anggaran.',
  'Direktur PT Maju-Jaya al-Fadli dan Ánh Tuấn hadir Senin (4/1) di Gedung Sate.',
  'SAAT itu, Kapolres Kota Timur AKBP Dedi menegaskan, "Kami siap."',
];

describe('the token word tests answer as the word tests on the token text', () => {
  const tokens = SENTENCES.flatMap(s => tokenize(s));
  it.each(tokens.map(t => [t.text, t] as const))('%s', (_, t) => {
    expect(isRunToken(t)).toBe(isRunWord(t.text));
    expect(isRoleToken(t)).toBe(isRoleWord(t.text));
  });

  it('past the ends of the tokens no word is a run word', () => {
    expect(isRunToken(undefined)).toBe(false);
  });
});
