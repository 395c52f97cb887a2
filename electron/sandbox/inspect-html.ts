import { escapeHtml } from './http-io';
import type { Inspection } from './inspect';

const cell = (value: string | number): string => `<td>${escapeHtml(String(value))}</td>`;

/** The inspection as one self-contained HTML page (no scripts; reload to refresh). */
export function inspectionPage(inspection: Inspection, info: { url: string; appId: string; faults: string; tokenTtlSeconds: number }): string {
  const rows = Object.entries(inspection.interfaces)
    .map(([name, c]) =>
      [
        `<tr><th>${escapeHtml(c.title)}<br><code>${escapeHtml(c.path || name)}</code></th>`,
        cell(c.calls),
        cell(c.accepted),
        cell(c.duplicates),
        cell(c.rejected),
        cell(c.faulted),
        cell(`${c.items} / ${c.duplicateItems}`),
        cell(Object.entries(c.codes).map(([code, n]) => `${code}×${n}`).join(' ')),
        '</tr>',
      ].join(''),
    )
    .join('\n');
  const rejections = inspection.rejections.latest
    .map((r) => `<tr>${cell(r.at)}${cell(r.interface)}${cell(r.code)}<td class="msg">${escapeHtml(r.msg)}</td></tr>`)
    .join('\n');
  const state = Object.entries(inspection.state).map(([key, n]) => `<tr><th>${escapeHtml(key)}</th>${cell(n)}</tr>`).join('');
  const faults = Object.entries(inspection.faults).map(([key, n]) => `${escapeHtml(key)}×${n}`).join(', ') || 'none';
  const t = inspection.tokenRequests;
  return `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>沙箱票务平台 · sandbox platform</title>
<style>
body{font:14px system-ui,"WenQuanYi Micro Hei",sans-serif;margin:2em;color:#222}
table{border-collapse:collapse;margin:1em 0}td,th{border:1px solid #ccc;padding:4px 8px;text-align:right;vertical-align:top}
th{text-align:left;background:#f6f6f6}td.msg{text-align:left;max-width:60em}code{font-size:12px;color:#555}
.banner{background:#fff3cd;border:1px solid #e0c060;padding:8px 12px;display:inline-block}
</style></head><body>
<p class="banner">沙箱模式 SANDBOX: this is not the national platform. Nothing here is reported anywhere.</p>
<h1>Sandbox platform</h1>
<p>${escapeHtml(info.url)} · appId <code>${escapeHtml(info.appId)}</code> · token lifetime ${info.tokenTtlSeconds} s · faults <code>${escapeHtml(info.faults)}</code> · at ${escapeHtml(inspection.generatedAt)} (UTC+8)</p>
<h2>Token requests</h2>
<p>${t.total} requests: ${t.issued} issued (${t.issuedLast24h} in the last 24 h), ${t.refused} refused, ${t.faulted} hit by faults.</p>
<h2>Interfaces</h2>
<table><tr><th>interface</th><th>calls</th><th>accepted</th><th>duplicates</th><th>rejected</th><th>faults</th><th>items / repeated</th><th>answers</th></tr>
${rows}
<tr><th>total</th>${cell(inspection.totals.calls)}${cell(inspection.totals.accepted)}${cell(inspection.totals.duplicates)}${cell(inspection.totals.rejected)}${cell(inspection.totals.faulted)}<td></td><td></td></tr></table>
<p>Faults injected: ${faults}</p>
<h2>Rejections (${inspection.rejections.total}; latest first)</h2>
<table><tr><th>at</th><th>interface</th><th>code</th><th>message</th></tr>${rejections}</table>
<h2>State</h2><table>${state}</table>
<p><a href="/__sandbox/inspect">JSON</a></p>
</body></html>`;
}
