import { request as httpsRequest } from 'node:https';
import { request as httpRequest, type IncomingMessage } from 'node:http';

export interface Answer {
  status: number;
  json: unknown;
  text: string;
  setCookies: string[];
}

/**
 * A device on the venue network as the core sees it: it reaches the core by `hostName` over HTTPS, trusting only the
 * core's certificate (checked against that name), and keeps its own cookies like a browser profile.
 */
export class LanDevice {
  readonly cookies = new Map<string, string>();

  constructor(
    private readonly target: { connectTo: string; port: number; hostName: string; certPem: string },
  ) {}

  call(name: string, body: unknown): Promise<Answer> {
    return this.send('https', 'POST', `/api/${name}`, JSON.stringify(body));
  }

  get(path: string, scheme: 'http' | 'https' = 'https'): Promise<Answer> {
    return this.send(scheme, 'GET', path);
  }

  /** Opens the event stream; resolves with its first chunk and a promise of its end (the server closing it). */
  openEvents(): Promise<{ first: string; ended: Promise<void> }> {
    const { connectTo, port, hostName, certPem } = this.target;
    return new Promise((resolve, reject) => {
      const req = httpsRequest(
        { host: connectTo, port, path: '/api/events', servername: hostName, ca: certPem, agent: false, headers: { host: `${hostName}:${port}`, cookie: this.cookieHeader() } },
        (res) => {
          if (res.statusCode !== 200) return reject(new Error(`event stream answered ${res.statusCode}`));
          const ended = new Promise<void>((done) => res.once('end', done));
          res.once('data', (chunk: Buffer) => resolve({ first: chunk.toString(), ended }));
        },
      );
      req.on('error', reject);
      req.end();
    });
  }

  /** The cookie header this device sends, e.g. to replay it from another device. */
  cookieHeader(): string {
    return [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; ');
  }

  private send(scheme: 'http' | 'https', method: string, path: string, body?: string): Promise<Answer> {
    const { connectTo, port, hostName, certPem } = this.target;
    const headers: Record<string, string> = { host: `${hostName.includes(':') ? `[${hostName}]` : hostName}:${port}` };
    if (body !== undefined) headers['content-type'] = 'application/json';
    if (this.cookies.size > 0) headers.cookie = this.cookieHeader();
    const options = { host: connectTo, port, method, path, headers, agent: false as const };
    return new Promise((resolve, reject) => {
      const onResponse = (res: IncomingMessage) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (text += chunk));
        res.on('end', () => {
          const setCookies = res.headers['set-cookie'] ?? [];
          for (const line of setCookies) {
            const [pair = ''] = line.split(';');
            const eq = pair.indexOf('=');
            const value = pair.slice(eq + 1);
            if (/max-age=0|expires=Thu, 01 Jan 1970/i.test(line) || value === '') this.cookies.delete(pair.slice(0, eq));
            else this.cookies.set(pair.slice(0, eq), value);
          }
          let json: unknown;
          try {
            json = text ? JSON.parse(text) : null;
          } catch {
            json = null; // the use-HTTPS page is HTML
          }
          resolve({ status: res.statusCode ?? 0, json, text, setCookies });
        });
      };
      const req = scheme === 'https' ? httpsRequest({ ...options, ca: certPem, servername: /^[\d.]+$|:/.test(hostName) ? undefined : hostName }, onResponse) : httpRequest(options, onResponse);
      req.on('error', reject);
      req.end(body);
    });
  }
}
