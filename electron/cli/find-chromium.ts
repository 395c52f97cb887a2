import { accessSync, constants, statSync } from 'node:fs';
import { delimiter, join } from 'node:path';

const NAMES = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable', 'microsoft-edge'];
const FIXED: Partial<Record<NodeJS.Platform, string[]>> = {
  darwin: ['/Applications/Google Chrome.app/Contents/MacOS/Google Chrome', '/Applications/Chromium.app/Contents/MacOS/Chromium'],
  win32: ['C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe', 'C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe'],
};

const isExecutable = (path: string): boolean => {
  try {
    accessSync(path, constants.X_OK);
    return statSync(path).isFile();
  } catch {
    return false;
  }
};

/**
 * A Chromium-family browser installed on this machine: `CHROMIUM_PATH` when set, else the first of chromium,
 * google-chrome (and the like) on the PATH, else the usual install places on macOS and Windows; null when none.
 */
export function findSystemChromium(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): string | null {
  const chosen = env.CHROMIUM_PATH;
  if (chosen) return isExecutable(chosen) ? chosen : null;
  for (const dir of (env.PATH ?? '').split(delimiter).filter(Boolean)) {
    for (const name of NAMES) {
      const path = join(dir, platform === 'win32' ? `${name}.exe` : name);
      if (isExecutable(path)) return path;
    }
  }
  return (FIXED[platform] ?? []).find(isExecutable) ?? null;
}
