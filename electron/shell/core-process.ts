import { utilityProcess, type UtilityProcess } from 'electron';
import { join } from 'node:path';

export interface CoreHandle {
  url: string;
  stop(): Promise<void>;
}

const READY_TIMEOUT_MS = 30_000;

/**
 * Forks the core (`boxoffice serve` from the bundle) as an Electron utility process on a free
 * loopback port, hands it the personal-data key, and resolves with its URL once it reports ready.
 */
export function forkCore(dbFile: string, dataKey: Buffer | null): Promise<CoreHandle> {
  const entry = join(__dirname, 'core-entry.cjs');
  const args = ['serve', '--db', dbFile, '--port', '0', '--host', '127.0.0.1', ...(dataKey ? ['--key-from-parent'] : [])];
  const child: UtilityProcess = utilityProcess.fork(entry, args, { serviceName: 'boxoffice-core', stdio: 'inherit' });
  // The key goes over the message port, never on the command line or in the environment.
  if (dataKey) child.postMessage({ type: 'data-key', key: dataKey.toString('base64') });
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill();
      reject(new Error(`the box-office core did not start within ${READY_TIMEOUT_MS / 1000} s`));
    }, READY_TIMEOUT_MS);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`the box-office core exited during start-up (code ${code})`));
    });
    child.on('message', (message: unknown) => {
      const ready = message as { type?: string; url?: string } | null;
      if (ready?.type !== 'ready' || typeof ready.url !== 'string') return;
      clearTimeout(timer);
      resolve({ url: ready.url, stop: () => stopCore(child) });
    });
  });
}

/** Asks the core to finish its writes and close the database; kills it only if it does not within 5 s. */
function stopCore(child: UtilityProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.pid === undefined) return resolve();
    const timer = setTimeout(() => {
      child.kill();
      resolve();
    }, 5_000);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    child.postMessage({ type: 'stop' });
  });
}
