// The reader through Web Serial (Chromium and Electron; no such API in Firefox or Safari). A port is chosen once
// by the person (the browser asks); afterwards getPorts() finds it again without asking.
import { runCardReader, type BytePort } from '../../../../electron/id-card/card-reader';
import type { CardText } from '../../../../electron/id-card/sam-protocol';

interface SerialPortLike extends BytePort {
  open(options: { baudRate: number }): Promise<void>;
  close(): Promise<void>;
}
interface SerialLike {
  getPorts(): Promise<SerialPortLike[]>;
  requestPort(): Promise<SerialPortLike>;
}

/** Web Serial where the browser has it (lib.dom does not type it yet). */
export function webSerial(): SerialLike | null {
  const serial = (navigator as Navigator & { serial?: SerialLike }).serial;
  return serial ?? null;
}

/** Connects the reader (asking for the port the first time) and reads cards until the returned stop is called. */
export async function connectCardReader(onCard: (card: CardText) => void): Promise<() => void> {
  const serial = webSerial();
  if (!serial) throw new Error('Web Serial is not available');
  const port = (await serial.getPorts())[0] ?? (await serial.requestPort());
  // The readers' SAM modules talk at 115200 baud, 8N1.
  await port.open({ baudRate: 115200 });
  const reading = runCardReader(port, { onCard });
  return () => {
    reading.stop();
    void reading.done.then(() => port.close()).catch(() => undefined);
  };
}
