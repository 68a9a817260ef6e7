/**
 * A speaker's swatch: a tiny sample of the speaker's marks in the page, the same fill and the same
 * underline (style and thickness), so the card and the page match even without colour vision.
 * The panel follows its own colour scheme (light or dark palette, chosen in style.css).
 */
import { speakerStyle } from '../core/speaker-colors';

/** Custom properties the `.chip` rule in style.css reads, for both palettes. */
export function swatchProperties(index: number): Record<string, string> {
  const light = speakerStyle(index, 'light');
  const dark = speakerStyle(index, 'dark');
  return {
    '--chip-fill': light.fill,
    '--chip-text': light.text,
    '--chip-line': light.lineColor,
    '--chip-fill-dark': dark.fill,
    '--chip-text-dark': dark.text,
    '--chip-line-dark': dark.lineColor,
    '--chip-decoration': light.decoration,
    '--chip-line-style': light.lineStyle,
    '--chip-line-width': light.lineWidth,
  };
}

/** The swatch of the speaker at `index` in `AnalysisResult.speakers` (-1: unnamed). Decorative. */
export function SpeakerSwatch({ index }: { index: number }) {
  return (
    <span class="chip" data-speaker-index={index} style={swatchProperties(index)}>
      ab
    </span>
  );
}
