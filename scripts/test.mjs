#!/usr/bin/env node
/**
 * npm test: unit + browser tests in one vitest run, with a JSON report, ending with one plain line
 * "vitest: N passed, M failed". Makes sure Chromium is there first: on Debian as root it installs the
 * `chromium` package itself; elsewhere it stops and says what to install.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const REPORT = '.vitest-report.json';

function ensureChromium() {
  if (existsSync(CHROMIUM)) return;
  const debian = existsSync('/etc/debian_version') && spawnSync('which', ['apt-get']).status === 0;
  const root = typeof process.getuid === 'function' && process.getuid() === 0;
  if (debian && root) {
    console.log('Chromium missing: installing Debian package "chromium" (apt-get)…');
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    spawnSync('apt-get', ['update'], { stdio: 'inherit', env });
    const r = spawnSync('apt-get', ['install', '-y', 'chromium'], { stdio: 'inherit', env });
    if (r.status === 0 && existsSync(CHROMIUM)) return;
  }
  console.error(
    `Chromium is needed for the browser tests and was not found at ${CHROMIUM}.\n` +
      'Install it (Debian/Ubuntu: sudo apt-get install -y chromium) or point CHROMIUM_PATH at a Chromium binary.',
  );
  process.exit(1);
}

ensureChromium();
rmSync(REPORT, { force: true });
const args = ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${REPORT}`, ...process.argv.slice(2)];
const run = spawnSync('npx', args, { stdio: 'inherit' });
let line = 'vitest: 0 passed, 1 failed';
if (existsSync(REPORT)) {
  const r = JSON.parse(readFileSync(REPORT, 'utf8'));
  line = `vitest: ${r.numPassedTests} passed, ${r.numFailedTests} failed`;
}
console.log(line);
process.exit(run.status ?? 1);
