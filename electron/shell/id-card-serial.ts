// The desktop shell's way to a serial resident-ID-card reader: the maintained `serialport` package in the main
// process (Electron's window has Web Serial too, but a kiosk PC must not ask the person to pick a port), its byte
// stream adapted to the same reader loop the browser runs (electron/id-card/card-reader.ts).
//
// `serialport` ships N-API prebuilt binaries for Windows, macOS and Linux inside its npm package (no download, no
// native build; its install script is not needed and not allowed). It is loaded only when a reader is started, and
// behind SerialBackend, so a machine whose binding fails to load still starts, and tests may pass another backend.
import type { Duplex } from 'node:stream';
import { z } from 'zod';
import type { BytePort } from '../id-card/card-reader';

/** A serial port as the system lists it. */
export interface SerialPortInfo {
  path: string;
  manufacturer: string | null;
  vendorId: string | null;
  productId: string | null;
}

/** An open port: the reader loop's two streams, and how to close it. */
export interface SerialLink extends BytePort {
  close(): Promise<void>;
}

export interface SerialBackend {
  list(): Promise<SerialPortInfo[]>;
  open(path: string): Promise<SerialLink>;
}

/** The readers' SAM modules talk at 115200 baud, 8N1. */
export const READER_BAUD = 115_200;

/** A Node duplex byte stream (a serial port, a pseudo-terminal) as the Web streams the reader loop reads and writes. */
export function duplexPort(stream: Duplex): BytePort {
  const readable = new ReadableStream<Uint8Array>({
    start(controller) {
      stream.on('data', (chunk: Buffer) => controller.enqueue(new Uint8Array(chunk)));
      stream.once('close', () => {
        try {
          controller.close();
        } catch {
          // Already closed by a cancel.
        }
      });
      stream.once('error', (error) => controller.error(error));
    },
    cancel() {
      stream.pause();
    },
  });
  const writable = new WritableStream<Uint8Array>({
    write: (chunk) =>
      new Promise<void>((resolve, reject) => {
        stream.write(Buffer.from(chunk), (error) => (error ? reject(error) : resolve()));
      }),
  });
  return { readable, writable };
}

const text = z.string().optional();
const portList = z.array(z.object({ path: z.string(), manufacturer: text, vendorId: text, productId: text }));

/** The `serialport` package as a backend. */
export async function serialportBackend(): Promise<SerialBackend> {
  const { SerialPort } = await import('serialport');
  return {
    list: async () => {
      // Parsed: what the system's port list holds varies by platform (and its types come from a transitive package).
      const ports = portList.parse(await (SerialPort.list() as Promise<unknown>));
      return ports.map((p) => ({ path: p.path, manufacturer: p.manufacturer ?? null, vendorId: p.vendorId ?? null, productId: p.productId ?? null }));
    },
    open: (path) =>
      new Promise<SerialLink>((resolve, reject) => {
        const port = new SerialPort({ path, baudRate: READER_BAUD, dataBits: 8, stopBits: 1, parity: 'none', autoOpen: false });
        port.open((error) => {
          if (error) return reject(error);
          resolve({
            ...duplexPort(port),
            close: () => new Promise<void>((done) => (port.isOpen ? port.close(() => done()) : done())),
          });
        });
      }),
  };
}
