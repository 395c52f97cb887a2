import { resolve } from 'node:path';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { helpFlag, intFlag, parseFlags, type Command } from './command';
import { defaultDatabaseFile } from './paths';
import { startCore } from '../server/start-core';
import { openInBrowser } from './open-browser';
import { parentPort } from './parent-port';
import { installProcessGuards } from '../server/process-guard';
import type { UnhandledReport } from '../server/contract/storage';
import { venueNetworkLines } from './venue-network-lines';
import { failedCheck } from '../server/storage/unclean-start';

/** The built renderer sits beside the core bundle (dist/core → dist/renderer). */
function defaultRendererDir(): string {
  return fileURLToPath(new URL('../renderer/', import.meta.url));
}

/** Waits for the desktop shell to hand over the personal-data key (it never travels on the command line). */
function keyFromParent(): Promise<Uint8Array> {
  const port = parentPort();
  if (!port) throw new Error('--key-from-parent is only for the desktop shell');
  return new Promise((resolveKey, reject) => {
    const timer = setTimeout(() => reject(new Error('the desktop shell did not send the personal-data key')), 30_000);
    port.on('message', (event) => {
      const message = event.data as { type?: string; key?: string } | null;
      if (message?.type !== 'data-key' || typeof message.key !== 'string') return;
      clearTimeout(timer);
      resolveKey(Buffer.from(message.key, 'base64'));
    });
  });
}

export const serveCommand: Command = {
  name: 'serve',
  summary: 'run the box-office core (API + user interface) until stopped',
  usage: `Usage: boxoffice serve [--db FILE] [--port N] [--host ADDR] [--https] [--open] [--allow-host NAME]...

Runs the core: the API, the event stream and the user interface, on one port.
Open the printed URL in a browser (or start the desktop app).

  --db FILE          the database (default: ${defaultDatabaseFile()})
  --port N           the port (default 7700; 0 picks a free one)
  --host ADDR        the address to listen on (default 127.0.0.1; 0.0.0.0 serves the venue's network
                     over HTTPS with the core's own certificate, made on first start beside the database)
  --https            serve HTTPS (and require paired devices) on a loopback address too
  --allow-host NAME  a host name (besides IP addresses and localhost) that browsers may use to reach
                     this core, e.g. boxoffice.local; repeatable
  --key FILE         the personal-data key file (default: the database's path + .key; created
                     with mode 0600 if missing). Keep it with the database and its backups.
  --open             open the user interface in the default browser once ready`,
  async run(argv) {
    const { values } = parseFlags({
      args: argv,
      options: {
        db: { type: 'string' },
        port: { type: 'string' },
        host: { type: 'string' },
        open: { type: 'boolean' },
        https: { type: 'boolean' },
        'allow-host': { type: 'string', multiple: true },
        'renderer-dir': { type: 'string' },
        key: { type: 'string' },
        // Under the desktop shell: the key comes from Electron safeStorage over the parent port.
        'key-from-parent': { type: 'boolean' },
        ...helpFlag,
      },
      strict: true,
      allowPositionals: false,
    });
    const rendererDir = resolve(values['renderer-dir'] ?? defaultRendererDir());
    if (!existsSync(rendererDir)) console.warn(`warning: no built user interface at ${rendererDir}; run "npm run build"`);
    // Until the core is up, an unhandled error is only logged; afterwards the manager's banner shows it too.
    let report: (r: UnhandledReport) => void = () => undefined;
    installProcessGuards((r) => report(r));
    const dataKey = values['key-from-parent'] ? await keyFromParent() : undefined;
    const core = await startCore({
      dataKey,
      keyFile: values.key === undefined ? undefined : resolve(values.key),
      dbFile: resolve(values.db ?? defaultDatabaseFile()),
      host: values.host ?? '127.0.0.1',
      port: intFlag(values.port, '--port', 0, 65535) ?? 7700,
      allowedHostNames: values['allow-host'] ?? [],
      ...(values.https ? { https: true } : {}),
      rendererDir,
    });
    report = (r) => core.core.storage.unhandled(r);
    console.log(`boxoffice core ready: ${core.url}  (database ${core.dbFile})`);
    if (core.certificate) console.log(venueNetworkLines(core.lanUrls, core.certificate.fingerprint));
    parentPort()?.postMessage({ type: 'ready', url: core.url });
    if (values.open) openInBrowser(core.url);
    const outcome: { failure: Error | null } = { failure: null };
    await new Promise<void>((done) => {
      const stop = () => {
        void core.stop().then(done);
      };
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
      parentPort()?.on('message', (event) => {
        if ((event.data as { type?: string } | null)?.type === 'stop') stop();
      });
      // A database found damaged after a crash is not served on: the core stops, and says why.
      void core.checked.then((check) => {
        outcome.failure = failedCheck(core.dbFile, check);
        if (outcome.failure) stop();
      });
    });
    if (outcome.failure) {
      console.error(`boxoffice core stopped: ${outcome.failure.message}`);
      return 1;
    }
    console.log('boxoffice core stopped');
    return 0;
  },
};
