/**
 * Colour arithmetic of WCAG 2.x: parsing the colours CSS computes (`#rrggbb`, `rgb()`, `rgba()`),
 * relative luminance and contrast ratio. The palette's tests check every mark against it, and the
 * page code uses it to tell a dark page from a light one (see `pageTheme`).
 */

/** A colour as sRGB channels 0–255 and alpha 0–1. */
export interface Rgba {
  r: number;
  g: number;
  b: number;
  a: number;
}

/**
 * What is between the parentheses of `rgb(…)` or `rgba(…)` (`/^rgba?\(([^)]*)\)$/`'s group), or
 * null for any other text. Found without a regular expression, as is `channelsOf`'s split: the
 * page code parses the computed colour of the text it marks on every article load (page-style.ts
 * `themeAt`), cold, where the hex test, this one and the split each compiled an expression for it,
 * about 0.3 ms of the page's main thread together (performance.now() around the parse in a
 * seed-article load, 16 loads).
 */
function rgbArguments(text: string): string | null {
  const open = text.startsWith('rgb(') ? 4 : text.startsWith('rgba(') ? 5 : 0;
  if (open === 0 || !text.endsWith(')')) return null;
  const inner = text.slice(open, -1);
  return inner.includes(')') ? null : inner;
}

/**
 * `inner.split(/[\s,/]+/).filter(Boolean)`: the runs of characters that are neither white space
 * (what `\s` matches, which is what `trim()` takes off) nor `,` nor `/`.
 */
function channelsOf(inner: string): string[] {
  const parts: string[] = [];
  let start = -1;
  for (let i = 0; i <= inner.length; i++) {
    const c = inner[i];
    const separator = c === undefined || c === ',' || c === '/' || c.trim() === '';
    if (!separator && start < 0) start = i;
    else if (separator && start >= 0) {
      parts.push(inner.slice(start, i));
      start = -1;
    }
  }
  return parts;
}

/** Parses `#rgb`, `#rrggbb`, `rgb(r, g, b)`, `rgba(r, g, b, a)` and `rgb(r g b / a)`; else null. */
export function parseColor(css: string): Rgba | null {
  const text = css.trim().toLowerCase();
  // Only a `#` text can be hex: the expression is not compiled for a computed `rgb(…)`.
  const hex = text.startsWith('#') ? /^#([0-9a-f]{3}|[0-9a-f]{6})$/.exec(text) : null;
  if (hex) {
    const digits = hex[1]!.length === 3 ? [...hex[1]!].map(d => d + d).join('') : hex[1]!;
    const [r, g, b] = [0, 2, 4].map(i => parseInt(digits.slice(i, i + 2), 16));
    return { r: r!, g: g!, b: b!, a: 1 };
  }
  const inner = rgbArguments(text);
  if (inner === null) return null;
  const parts = channelsOf(inner);
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

/** One sRGB channel (0–255) in linear light (0–1). */
export function linearChannel(value: number): number {
  const c = value / 255;
  return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
}

/** WCAG relative luminance (0 black … 1 white) of an opaque colour. */
function luminance(color: Rgba | string): number {
  const c = typeof color === 'string' ? parseColor(color) : color;
  if (!c) throw new Error(`Not a colour: ${String(color)}`);
  return 0.2126 * linearChannel(c.r) + 0.7152 * linearChannel(c.g) + 0.0722 * linearChannel(c.b);
}

/** WCAG contrast ratio (1–21) between two opaque colours. */
export function contrast(a: Rgba | string, b: Rgba | string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

/**
 * Which mark palette a page needs: 'dark' when its text is lighter than the background behind it
 * (light text on a dark page), else 'light'. `background` null means none was found (the canvas),
 * which counts as white unless the text itself is light.
 */
export function pageTheme(text: Rgba | null, background: Rgba | null): 'light' | 'dark' {
  if (!text) return 'light';
  const textLum = luminance(text);
  const backLum = background ? luminance(background) : textLum > 0.5 ? 0 : 1;
  return textLum > backLum ? 'dark' : 'light';
}
