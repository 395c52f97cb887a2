import { app, BrowserWindow, dialog, ipcMain, type IpcMainInvokeEvent } from 'electron';
import { join } from 'node:path';
import { superviseCore, type CoreEvent, type CoreHandle } from './shell/core-process';
import { hardenSession } from './shell/harden';
import { registerPrinting } from './shell/printing';
import { registerIdCardReader } from './shell/id-card-ipc';
import { serialportBackend } from './shell/id-card-serial';
import { hubFingerprintFromArgs, hubFromArgs, readShellSettings } from './shell/settings';
import { pinHubCertificate } from './shell/pin-certificate';
import { normalizeFingerprint } from './shell/fingerprint';
import { readPairingLink } from './server/contract/devices';
import { loadDataKey } from './shell/data-key';

// Every renderer sandboxed, before anything else happens.
app.enableSandbox();
if (!app.requestSingleInstanceLock()) app.quit();

let core: CoreHandle | null = null;
let mainWindow: BrowserWindow | null = null;

async function start(): Promise<void> {
  const settings = readShellSettings();
  const hub = hubFromArgs(process.argv) ?? settings.hub;
  let url: string;
  if (hub) {
    url = hub;
    if (new URL(hub).protocol === 'https:') {
      // The pairing link (its QR code) carries the fingerprint; a setting or flag may give it too.
      const fingerprint = normalizeFingerprint(hubFingerprintFromArgs(process.argv) ?? readPairingLink(new URL(hub).hash).fingerprint ?? settings.hubFingerprint);
      if (!fingerprint) throw new Error('Terminal mode over HTTPS needs the core certificate\'s fingerprint: give the pairing link from Manage → 设备 as --hub, or add --hub-fingerprint (or "hubFingerprint" in shell.json).');
      pinHubCertificate(hub, fingerprint);
    }
  } else {
    core = await superviseCore(join(app.getPath('userData'), 'boxoffice.db'), await loadDataKey(), onCoreEvent);
    url = core.url;
  }
  const origin = new URL(url).origin;
  hardenSession(origin);
  const isTrustedSender = (event: IpcMainInvokeEvent): boolean => {
    const frameUrl = event.senderFrame?.url;
    return frameUrl !== undefined && new URL(frameUrl).origin === origin;
  };
  registerPrinting(isTrustedSender, () => readShellSettings().ticketPrinter);
  registerIdCardReader(isTrustedSender, serialportBackend);
  ipcMain.handle('boxoffice:version', (event) => (isTrustedSender(event) ? app.getVersion() : null));

  mainWindow = new BrowserWindow({
    width: 1366,
    height: 860,
    minWidth: 360,
    minHeight: 560,
    title: '票务 boxoffice',
    show: false,
    webPreferences: {
      preload: join(__dirname, 'preload.cjs'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      spellcheck: false,
      devTools: !app.isPackaged,
    },
  });
  mainWindow.removeMenu();
  mainWindow.once('ready-to-show', () => mainWindow?.show());
  await mainWindow.loadURL(url);
}

/** A restarted core serves the same URL: the window reloads; a core that keeps failing is said so in the window. */
function onCoreEvent(event: CoreEvent): void {
  if (event.kind === 'restarted') {
    void mainWindow?.loadURL(event.url);
    return;
  }
  const message = `票务核心在启动后多次意外退出（${event.fastFailures} 次），正在继续尝试重新启动。请检查磁盘空间和数据库文件，或联系技术支持。\n\nThe box-office core keeps exiting soon after it starts (${event.fastFailures} times); it is being restarted. Check the disk space and the database file, or call support.\n\n${event.error ?? ''}`;
  if (mainWindow) void dialog.showMessageBox(mainWindow, { type: 'error', title: 'boxoffice', message });
}

app.on('second-instance', () => {
  if (mainWindow) {
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  }
});

app.on('window-all-closed', () => app.quit());

let quitting = false;
app.on('before-quit', (event) => {
  if (quitting || !core) return;
  // Let the core finish its writes and close the database before the app goes.
  event.preventDefault();
  quitting = true;
  void core.stop().finally(() => app.quit());
});

app
  .whenReady()
  .then(start)
  .catch((error: unknown) => {
    dialog.showErrorBox('boxoffice could not start', error instanceof Error ? error.message : String(error));
    app.exit(1);
  });
