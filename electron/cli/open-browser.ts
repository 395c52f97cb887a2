import { spawn } from 'node:child_process';

/** Best effort: a machine without a desktop simply keeps the printed URL. */
export function openInBrowser(url: string): void {
  const [command, args] =
    process.platform === 'win32' ? ['cmd', ['/c', 'start', '', url]] : process.platform === 'darwin' ? ['open', [url]] : ['xdg-open', [url]];
  try {
    const child = spawn(command, args, { stdio: 'ignore', detached: true });
    child.on('error', () => console.log(`(could not open a browser; open ${url} yourself)`));
    child.unref();
  } catch {
    console.log(`(could not open a browser; open ${url} yourself)`);
  }
}
