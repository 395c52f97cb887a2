// The reader through the desktop shell (electron/shell/id-card-ipc.ts, the `serialport` package): no port picker,
// the shell opens the reader's USB-serial port itself. Absent in a plain browser (Web Serial there: web-serial.ts).
import type { CardText } from '../../../../electron/id-card/sam-protocol';

interface DesktopIdCardReader {
  ports(): Promise<{ path: string; manufacturer: string | null; vendorId: string | null }[]>;
  start(path: string): Promise<{ ok: boolean; error?: string }>;
  stop(): Promise<void>;
  onCard(listener: (card: CardText) => void): () => void;
}

export function desktopReader(): DesktopIdCardReader | null {
  return (window as Window & { boxofficeDesktop?: { idCardReader?: DesktopIdCardReader } }).boxofficeDesktop?.idCardReader ?? null;
}

/** Starts the shell's reader on the first USB-serial port (a reader is usually the only one) and reports cards until stopped. */
export async function connectDesktopReader(reader: DesktopIdCardReader, onCard: (card: CardText) => void): Promise<() => void> {
  const ports = await reader.ports();
  const port = ports.find((p) => p.vendorId !== null) ?? ports[0];
  if (!port) throw new Error('no serial port found');
  const unsubscribe = reader.onCard(onCard);
  const started = await reader.start(port.path);
  if (!started.ok) {
    unsubscribe();
    throw new Error(started.error ?? 'the reader did not start');
  }
  return () => {
    unsubscribe();
    void reader.stop();
  };
}
