import type { IncomingMessage, ServerResponse } from 'node:http';
import { PLATFORM_CODES, type PlatformCode } from '../reporter/wire/inferred';
import type { WireEnvelope } from '../reporter/wire/envelope';

/** The body was larger than the sandbox accepts. */
export class BodyTooLarge extends Error {
  override name = 'BodyTooLarge';
}

/** Reads a request body as UTF-8 text, refusing more than `limit` bytes. */
export async function readBody(req: IncomingMessage, limit: number): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    const buffer = chunk as Buffer;
    size += buffer.length;
    if (size > limit) throw new BodyTooLarge(`body larger than ${limit} bytes`);
    chunks.push(buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/** The platform's envelope, keys in the standard's order, code quoted as in its example. */
export function envelopeOf(code: PlatformCode, data: unknown, detail?: string): WireEnvelope {
  const base = PLATFORM_CODES[code].msg;
  return { code, data: code === '200' ? data : null, msg: detail ? `${base}: ${detail}` : base, success: code === '200' };
}

/** Sends a JSON value. */
export function sendJson(res: ServerResponse, status: number, value: unknown, headers: Record<string, string> = {}): void {
  const text = JSON.stringify(value);
  res.writeHead(status, { 'content-type': 'application/json;charset=UTF-8', 'content-length': Buffer.byteLength(text), ...headers });
  res.end(text);
}

/** Sends an HTML page (the inspection view, or a gateway's error page). */
export function sendHtml(res: ServerResponse, status: number, html: string, headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'content-type': 'text/html;charset=UTF-8', 'content-length': Buffer.byteLength(html), ...headers });
  res.end(html);
}

const STATUS_TEXT: Record<number, string> = { 500: 'Internal Server Error', 502: 'Bad Gateway', 503: 'Service Temporarily Unavailable', 504: 'Gateway Time-out' };

/** What a reverse proxy in front of a platform sends when the platform is away: HTML, not an envelope. */
export function gatewayPage(status: number): string {
  const text = STATUS_TEXT[status] ?? 'Error';
  return `<html>\r\n<head><title>${status} ${text}</title></head>\r\n<body>\r\n<center><h1>${status} ${text}</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n`;
}

/** Escapes text for HTML. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
