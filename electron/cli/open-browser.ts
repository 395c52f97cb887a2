import { spawn } from 'node:child_process';
import { findSystemChromium } from './find-chromium';

/**
 * Best effort: Chromium (or Chrome) in app mode when installed, a window of its own without browser chrome, as the
 * desktop app would look; else the default browser. A machine without a desktop simply keeps the printed URL.
 */
export function openInBrowser(url: string): void {
  const chromium = findSystemChromium();
  const [command, args]: [string, string[]] = chromium
    ? [chromium, [`--app=${url}`, '--window-size=1366,860']]
    : process.platform === 'win32'
      ? ['cmd', ['/c', 'start', '', url]]
      : process.platform === 'darwin'
        ? ['open', [url]]
        : ['xdg-open', [url]];
  try {
    const child = spawn(command, args, { stdio: 'ignore', detached: true });
    child.on('error', () => console.log(`(could not open a browser; open ${url} yourself)`));
    child.unref();
    if (chromium) console.log(`opened ${url} in ${chromium} (app mode)`);
  } catch {
    console.log(`(could not open a browser; open ${url} yourself)`);
  }
}
