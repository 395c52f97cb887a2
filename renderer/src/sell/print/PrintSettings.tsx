import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useSellPrintStore } from '../../stores/sell-print-store';
import { desktopBridge } from './desktop';

/** Paper (80 mm roll or A4) and, under the desktop shell, the printer; kept on this PC. */
export function PrintSettings() {
  const { t } = useTranslation();
  const paper = useSellPrintStore((state) => state.paper);
  const printer = useSellPrintStore((state) => state.printer);
  const printers = useSellPrintStore((state) => state.printers);
  const setPaper = useSellPrintStore((state) => state.setPaper);
  const setPrinter = useSellPrintStore((state) => state.setPrinter);
  const loadPrinters = useSellPrintStore((state) => state.loadPrinters);
  const desktop = desktopBridge() !== null;

  useEffect(() => {
    void loadPrinters();
  }, [loadPrinters]);

  return (
    <div className="print-settings">
      <fieldset className="choice-group">
        <legend>{t('sell.print.paper')}</legend>
        {(['thermal80', 'a4'] as const).map((option) => (
          <label key={option} className={paper === option ? 'choice checked' : 'choice'}>
            <input type="radio" name="sell-paper" value={option} checked={paper === option} onChange={() => setPaper(option)} />
            {t(`sell.print.papers.${option}`)}
          </label>
        ))}
      </fieldset>
      {desktop ? (
        <label className="field">
          <span>{t('sell.print.printer')}</span>
          <select value={printer ?? ''} onChange={(event) => setPrinter(event.target.value || null)}>
            <option value="">{t('sell.print.defaultPrinter')}</option>
            {printers.map((p) => (
              <option key={p.name} value={p.name}>
                {p.displayName}
              </option>
            ))}
          </select>
        </label>
      ) : (
        <span className="muted small">{t('sell.print.browserNote')}</span>
      )}
    </div>
  );
}
