/**
 * Regenerates docs/screenshot.png (the sample article with its quote marks, next to the panel)
 * for the README, headless even when a display is available.
 *
 *   node scripts/screenshot.mjs
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const start = path.join(path.dirname(fileURLToPath(import.meta.url)), 'start.mjs');
const { status } = spawnSync(process.execPath, [start, '--screenshot'], { stdio: 'inherit' });
process.exit(status ?? 1);
