import { contextBridge, ipcRenderer } from 'electron';

/** The only native functions the window may call; never ipcRenderer itself. */
const desktop = {
  isDesktop: true as const,
  version: (): Promise<string | null> => ipcRenderer.invoke('boxoffice:version') as Promise<string | null>,
  printTickets: (request: { html: string; paper: 'thermal80' | 'a4'; printer: string | null; heightMm: number | null }): Promise<{ ok: boolean; error?: string }> =>
    ipcRenderer.invoke('boxoffice:print', request) as Promise<{ ok: boolean; error?: string }>,
  printers: (): Promise<{ name: string; displayName: string; isDefault: boolean }[]> =>
    ipcRenderer.invoke('boxoffice:printers') as Promise<{ name: string; displayName: string; isDefault: boolean }[]>,
};

contextBridge.exposeInMainWorld('boxofficeDesktop', desktop);

export type DesktopBridge = typeof desktop;
