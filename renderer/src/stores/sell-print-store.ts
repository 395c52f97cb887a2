import { create } from 'zustand';
import i18next from 'i18next';
import type { ShiftReport, TicketContent } from '../../../electron/server/contract';
import ticketCss from '../styles/sell-ticket.css?raw';
import { printDocument, type Paper } from '../sell/print/html';
import { ticketSheetHtml } from '../sell/print/ticket-html';
import { reportSheetHtml } from '../sell/print/report-html';
import { qrSvgs } from '../sell/print/qr';
import { ticketLabels, reportLabels, TICKET_LANGUAGE } from '../sell/print/labels';
import { desktopBridge, type PrinterInfo } from '../sell/print/desktop';
import { rollPageHeightMm } from '../sell/print/page-height';

export type PrintStatus =
  | { kind: 'idle' }
  | { kind: 'printing' }
  | { kind: 'sent'; via: 'desktop' | 'dialog'; paper: Paper }
  | { kind: 'failed'; error: string };

/** A sheet shown by the browser's print view (PrintHost) until its print dialog has been opened. */
export interface BrowserPrintJob {
  id: number;
  sheetHtml: string;
  paper: Paper;
  /** The roll's page height for this sheet (null on A4). */
  heightMm: number | null;
}

interface PrintState {
  paper: Paper;
  /** The desktop shell's printer; null for its default. */
  printer: string | null;
  printers: PrinterInfo[];
  job: BrowserPrintJob | null;
  status: PrintStatus;
  setPaper: (paper: Paper) => void;
  setPrinter: (printer: string | null) => void;
  loadPrinters: () => Promise<void>;
  printTickets: (tickets: readonly TicketContent[]) => Promise<void>;
  printReport: (report: ShiftReport) => Promise<void>;
  /** The print view has opened the browser's dialog for this job. */
  dialogOpened: (jobId: number) => void;
  resetStatus: () => void;
}

const SETTINGS_KEY = 'boxoffice.sell.print';

function savedSettings(): { paper: Paper; printer: string | null } {
  try {
    const saved = JSON.parse(localStorage.getItem(SETTINGS_KEY) ?? '{}') as { paper?: unknown; printer?: unknown };
    return { paper: saved.paper === 'a4' ? 'a4' : 'thermal80', printer: typeof saved.printer === 'string' ? saved.printer : null };
  } catch {
    return { paper: 'thermal80', printer: null };
  }
}

let nextJobId = 1;

/**
 * Printing tickets and reports: silently through the desktop shell when it is there (a complete document
 * with its own style), through the browser's print dialog otherwise (the same sheet in the print view).
 */
export const useSellPrintStore = create<PrintState>((set, get) => {
  const save = () => localStorage.setItem(SETTINGS_KEY, JSON.stringify({ paper: get().paper, printer: get().printer }));

  const printSheet = async (sheetHtml: string, lang: string) => {
    const { paper, printer } = get();
    const bridge = desktopBridge();
    const heightMm = rollPageHeightMm(sheetHtml, paper);
    if (!bridge) {
      set({ job: { id: nextJobId++, sheetHtml, paper, heightMm }, status: { kind: 'printing' } });
      return;
    }
    set({ status: { kind: 'printing' } });
    try {
      const result = await bridge.printTickets({ html: printDocument(sheetHtml, ticketCss, lang), paper, printer, heightMm });
      set({ status: result.ok ? { kind: 'sent', via: 'desktop', paper } : { kind: 'failed', error: result.error ?? '' } });
    } catch (error) {
      set({ status: { kind: 'failed', error: error instanceof Error ? error.message : String(error) } });
    }
  };

  return {
    ...savedSettings(),
    printers: [],
    job: null,
    status: { kind: 'idle' },
    setPaper: (paper) => {
      set({ paper });
      save();
    },
    setPrinter: (printer) => {
      set({ printer });
      save();
    },
    loadPrinters: async () => {
      const bridge = desktopBridge();
      if (bridge) set({ printers: await bridge.printers() });
    },
    printTickets: async (tickets) => {
      if (tickets.length === 0) return;
      set({ status: { kind: 'printing' } });
      const qr = await qrSvgs(tickets.map((ticket) => ticket.qrPayload));
      await printSheet(ticketSheetHtml(tickets, qr, ticketLabels(), get().paper), TICKET_LANGUAGE);
    },
    printReport: async (report) => {
      await printSheet(reportSheetHtml(report, reportLabels(report), get().paper), i18next.language);
    },
    dialogOpened: (jobId) => {
      const { job } = get();
      if (job?.id === jobId) set({ status: { kind: 'sent', via: 'dialog', paper: job.paper } });
    },
    resetStatus: () => set({ status: { kind: 'idle' } }),
  };
});
