// `npm start`: builds, then runs the desktop app where Electron's binary is installed; where it is
// not (as on machines without internet), says so in one line and runs the core in browser mode.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const build = spawnSync(process.execPath, ['scripts/build.mjs'], { stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);

/** The installed Electron binary, found without require('electron'), which would try to download it. */
function electronBinary() {
  const pathFile = join('node_modules', 'electron', 'path.txt');
  if (!existsSync(pathFile)) return null;
  const binary = join('node_modules', 'electron', 'dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(binary) ? binary : null;
}

const passThrough = process.argv.slice(2);
const electron = electronBinary();
const child = electron
  ? spawn(electron, ['.', ...passThrough], { stdio: 'inherit' })
  : (console.log("Electron's binary is not installed here (node node_modules/electron/install.js fetches it): starting the core in browser mode instead."),
    spawn(process.execPath, ['bin/boxoffice.mjs', 'serve', '--open', ...passThrough], { stdio: 'inherit' }));
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code) => process.exit(code ?? 0));
