import { spawnSync } from 'node:child_process';
import { chromium, type Browser } from '@playwright/test';

/** Builds dist/ (the core and the renderer the browser benchmarks load); throws with the build's words if it fails. */
export function buildApp(): void {
  const build = spawnSync(process.execPath, ['scripts/build.mjs'], { encoding: 'utf8' });
  if (build.status !== 0) throw new Error(`build failed: ${build.stderr}`);
}

/**
 * Debian's Chromium (or CHROMIUM_PATH) as the browser benchmarks drive it: headless, no background networking
 * (this machine's closed network refuses it, many connections at a time, which would show in the figures).
 */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-quic', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}
