import { describe, expect, test } from 'vitest';
import { cleanText } from '../../core/clean-text';

describe('core/clean-text', () => {
  test.each([
    ['plain prose stays', 'Kami siap bekerja, kata Budi.', 'Kami siap bekerja, kata Budi.'],
    [
      'a right-to-left override',
      'Harga naik \u202Eanyar\u202C hari ini',
      'Harga naik anyar hari ini',
    ],
    ['embeddings and isolates', '\u202Aa\u202B b\u2066c\u2067d\u2068e\u2069', 'a bcde'],
    ['direction marks', 'x\u200Ey\u200Fz\u061C', 'xyz'],
    ['C0 controls, DEL and C1 controls', 'a\u0000b\u0007c\u001Bd\u007Fe\u0085f\u009Bg', 'abcdefg'],
    ['tab and line feed stay', 'a\tb\nc', 'a\tb\nc'],
    ['a carriage return goes', 'a\r\nb', 'a\nb'],
    ['Indonesian and Arabic letters stay', 'Insya Allah إن شاء الله', 'Insya Allah إن شاء الله'],
  ])('%s', (_name, input, expected) => expect(cleanText(input)).toBe(expected));
});
