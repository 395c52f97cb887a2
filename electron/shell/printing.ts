import { BrowserWindow, ipcMain, type IpcMainInvokeEvent } from 'electron';
import { pageSizeFor } from './page-size';

export interface PrintRequest {
  /** A complete HTML document of the tickets, made by the renderer (no scripts run in it). */
  html: string;
  /** 80 mm thermal roll or A4. */
  paper: 'thermal80' | 'a4';
  printer: string | null;
  /** The roll's page height for this document (its tallest ticket), measured by the renderer; null on A4. */
  heightMm?: number | null;
}

/** Silent ticket printing for the window's renderer: an offscreen window prints the given document. */
export function registerPrinting(isTrustedSender: (event: IpcMainInvokeEvent) => boolean, defaultPrinter: () => string | null): void {
  ipcMain.handle('boxoffice:print', async (event, request: PrintRequest) => {
    if (!isTrustedSender(event)) throw new Error('untrusted sender');
    if (typeof request.html !== 'string' || request.html.length > 5_000_000) throw new Error('invalid print document');
    const paper = pageSizeFor(request);
    const printWindow = new BrowserWindow({
      show: false,
      webPreferences: { sandbox: true, contextIsolation: true, nodeIntegration: false, javascript: false },
    });
    try {
      await printWindow.loadURL(`data:text/html;charset=utf-8,${encodeURIComponent(request.html)}`);
      return await new Promise<{ ok: boolean; error?: string }>((resolve) => {
        printWindow.webContents.print(
          { silent: true, printBackground: true, deviceName: request.printer ?? defaultPrinter() ?? '', pageSize: paper, margins: { marginType: 'none' } },
          (ok, failureReason) => resolve(ok ? { ok } : { ok, error: failureReason }),
        );
      });
    } finally {
      printWindow.destroy();
    }
  });
  ipcMain.handle('boxoffice:printers', async (event) => {
    if (!isTrustedSender(event)) throw new Error('untrusted sender');
    const printers = await event.sender.getPrintersAsync();
    return printers.map((printer) => ({ name: printer.name, displayName: printer.displayName, isDefault: (printer as { isDefault?: boolean }).isDefault ?? false }));
  });
}
