#!/usr/bin/env node
// The `boxoffice` command: runs the bundled core built by `npm run build` (run automatically by npm ci).
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const cli = new URL('../dist/core/cli.js', import.meta.url);
if (!existsSync(fileURLToPath(cli))) {
  console.error('boxoffice is not built yet: run "npm run build" (npm ci does it for you).');
  process.exit(1);
}
await import(cli.href);
