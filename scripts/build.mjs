// Builds everything the app runs from: the core bundle (dist/core), the Electron shell
// (dist/electron) and the renderer (dist/renderer). Dependencies stay in node_modules.
import { build } from 'esbuild';
import { build as viteBuild } from 'vite';
import { cpSync, rmSync, mkdirSync } from 'node:fs';

const started = Date.now();
const only = process.argv[2];

async function buildNode() {
  rmSync('dist/core', { recursive: true, force: true });
  rmSync('dist/electron', { recursive: true, force: true });
  const common = { bundle: true, platform: 'node', target: 'node20', sourcemap: 'linked', logLevel: 'warning', legalComments: 'none' };
  await build({
    ...common,
    entryPoints: { cli: 'electron/cli.ts' },
    outdir: 'dist/core',
    format: 'esm',
    packages: 'external',
    // Bundled ESM still meets CommonJS-style code in some dependencies' transitive imports.
    banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
  });
  // SQL migrations are read at run time from beside the bundle: the box office's and the sandbox's, apart.
  mkdirSync('dist/core', { recursive: true });
  cpSync('db/migrations', 'dist/core/migrations', { recursive: true });
  cpSync('electron/sandbox/sandbox-migrations', 'dist/core/sandbox-migrations', { recursive: true });
  await build({ ...common, entryPoints: { main: 'electron/main.ts', 'core-entry': 'electron/shell/core-entry.ts' }, outdir: 'dist/electron', outExtension: { '.js': '.cjs' }, format: 'cjs', external: ['electron'] });
  // A sandboxed preload can only require('electron'): bundle everything else into it.
  await build({ ...common, entryPoints: { preload: 'electron/preload.ts' }, outdir: 'dist/electron', outExtension: { '.js': '.cjs' }, format: 'cjs', external: ['electron'] });
}

async function buildRenderer() {
  await viteBuild({ configFile: 'renderer/vite.config.ts', logLevel: 'warn' });
}

if (only !== 'renderer') await buildNode();
if (only !== 'node') await buildRenderer();
console.log(`built dist/ in ${((Date.now() - started) / 1000).toFixed(1)} s`);
