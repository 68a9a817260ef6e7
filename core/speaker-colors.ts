/**
 * How a speaker's quotes look, the same in the page marks and in the panel's swatches: a fill
 * colour plus a second channel that needs no colour vision, an underline of its own style and
 * thickness. One place for both palettes (light pages, dark pages); the page picks the palette from
 * the article text's computed colours (see `pageTheme` in core/contrast.ts).
 *
 * Speakers are styled by their position in `AnalysisResult.speakers`, so the page and the panel
 * agree without exchanging styles. Colour N and line N are chosen so that no two speakers share
 * both before speaker 80 (see `speakerStyle`), and the first ten differ by line alone.
 *
 * Every number below is checked in tests/core/speaker-colors.test.ts: contrast (WCAG 2.x) of
 * text on each fill, of each line against its page and its fill, and the CIEDE2000 distance of
 * every pair of fills as seen with normal vision, protanopia, deuteranopia and tritanopia
 * (Machado et al. 2009).
 */

/** The two palettes: for dark text on a light page, and for light text on a dark page. */
export type MarkTheme = 'light' | 'dark';

/**
 * Fills for light pages: Paul Tol's "light" qualitative scheme, made for text labels and for
 * colour-blind readers (https://personal.sron.nl/~pault/, "Colour schemes", fig. 6). Pairs stay
 * ≥ 7 ΔE2000 apart under every simulated dichromacy; black text on each is ≥ 8:1.
 */
export const LIGHT_FILLS = [
  '#77aadd', // light blue
  '#eedd88', // light yellow
  '#ffaabb', // pink
  '#44bb99', // mint
  '#ee8866', // orange
  '#99ddff', // light cyan
  '#bbcc33', // pear
  '#aaaa00', // olive
] as const;

/**
 * Fills for dark pages: dark, moderately saturated colours (CIELAB chroma ≤ 55) found by a search
 * that maximised the smallest CIEDE2000 distance between pairs under the three dichromacies (≥ 7.9,
 * dark grey included); white text on each is ≥ 6:1.
 */
export const DARK_FILLS = [
  '#4060a8', // blue
  '#686008', // olive
  '#801040', // wine
  '#007048', // teal
  '#b03848', // red
  '#384870', // slate
  '#304808', // dark green
  '#885068', // mauve
] as const;

/** The palette of a theme: fills, the unnamed fill, text, line, flash and dimmed styles. */
export interface MarkPalette {
  fills: readonly string[];
  /** Fill of quotes whose speaker is not named (Tol's pale grey on light pages). */
  unnamedFill: string;
  /** Text colour on every fill (set by the marks, so contrast never depends on the page). */
  text: string;
  /** Underline colour of every mark: ≥ 3:1 against the page and against each fill. */
  line: string;
  /** The quote `scrollToQuote` flashes: its fill and text. */
  flashFill: string;
  flashText: string;
  /** Marks of the other speakers while the reader focuses one: no fill, a faint dotted line. */
  dimmedLine: string;
}

export const PALETTES: Record<MarkTheme, MarkPalette> = {
  light: {
    fills: LIGHT_FILLS,
    unnamedFill: '#dddddd',
    text: '#000000',
    line: '#333333',
    flashFill: '#c2410c',
    flashText: '#ffffff',
    dimmedLine: '#8a8a8a',
  },
  dark: {
    fills: DARK_FILLS,
    unnamedFill: '#3a3a3a',
    text: '#ffffff',
    line: '#e0e0e0',
    flashFill: '#ffd24a',
    flashText: '#000000',
    dimmedLine: '#6e6e6e',
  },
};

/** The underline styles `text-decoration-style` has, each a shape of its own. */
export const LINE_STYLES = ['solid', 'dotted', 'dashed', 'wavy', 'double'] as const;
/** Two thicknesses, far enough apart to tell at a glance. */
export const LINE_WIDTHS = ['2px', '4px'] as const;

/** How many speakers get a unique (fill, line) pair: every fill with every line, once. */
export const UNIQUE_SPEAKERS = LIGHT_FILLS.length * LINE_STYLES.length * LINE_WIDTHS.length;

/** The style of one speaker's marks. */
export interface SpeakerStyle {
  fill: string;
  /** `text-decoration-line`. */
  decoration: 'underline' | 'underline overline';
  lineStyle: (typeof LINE_STYLES)[number];
  lineWidth: (typeof LINE_WIDTHS)[number] | '1px';
  lineColor: string;
  text: string;
}

/**
 * The style of the speaker at `index` in `AnalysisResult.speakers` (-1: unnamed). The fill cycles
 * every 8 speakers and the line every 10; since 8 and 10 share a factor of 2, the line shifts by
 * one every 40 speakers, so the pairs are all different up to speaker 80. Unnamed quotes are the
 * only ones lined above and below, thin.
 */
export function speakerStyle(index: number, theme: MarkTheme = 'light'): SpeakerStyle {
  const palette = PALETTES[theme];
  const base = { lineColor: palette.line, text: palette.text };
  if (index < 0) {
    return {
      ...base,
      fill: palette.unnamedFill,
      decoration: 'underline overline',
      lineStyle: 'solid',
      lineWidth: '1px',
    };
  }
  const lines = LINE_STYLES.length * LINE_WIDTHS.length;
  const line = (index + Math.floor(index / 40)) % lines;
  return {
    ...base,
    fill: palette.fills[index % palette.fills.length]!,
    decoration: 'underline',
    lineStyle: LINE_STYLES[line % LINE_STYLES.length]!,
    lineWidth: LINE_WIDTHS[Math.floor(line / LINE_STYLES.length)]!,
  };
}

/** The CSS declarations of a style (for `::highlight()` and the panel's swatches alike). */
export function styleDeclarations(style: SpeakerStyle): string {
  return [
    `background-color:${style.fill}`,
    `color:${style.text}`,
    `text-decoration-line:${style.decoration}`,
    `text-decoration-style:${style.lineStyle}`,
    `text-decoration-thickness:${style.lineWidth}`,
    `text-decoration-color:${style.lineColor}`,
  ].join(';');
}

/** Fill colour of the speaker at `index` on a light page (-1: unnamed). */
export function speakerColor(index: number): string {
  return speakerStyle(index).fill;
}

/** Fill of unnamed quotes on a light page. */
export const UNNAMED_COLOR = PALETTES.light.unnamedFill;
