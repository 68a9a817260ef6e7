/**
 * Draws the toolbar/store icons (public/icon/{16,32,48,128}.png) from one inline SVG with the
 * system Chromium, so the icons can be regenerated and reviewed as code: a white speech bubble
 * holding a teal quote mark, on a rounded teal square.
 *
 *   node scripts/make-icons.mjs
 */
import { chromium } from 'playwright-core';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outDir = path.join(root, 'public/icon');
const SIZES = [16, 32, 48, 128];

// Drawn on a 128 grid. At 16 px the quote marks would blur into noise, so the small sizes use a
// simpler bubble with one bold mark (the `small` variant).
function svg(size) {
  const small = size <= 16;
  const marks = small
    ? '<path d="M52 46h24l-8 30h-16z" fill="#0f7c7c"/>'
    : '<path d="M38 44h22v22c0 12-6 20-18 22l-3-8c6-2 9-6 9-12H38z M70 44h22v22c0 12-6 20-18 22l-3-8c6-2 9-6 9-12H70z" fill="#0f7c7c"/>';
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 128 128" width="${size}" height="${size}">
  <rect x="0" y="0" width="128" height="128" rx="28" fill="#0f7c7c"/>
  <path d="M22 30c0-6 5-11 11-11h62c6 0 11 5 11 11v44c0 6-5 11-11 11H58l-22 20v-20h-3c-6 0-11-5-11-11z" fill="#ffffff"/>
  ${marks}
</svg>`;
}

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu'],
});
try {
  await mkdir(outDir, { recursive: true });
  const page = await browser.newPage();
  for (const size of SIZES) {
    await page.setViewportSize({ width: size, height: size });
    await page.setContent(
      `<html><body style="margin:0;background:transparent">${svg(size)}</body></html>`,
    );
    const file = path.join(outDir, `${size}.png`);
    await page.locator('svg').screenshot({ path: file, omitBackground: true });
    console.log(`wrote ${path.relative(root, file)}`);
  }
} finally {
  await browser.close();
}
