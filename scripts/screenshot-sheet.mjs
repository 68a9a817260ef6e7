/** Puts screenshots of several pages side by side in one PNG (for `npm start` and the README). */
import { writeFile } from 'node:fs/promises';

/**
 * Screenshots `pages` (Playwright pages, left to right) and writes them as one PNG at `file`,
 * separated by a 1 px rule. `context` provides a scratch page to lay them out.
 */
export async function sideBySide(context, pages, file) {
  const shots = [];
  for (const page of pages) shots.push({ png: await page.screenshot(), size: page.viewportSize() });
  const sheet = await context.newPage();
  const width = shots.reduce((sum, shot) => sum + shot.size.width, 0) + shots.length - 1;
  const height = Math.max(...shots.map(shot => shot.size.height));
  await sheet.setViewportSize({ width, height });
  const images = shots
    .map(shot => `<img src="data:image/png;base64,${shot.png.toString('base64')}">`)
    .join('<div style="width:1px;background:#9aa"></div>');
  await sheet.setContent(
    `<body style="margin:0;display:flex;align-items:flex-start">${images}</body>`,
  );
  await writeFile(file, await sheet.screenshot());
  await sheet.close();
}
