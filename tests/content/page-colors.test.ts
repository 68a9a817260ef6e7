import { describe, expect, test } from 'vitest';
import { computedColors, themeAt } from '../../entrypoints/article.content/page-style';

/**
 * The test window's page (computed styles need a window) with a paragraph in `wrappers`
 * (outermost first), each with its own style.
 */
function pageWith(paragraphStyle: string, wrappers: string[]): Element {
  const open = wrappers.map(style => `<div style="${style}">`).join('');
  const close = wrappers.map(() => '</div>').join('');
  document.body.innerHTML = `${open}<p id="p" style="${paragraphStyle}">Teks.</p>${close}`;
  return document.getElementById('p')!;
}

const WHITE = { r: 255, g: 255, b: 255, a: 1 };
const NAVY = { r: 0, g: 0, b: 128, a: 1 };

describe('entrypoints/article.content/page-style computedColors', () => {
  test.each([
    {
      what: 'the paragraph’s own opaque background',
      el: () => pageWith('color: rgb(0, 0, 0); background-color: rgb(255, 255, 255)', []),
      background: WHITE,
    },
    {
      what: 'transparent levels passed over to the first opaque one',
      el: () =>
        pageWith('color: rgb(255, 255, 255)', [
          'background-color: rgb(0, 0, 128)',
          'background-color: rgba(0, 0, 0, 0)',
          '',
        ]),
      background: NAVY,
    },
    {
      what: 'a see-through tint is not the background',
      el: () =>
        pageWith('color: rgb(0, 0, 0)', [
          'background-color: rgb(255, 255, 255)',
          'background-color: rgba(0, 0, 128, 0.3)',
        ]),
      background: WHITE,
    },
    {
      what: 'none anywhere: the canvas shows through',
      el: () => pageWith('color: rgb(0, 0, 0)', ['', 'background-color: rgba(0, 0, 0, 0)']),
      background: null,
    },
  ])('$what', ({ el, background }) => {
    expect(computedColors(el()).background).toEqual(background);
  });

  test('the text colour is the paragraph’s, and light text on a dark ground gets the dark palette', () => {
    const light = pageWith('color: rgb(255, 255, 255)', ['background-color: rgb(0, 0, 128)']);
    expect(computedColors(light).text).toEqual(WHITE);
    expect(themeAt(light)).toBe('dark');
    const dark = pageWith('color: rgb(0, 0, 0)', ['background-color: rgb(255, 255, 255)']);
    expect(themeAt(dark)).toBe('light');
  });
});
