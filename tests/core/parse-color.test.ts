import { describe, expect, it } from 'vitest';
import { parseColor, type Rgba } from '../../core/contrast';
import { seededIntegers } from './fuzz';

/** parseColor as it was, with its three regular expressions (the reference). */
function parseByRegex(css: string): Rgba | null {
  const text = css.trim().toLowerCase();
  const hex = /^#([0-9a-f]{3}|[0-9a-f]{6})$/.exec(text);
  if (hex) {
    const digits = hex[1]!.length === 3 ? [...hex[1]!].map(d => d + d).join('') : hex[1]!;
    const [r, g, b] = [0, 2, 4].map(i => parseInt(digits.slice(i, i + 2), 16));
    return { r: r!, g: g!, b: b!, a: 1 };
  }
  const fn = /^rgba?\(([^)]*)\)$/.exec(text);
  if (!fn) return null;
  const parts = fn[1]!.split(/[\s,/]+/).filter(Boolean);
  if (parts.length < 3) return null;
  const channel = (p: string) => (p.endsWith('%') ? (parseFloat(p) * 255) / 100 : parseFloat(p));
  const alpha =
    parts[3] === undefined
      ? 1
      : parts[3].endsWith('%')
        ? parseFloat(parts[3]) / 100
        : parseFloat(parts[3]);
  const [r, g, b] = parts.slice(0, 3).map(channel);
  if ([r, g, b, alpha].some(n => Number.isNaN(n))) return null;
  return { r: r!, g: g!, b: b!, a: alpha };
}

// parseColor finds `rgb(…)` and its channels with string scans, and asks the hex expression only
// of a `#` text, so a page load compiles none of them for a computed colour: it must answer
// exactly as the expressions did.
describe('core/contrast parseColor without expressions for rgb()', () => {
  it.each([
    'rgb(255, 255, 255)',
    'rgba(0, 0, 0, 0)',
    'rgba(17, 24, 39, 0.5)',
    'RGB(10%, 20%, 30%)',
    'rgb(1 2 3 / 50%)',
    'rgb(1,2,3)',
    '  rgb( 1 , 2 , 3 )  ',
    'rgb()',
    'rgb(1, 2)',
    'rgb(1, 2, 3))',
    'rgb(1, 2, x)',
    'rgba(1, 2, 3',
    '#fff',
    '#A0B1C2',
    '#ab',
    'transparent',
    'color(srgb 1 0 0)',
    '',
  ])('%j', css => {
    expect(parseColor(css)).toEqual(parseByRegex(css));
  });

  it('answers as the expressions did, on generated texts', () => {
    const PIECES = [
      'rgb(',
      'rgba(',
      'RGB(',
      '(',
      ')',
      '#',
      '0',
      '7',
      '255',
      '12.5',
      'a',
      'f',
      'x',
      '%',
      '.',
      ',',
      '/',
      ' ',
      '\t',
      '\u00a0',
      '\u3000',
      '\ufeff',
      '\u200b',
      '-',
      'e3',
    ];
    const NUMBERS = ['0', '7', '255', '12.5', '50%', '.5', '1e2', '-3', 'x'];
    const SEPARATORS = [',', ', ', ' ', '/', ' / ', '\u00a0', '\t,', ''];
    const next = seededIntegers(5);
    let parsed = 0;
    for (let i = 0; i < 20000; i++) {
      // Mostly colour-shaped: a function, channels and separators, with a stray piece now and then.
      let css = PIECES[next() % 3]!;
      const count = 1 + (next() % 5);
      for (let j = 0; j < count; j++) {
        css += NUMBERS[next() % NUMBERS.length];
        if (next() % 4 === 0) css += PIECES[next() % PIECES.length];
        css += SEPARATORS[next() % SEPARATORS.length];
      }
      if (next() % 5) css += ')';
      if (next() % 6 === 0) css = ` ${css}${PIECES[next() % PIECES.length]}`;
      const expected = parseByRegex(css);
      if (expected) parsed++;
      expect([css, parseColor(css)]).toEqual([css, expected]);
    }
    // The generated texts reach colours that parse, not only ones rejected.
    expect(parsed).toBeGreaterThan(100);
  });
});
