// `npm start`: builds, then runs the desktop app where Electron's binary is installed; where it is
// not (as on machines without internet), says so in one line and runs the core in browser mode.
import { spawn, spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';

const build = spawnSync(process.execPath, ['scripts/build.mjs'], { stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);

function electronBinary() {
  try {
    // The electron package exports the binary's path, and throws when the binary was never downloaded.
    const path = createRequire(import.meta.url)('electron');
    return typeof path === 'string' ? path : null;
  } catch {
    return null;
  }
}

const passThrough = process.argv.slice(2);
const electron = electronBinary();
const child = electron
  ? spawn(electron, ['.', ...passThrough], { stdio: 'inherit' })
  : (console.log("Electron's binary is not installed on this machine: starting the box-office core in browser mode instead."),
    spawn(process.execPath, ['bin/boxoffice.mjs', 'serve', '--open', ...passThrough], { stdio: 'inherit' }));
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code) => process.exit(code ?? 0));
