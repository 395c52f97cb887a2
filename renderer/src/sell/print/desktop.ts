import type { Paper } from './html';

export interface PrinterInfo {
  name: string;
  displayName: string;
  isDefault: boolean;
}

/** What the desktop shell's preload exposes (electron/preload.ts); absent in a plain browser. */
interface DesktopBridge {
  isDesktop: true;
  printTickets: (request: { html: string; paper: Paper; printer: string | null; heightMm: number | null }) => Promise<{ ok: boolean; error?: string }>;
  printers: () => Promise<PrinterInfo[]>;
}

export function desktopBridge(): DesktopBridge | null {
  return (window as Window & { boxofficeDesktop?: DesktopBridge }).boxofficeDesktop ?? null;
}
