import { contextBridge, ipcRenderer } from 'electron';
import type { CardText } from './id-card/sam-protocol';
import type { SerialPortInfo } from './shell/id-card-serial';
import { ID_CARD_CHANNELS } from './shell/id-card-channels';

/** The only native functions the window may call; never ipcRenderer itself. */
const desktop = {
  isDesktop: true as const,
  version: (): Promise<string | null> => ipcRenderer.invoke('boxoffice:version') as Promise<string | null>,
  printTickets: (request: { html: string; paper: 'thermal80' | 'a4'; printer: string | null; heightMm: number | null }): Promise<{ ok: boolean; error?: string }> =>
    ipcRenderer.invoke('boxoffice:print', request) as Promise<{ ok: boolean; error?: string }>,
  printers: (): Promise<{ name: string; displayName: string; isDefault: boolean }[]> =>
    ipcRenderer.invoke('boxoffice:printers') as Promise<{ name: string; displayName: string; isDefault: boolean }[]>,
  /** The serial resident-ID-card reader (shell/id-card-ipc.ts): its ports, start on one, stop; each card placed, once. */
  idCardReader: {
    ports: (): Promise<SerialPortInfo[]> => ipcRenderer.invoke(ID_CARD_CHANNELS.ports) as Promise<SerialPortInfo[]>,
    start: (path: string): Promise<{ ok: boolean; error?: string }> => ipcRenderer.invoke(ID_CARD_CHANNELS.start, path) as Promise<{ ok: boolean; error?: string }>,
    stop: (): Promise<void> => ipcRenderer.invoke(ID_CARD_CHANNELS.stop) as Promise<void>,
    /** Returns the unsubscribe. The listener gets the card only, never the IPC event. */
    onCard: (listener: (card: CardText) => void): (() => void) => {
      const handler = (_event: unknown, card: CardText) => listener(card);
      ipcRenderer.on(ID_CARD_CHANNELS.card, handler);
      return () => ipcRenderer.removeListener(ID_CARD_CHANNELS.card, handler);
    },
  },
};

contextBridge.exposeInMainWorld('boxofficeDesktop', desktop);

export type DesktopBridge = typeof desktop;
