import { describe, expect, it } from 'vitest';
import { contrast, pageTheme, parseColor } from '../../core/contrast';
import {
  LINE_STYLES,
  LINE_WIDTHS,
  PALETTES,
  UNIQUE_SPEAKERS,
  speakerStyle,
  styleDeclarations,
  type MarkTheme,
} from '../../core/speaker-colors';
import { VISIONS, visibleDifference } from './color-vision';

/** The page backgrounds each palette must work on. */
const BACKGROUNDS: Record<MarkTheme, string[]> = {
  light: ['#ffffff', '#f5f5f5'],
  dark: ['#000000', '#121212', '#1e1e1e', '#2b2b2b'],
};
const THEMES = ['light', 'dark'] as const;

/** Every fill of a theme, the unnamed one last. */
const fillsOf = (theme: MarkTheme) => [...PALETTES[theme].fills, PALETTES[theme].unnamedFill];

describe('core/speaker-colors: contrast (WCAG 2.x, computed)', () => {
  describe.each(THEMES)('%s pages', theme => {
    const palette = PALETTES[theme];
    it.each(fillsOf(theme))('text on fill %s is at least 4.5:1 (AA for body text)', fill => {
      expect(contrast(palette.text, fill)).toBeGreaterThanOrEqual(4.5);
    });
    it.each(fillsOf(theme))('the underline on fill %s is at least 3:1 (WCAG 1.4.11)', fill => {
      expect(contrast(palette.line, fill)).toBeGreaterThanOrEqual(3);
    });
    it.each(BACKGROUNDS[theme])(
      'every mark, unnamed included, is at least 3:1 against the page %s by its underline',
      background => {
        // Every mark has the underline (speakerStyle), so it is the cue that must show.
        for (const index of [-1, 0, 1, 2, 3, 4, 5, 6, 7]) {
          expect(contrast(speakerStyle(index, theme).lineColor, background)).toBeGreaterThanOrEqual(
            3,
          );
        }
      },
    );
    it('the flashed quote reads at 4.5:1 and stands 3:1 off every page background', () => {
      expect(contrast(palette.flashText, palette.flashFill)).toBeGreaterThanOrEqual(4.5);
      for (const background of BACKGROUNDS[theme]) {
        expect(contrast(palette.flashFill, background)).toBeGreaterThanOrEqual(3);
      }
    });
  });
});

describe('core/speaker-colors: colour-vision deficiencies (Machado 2009, CIEDE2000)', () => {
  /** The smallest distance between two fills of a theme, as seen with `vision`. */
  const closest = (theme: MarkTheme, vision: (typeof VISIONS)[number]) => {
    const fills = fillsOf(theme);
    let min = Infinity;
    for (let i = 0; i < fills.length; i++) {
      for (let j = i + 1; j < fills.length; j++) {
        min = Math.min(min, visibleDifference(fills[i]!, fills[j]!, vision));
      }
    }
    return min;
  };
  it.each(THEMES.flatMap(theme => VISIONS.map(vision => [theme, vision] as const)))(
    '%s fills (unnamed included) stay at least 7 ΔE2000 apart with %s vision',
    (theme, vision) => {
      expect(closest(theme, vision)).toBeGreaterThanOrEqual(7);
    },
  );
  it('the simulation is the real one: deuteranopia merges red and green, not red and blue', () => {
    expect(visibleDifference('#cc3333', '#669900', 'deuteranopia')).toBeLessThan(15);
    expect(visibleDifference('#cc3333', '#669900', 'normal')).toBeGreaterThan(40);
    expect(visibleDifference('#cc3333', '#3366cc', 'deuteranopia')).toBeGreaterThan(30);
  });
});

describe('core/speaker-colors: the second channel, the underline', () => {
  const lineOf = (i: number) => {
    const s = speakerStyle(i);
    return `${s.decoration} ${s.lineStyle} ${s.lineWidth}`;
  };
  it('tells the first ten speakers apart without any colour', () => {
    const lines = Array.from({ length: LINE_STYLES.length * LINE_WIDTHS.length }, (_, i) =>
      lineOf(i),
    );
    expect(new Set(lines).size).toBe(10);
    // Unnamed quotes look like no named speaker even without colour.
    expect(lines).not.toContain(lineOf(-1));
  });
  it(`gives each of the first ${UNIQUE_SPEAKERS} speakers its own fill and line`, () => {
    const pairs = Array.from(
      { length: UNIQUE_SPEAKERS },
      (_, i) => `${speakerStyle(i).fill} ${lineOf(i)}`,
    );
    expect(UNIQUE_SPEAKERS).toBe(80);
    expect(new Set(pairs).size).toBe(UNIQUE_SPEAKERS);
  });
  it('where the fills repeat (speaker 8 after speaker 0) the lines differ', () => {
    for (let i = 0; i + 8 < UNIQUE_SPEAKERS; i++) {
      expect(speakerStyle(i + 8).fill).toBe(speakerStyle(i).fill);
      expect(lineOf(i + 8)).not.toBe(lineOf(i));
    }
  });
  it('writes the declarations ::highlight() accepts, and nothing else', () => {
    const css = styleDeclarations(speakerStyle(3, 'dark'));
    expect(css).toBe(
      'background-color:#007048;color:#ffffff;text-decoration-line:underline;' +
        'text-decoration-style:wavy;text-decoration-thickness:2px;text-decoration-color:#e0e0e0',
    );
    const allowed = /^(background-color|color|text-decoration-[a-z]+|text-shadow)$/;
    for (const declaration of css.split(';')) {
      expect(declaration.split(':')[0]).toMatch(allowed);
    }
  });
});

describe('core/contrast: pageTheme from the computed text and background colours', () => {
  it.each([
    ['black on white', 'rgb(0, 0, 0)', 'rgb(255, 255, 255)', 'light'],
    ['light grey on near-black', 'rgb(230, 230, 230)', 'rgb(18, 18, 18)', 'dark'],
    ['white on navy', '#ffffff', '#1a2a4a', 'dark'],
    ['dark grey, no background found', 'rgb(51, 51, 51)', null, 'light'],
    ['white, no background found (a dark canvas)', 'rgb(255, 255, 255)', null, 'dark'],
    ['with alpha', 'rgba(255, 255, 255, 0.87)', 'rgb(0 0 0 / 1)', 'dark'],
  ])('%s → %s', (_name, text, background, theme) => {
    expect(pageTheme(parseColor(text), background ? parseColor(background) : null)).toBe(theme);
  });
});
