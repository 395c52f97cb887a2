import { useEffect } from 'react';
import { createPortal } from 'react-dom';
import { useSellPrintStore } from '../../stores/sell-print-store';
import { setRollPageHeight } from './page-height';

/**
 * The browser's print view: the last sheet (tickets or a report), hidden on screen and the only thing on
 * paper (sell-print.css). When a new sheet arrives, the print dialog opens once it is laid out.
 */
export function PrintHost() {
  const job = useSellPrintStore((state) => state.job);
  const dialogOpened = useSellPrintStore((state) => state.dialogOpened);

  useEffect(() => {
    if (!job) return;
    setRollPageHeight(job.heightMm);
    const frame = requestAnimationFrame(() => {
      window.print();
      dialogOpened(job.id);
    });
    return () => cancelAnimationFrame(frame);
  }, [job, dialogOpened]);

  if (!job) return null;
  // The sheet is made by ticket-html.ts / report-html.ts, which escape every value they print.
  return createPortal(<div className={`print-root print-${job.paper}`} data-testid="print-root" dangerouslySetInnerHTML={{ __html: job.sheetHtml }} />, document.body);
}
