import type { IncomingMessage, ServerResponse } from 'node:http';
import { CONTENT_SECURITY_POLICY } from '../http/security-headers';

const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);

/**
 * What plain HTTP answers a device on the venue network: no API and no app (PINs and cookies would cross the Wi-Fi
 * in clear, and the browser would refuse the camera and crypto there), only a page sending it to the HTTPS address.
 */
export function answerUseHttps(request: IncomingMessage, response: ServerResponse, port: number, fingerprint: string): void {
  const host = (request.headers.host ?? '').replace(/:\d+$/, '');
  const target = /^[\w.\-[\]:]+$/.test(host) ? `https://${host}:${port}/` : null;
  const headers = { 'Cache-Control': 'no-store', 'Content-Security-Policy': CONTENT_SECURITY_POLICY, 'X-Content-Type-Options': 'nosniff' };
  if ((request.url ?? '').startsWith('/api/')) {
    response.writeHead(403, { ...headers, 'Content-Type': 'application/json; charset=utf-8' });
    response.end(JSON.stringify({ code: 'HTTPS_REQUIRED', message: `The venue network is served over HTTPS only${target ? `: use ${target}` : ''}.` }));
    return;
  }
  const link = target ? `<p class="address"><a href="${escapeHtml(target)}">${escapeHtml(target)}</a></p>` : '';
  response.writeHead(200, { ...headers, 'Content-Type': 'text/html; charset=utf-8' });
  response.end(`<!doctype html>
<html lang="zh-CN">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>请使用 HTTPS 地址 · Use the HTTPS address</title></head>
<body>
<main data-page="use-https">
<h1>请使用 HTTPS 地址</h1>
<p>场馆网络上的设备只能通过加密的 HTTPS 地址使用票务系统，以保护 PIN 码和登录信息。请打开：</p>
${link}
<p>浏览器提示证书不受信任时，请核对证书指纹与经理在「管理 → 设备」中看到的一致后再继续：</p>
<p><code>${escapeHtml(fingerprint)}</code></p>
<hr>
<h2 lang="en">Use the HTTPS address</h2>
<p lang="en">Devices on the venue network use the box office only over encrypted HTTPS, which protects PINs and logins. Open the address above. If the browser warns that the certificate is not trusted, check that its SHA-256 fingerprint matches the one a manager sees in Manage → Devices before you continue.</p>
</main>
</body>
</html>
`);
}
