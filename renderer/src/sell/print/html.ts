/** Text for an HTML document: the print documents are strings, so every value is escaped here. */
export function escapeHtml(value: string | number): string {
  return String(value).replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

export type Paper = 'thermal80' | 'a4';

/** A whole document for the desktop shell's print window, which shows nothing else (it may carry its own style). */
export function printDocument(sheetHtml: string, css: string, lang: string): string {
  return `<!doctype html><html lang="${escapeHtml(lang)}"><head><meta charset="utf-8"><title>print</title><style>${css}</style></head><body>${sheetHtml}</body></html>`;
}
