import { createServer as createHttpServer, type IncomingMessage, type RequestListener, type Server, type ServerResponse } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import { createServer as createNetServer, type AddressInfo, type Socket } from 'node:net';
import { httpsUrl, isLoopbackAddress, isLoopbackHost, isWildcardHost, lanAddresses } from './lan/addresses';
import { answerUseHttps } from './lan/use-https-page';

export interface Listening {
  /** The address to open on the core's own PC (plain HTTP on loopback when it is served). */
  url: string;
  port: number;
  host: string;
  /** The HTTPS addresses devices on the venue network use (empty when only loopback is served). */
  lanUrls: string[];
  close(): Promise<void>;
}

export interface TlsIdentity {
  certPem: string;
  keyPem: string;
  fingerprint: string;
}

const HEADERS_TIMEOUT_MS = 15_000;
const REQUEST_TIMEOUT_MS = 60_000;
// A TLS ClientHello begins with the handshake record type.
const TLS_HANDSHAKE = 0x16;

/**
 * Starts serving `app`; resolves once it accepts connections (port 0 picks a free port). Without `tls`, plain HTTP.
 * With `tls`, one port speaks both: HTTPS to everyone, and plain HTTP only to the core's own PC (a loopback client
 * naming a loopback host); any other plain-HTTP visitor gets the page sending it to the HTTPS address.
 */
export function listen(serveApp: RequestListener, host: string, port: number, tls?: TlsIdentity): Promise<Listening> {
  return tls ? listenDual(serveApp, host, port, tls) : listenPlain(serveApp, host, port);
}

function listenPlain(serveApp: RequestListener, host: string, port: number): Promise<Listening> {
  return new Promise((resolve, reject) => {
    const server = createHttpServer(serveApp);
    limitTimes(server);
    server.once('error', reject);
    server.listen(port, host);
    server.once('listening', () => {
      const address = server.address() as AddressInfo;
      resolve({
        url: `http://${shownHost(host)}:${address.port}`,
        port: address.port,
        host,
        lanUrls: [],
        close: () =>
          new Promise<void>((done) => {
            server.close(() => done());
            // Event streams never end on their own: cut them so close() returns promptly.
            server.closeAllConnections();
          }),
      });
    });
  });
}

function listenDual(serveApp: RequestListener, host: string, port: number, tls: TlsIdentity): Promise<Listening> {
  let boundPort = port;
  const secure = createHttpsServer({ cert: tls.certPem, key: tls.keyPem }, serveApp);
  const plain = createHttpServer((request: IncomingMessage, response: ServerResponse) => {
    if (isLoopbackAddress(request.socket.remoteAddress ?? '') && isLoopbackHost(request.headers.host)) serveApp(request, response);
    else answerUseHttps(request, response, boundPort, tls.fingerprint);
  });
  limitTimes(secure);
  limitTimes(plain);
  const sockets = new Set<Socket>();
  // Each answer goes out as soon as it is written (as node:http's own listener sets it): no Nagle wait on a small one.
  const front = createNetServer({ noDelay: true }, (socket) => {
    sockets.add(socket);
    socket.once('close', () => sockets.delete(socket));
    // A connection that never says anything is not kept open.
    const silent = setTimeout(() => socket.destroy(), HEADERS_TIMEOUT_MS);
    socket.once('data', (first: Buffer) => {
      clearTimeout(silent);
      socket.pause();
      socket.unshift(first);
      (first[0] === TLS_HANDSHAKE ? secure : plain).emit('connection', socket);
      process.nextTick(() => socket.resume());
    });
    socket.once('close', () => clearTimeout(silent));
    socket.on('error', () => socket.destroy());
  });
  return new Promise((resolve, reject) => {
    front.once('error', reject);
    front.listen(port, host, () => {
      boundPort = (front.address() as AddressInfo).port;
      const local = isWildcardHost(host) || isLoopbackAddress(host);
      resolve({
        url: local ? `http://127.0.0.1:${boundPort}` : httpsUrl(host, boundPort).replace(/\/$/, ''),
        port: boundPort,
        host,
        lanUrls: lanAddresses(host).map((address) => httpsUrl(address, boundPort)),
        close: () =>
          new Promise<void>((done) => {
            front.close(() => done());
            for (const socket of sockets) socket.destroy();
          }),
      });
    });
  });
}

function limitTimes(server: Server): void {
  server.headersTimeout = HEADERS_TIMEOUT_MS;
  server.requestTimeout = REQUEST_TIMEOUT_MS;
}

function shownHost(host: string): string {
  return isWildcardHost(host) ? '127.0.0.1' : host.includes(':') ? `[${host}]` : host;
}
