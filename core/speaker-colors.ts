/**
 * One colour per speaker, the same in the page marks and in the panel's chips.
 *
 * Colours are picked by the speaker's position in the result (most quoted first in the panel is
 * not required: the index is the speaker's order in `AnalysisResult.speakers`), so the page and
 * the panel agree without exchanging colours. Light backgrounds keep article text readable.
 */

/** Highlight backgrounds with enough contrast for black text (WCAG AA on #000). */
export const SPEAKER_COLORS = [
  '#ffe08a', // amber
  '#a8e6cf', // mint
  '#b8d8ff', // sky
  '#ffc4d6', // pink
  '#d9c8ff', // lavender
  '#ffd3a8', // apricot
  '#c8f0a0', // lime
  '#a8ecef', // aqua
] as const;

/** Colour for quotes whose speaker is unnamed. */
export const UNNAMED_COLOR = '#e4e4e4';

/** The colour of the speaker at `index` in `AnalysisResult.speakers`. */
export function speakerColor(index: number): string {
  if (index < 0) return UNNAMED_COLOR;
  return SPEAKER_COLORS[index % SPEAKER_COLORS.length]!;
}
