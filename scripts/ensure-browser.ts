// Before the end-to-end tests: find a Chromium for Playwright, or install one, saying what it does.
// CHROMIUM_PATH, then Playwright's own browser, then the system's chromium/google-chrome; when none is found,
// Playwright's installer, else (as root) the system's package manager; a one-line instruction only when all fail.
import { spawnSync } from 'node:child_process';
import { chromiumForTests } from '../test/e2e/fixtures/browser-path';

function run(command: string, args: string[]): boolean {
  console.log(`$ ${command} ${args.join(' ')}`);
  return spawnSync(command, args, { stdio: 'inherit' }).status === 0;
}

let found = chromiumForTests();
if (!found && process.env.CHROMIUM_PATH) {
  console.error(`CHROMIUM_PATH is ${process.env.CHROMIUM_PATH}, which is not an executable file: point it at a Chromium or Chrome binary, or unset it.`);
  process.exit(1);
}
if (found) {
  console.log(`end-to-end tests use ${found}`);
  process.exit(0);
}
console.log('No Chromium found (CHROMIUM_PATH, Playwright\'s own, chromium or google-chrome on the PATH): installing one.');
console.log("Trying Playwright's installer (downloads Chromium for Playwright):");
run(process.execPath, ['node_modules/@playwright/test/cli.js', 'install', 'chromium']);
found = chromiumForTests();
if (!found && process.getuid?.() === 0 && spawnSync('apt-get', ['--version'], { stdio: 'ignore' }).status === 0) {
  console.log("Playwright's installer did not give a browser; installing Debian's Chromium and a CJK font with apt-get (as root):");
  if (run('apt-get', ['update'])) run('apt-get', ['install', '-y', '--no-install-recommends', 'chromium', 'fonts-wqy-microhei']);
  found = chromiumForTests();
}
if (!found) {
  console.error('No browser for the end-to-end tests: install Chromium (e.g. "sudo apt-get install chromium fonts-wqy-microhei") or set CHROMIUM_PATH to a Chromium or Chrome binary.');
  process.exit(1);
}
console.log(`end-to-end tests use ${found}`);
