import { utilityProcess, type UtilityProcess } from 'electron';
import { join } from 'node:path';
import { RestartTracker } from './restart-policy';

export interface CoreHandle {
  url: string;
  stop(): Promise<void>;
}

/** A running core as the supervisor sees it: its handle and when it exits on its own. */
interface ForkedCore extends CoreHandle {
  /** Resolves with the exit code when the core exits without having been asked to stop. */
  exited: Promise<number>;
}

const READY_TIMEOUT_MS = 30_000;

/**
 * Forks the core (`boxoffice serve` from the bundle) as an Electron utility process on a free
 * loopback port, hands it the personal-data key, and resolves with its URL once it reports ready.
 */
function forkCore(dbFile: string, dataKey: Buffer | null, port = 0): Promise<ForkedCore> {
  const entry = join(__dirname, 'core-entry.cjs');
  const args = ['serve', '--db', dbFile, '--port', String(port), '--host', '127.0.0.1', ...(dataKey ? ['--key-from-parent'] : [])];
  const child: UtilityProcess = utilityProcess.fork(entry, args, { serviceName: 'boxoffice-core', stdio: 'inherit' });
  // The key goes over the message port, never on the command line or in the environment.
  if (dataKey) child.postMessage({ type: 'data-key', key: dataKey.toString('base64') });
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill();
      reject(new Error(`the box-office core did not start within ${READY_TIMEOUT_MS / 1000} s`));
    }, READY_TIMEOUT_MS);
    let stopping = false;
    const exited = new Promise<number>((resolveExit) => {
      child.once('exit', (code) => {
        clearTimeout(timer);
        reject(new Error(`the box-office core exited during start-up (code ${code})`));
        if (!stopping) resolveExit(code);
      });
    });
    child.on('message', (message: unknown) => {
      const ready = message as { type?: string; url?: string } | null;
      if (ready?.type !== 'ready' || typeof ready.url !== 'string') return;
      clearTimeout(timer);
      resolve({
        url: ready.url,
        exited,
        stop: () => {
          stopping = true;
          return stopCore(child);
        },
      });
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

/** What the supervisor tells the window. */
export type CoreEvent = { kind: 'restarted'; url: string } | { kind: 'failing'; fastFailures: number; error: string | null };

/**
 * Starts the core and keeps it running: when it exits on its own it is started again on the same port (the
 * window's URL stays valid), after the RestartTracker's backoff; `onEvent` hears of each restart and of a core
 * that keeps failing. The restarted core checks its database after the unclean stop and resumes its outbox.
 */
export async function superviseCore(dbFile: string, dataKey: Buffer | null, onEvent: (event: CoreEvent) => void, tracker = new RestartTracker()): Promise<CoreHandle> {
  let current = await forkCore(dbFile, dataKey);
  const port = Number(new URL(current.url).port);
  const life: { stopped: boolean } = { stopped: false };
  const isStopped = () => life.stopped;
  let startedAt = Date.now();
  const watch = (core: ForkedCore): void => {
    void core.exited.then(async (code) => {
      if (life.stopped) return;
      console.error(`[shell] the box-office core exited (code ${code}); restarting`);
      for (;;) {
        const decision = tracker.exited(startedAt, Date.now());
        if (decision.alert) onEvent({ kind: 'failing', fastFailures: decision.fastFailures, error: `exit code ${code}` });
        await new Promise((resolve) => setTimeout(resolve, decision.delayMs));
        if (isStopped()) return;
        startedAt = Date.now();
        try {
          current = await forkCore(dbFile, dataKey, port);
          onEvent({ kind: 'restarted', url: current.url });
          watch(current);
          return;
        } catch (error) {
          console.error('[shell] the restarted core did not come up:', error);
        }
      }
    });
  };
  watch(current);
  return {
    get url() {
      return current.url;
    },
    stop: () => {
      life.stopped = true;
      return current.stop();
    },
  };
}
