/**
 * `npm run test:e2e`: builds the Chrome extension, then runs the end-to-end tests in Debian's
 * Chromium (tests/e2e/*.e2e.ts, vitest.e2e.config.ts). Always builds: a stale .output would test
 * yesterday's engine (it takes about a second). Extra arguments go to Vitest.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (!existsSync(chromium)) {
  console.error(
    `Chromium not found at ${chromium}. Install it with \`apt-get install -y chromium\` ` +
      '(or set CHROMIUM_PATH).',
  );
  process.exit(1);
}

/** Runs a command with inherited output; exits with its status if it fails. */
function run(command, args) {
  const { status } = spawnSync(command, args, { stdio: 'inherit' });
  if (status !== 0) process.exit(status ?? 1);
}

run('npx', ['wxt', 'build']);
run('npx', ['vitest', 'run', '--config', 'vitest.e2e.config.ts', ...process.argv.slice(2)]);
