// The window's narrow way to the serial ID-card reader (preload: `idCardReader`): list the ports, start reading on
// one, stop. Cards go to the window that started the reader, and only to a window of the app's own origin: a card
// carries a name and an ID number. Nothing about a card is logged.
import { ipcMain, type IpcMainInvokeEvent, type WebContents } from 'electron';
import { runCardReader } from '../id-card/card-reader';
import type { SerialBackend, SerialLink, SerialPortInfo } from './id-card-serial';
import { ID_CARD_CHANNELS } from './id-card-channels';


interface Running {
  link: SerialLink;
  stop: () => void;
  done: Promise<void>;
}

export function registerIdCardReader(isTrustedSender: (event: IpcMainInvokeEvent) => boolean, backend: () => Promise<SerialBackend>): void {
  let running: Running | null = null;

  const stop = async () => {
    const current = running;
    running = null;
    if (!current) return;
    current.stop();
    await current.done.catch(() => undefined);
    await current.link.close().catch(() => undefined);
  };

  ipcMain.handle(ID_CARD_CHANNELS.ports, async (event): Promise<SerialPortInfo[]> => (isTrustedSender(event) ? (await backend()).list() : []));
  ipcMain.handle(ID_CARD_CHANNELS.start, async (event, path: unknown): Promise<{ ok: boolean; error?: string }> => {
    if (!isTrustedSender(event) || typeof path !== 'string' || path.length === 0 || path.length > 200) return { ok: false, error: 'refused' };
    try {
      await stop();
      const link = await (await backend()).open(path);
      const sender: WebContents = event.sender;
      const reading = runCardReader(link, { onCard: (card) => (sender.isDestroyed() ? undefined : sender.send(ID_CARD_CHANNELS.card, card)) });
      running = { link, ...reading };
      sender.once('destroyed', () => void stop());
      return { ok: true };
    } catch (error) {
      return { ok: false, error: error instanceof Error ? error.message : String(error) };
    }
  });
  ipcMain.handle(ID_CARD_CHANNELS.stop, async (event) => {
    if (isTrustedSender(event)) await stop();
  });
}
