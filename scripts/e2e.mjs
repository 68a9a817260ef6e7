/**
 * `npm run test:e2e`: builds the Chrome and the Firefox MV3 extension, then runs the end-to-end
 * tests (tests/e2e/*.e2e.ts, vitest.e2e.config.ts) in Debian's Chromium and Firefox ESR. Always
 * builds: a stale .output would test yesterday's engine (each build takes about a second). Extra
 * arguments go to Vitest (e.g. `npm run test:e2e -- tests/e2e/firefox.e2e.ts`).
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

/** The browsers the tests drive (same defaults as tests/e2e/environment.ts). */
const browsers = [
  {
    name: 'Chromium',
    path: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    env: 'CHROMIUM_PATH',
    apt: 'chromium',
  },
  {
    name: 'Firefox',
    path: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr',
    env: 'FIREFOX_PATH',
    apt: 'firefox-esr',
  },
];
for (const browser of browsers) {
  if (!existsSync(browser.path)) {
    console.error(
      `${browser.name} not found at ${browser.path}. Install it with ` +
        `\`apt-get install -y ${browser.apt}\` (or set ${browser.env}).`,
    );
    process.exit(1);
  }
}

/** Runs a command with inherited output; exits with its status if it fails. */
function run(command, args) {
  const { status } = spawnSync(command, args, { stdio: 'inherit' });
  if (status !== 0) process.exit(status ?? 1);
}

run('npx', ['wxt', 'build']);
run('npx', ['wxt', 'build', '-b', 'firefox', '--mv3']);
run('npx', ['vitest', 'run', '--config', 'vitest.e2e.config.ts', ...process.argv.slice(2)]);
