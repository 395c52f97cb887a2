import { useEffect, useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ShiftReport } from '../../../../electron/server/contract';
import { useSellShiftStore } from '../../stores/sell-shift-store';
import { useSellPrintStore } from '../../stores/sell-print-store';
import { formatYuan } from '../../format';
import { parseYuan } from '../../format';
import { reportSheetHtml } from '../print/report-html';
import { reportLabels } from '../print/labels';
import { PrintSettings } from '../print/PrintSettings';
import { PrintStatusLine } from '../print/PrintStatusLine';
import { sellErrorText } from '../sell-error-text';
import { Notice } from '../ui/Notice';
import { ConfirmDialog } from '../ui/ConfirmDialog';
import { ShortcutBar } from '../ui/ShortcutBar';

/** The shift: open it with the float; read the X report; close it with the counted cash and print the Z report. */
export function ShiftScreen() {
  const { t, i18n } = useTranslation();
  const phase = useSellShiftStore((state) => state.phase);
  const current = useSellShiftStore((state) => state.current);
  const closed = useSellShiftStore((state) => state.closed);
  const error = useSellShiftStore((state) => state.error);
  const load = useSellShiftStore((state) => state.load);
  const [openingAgain, setOpeningAgain] = useState(false);

  useEffect(() => {
    void load();
  }, [load]);

  return (
    <div className="shift-screen">
      {error ? <Notice kind="error">{sellErrorText(t, error, i18n.language)}</Notice> : null}
      <PrintStatusLine />
      {phase === 'open' && current ? (
        <div className="two-columns">
          <ReportPanel report={current} onRefresh={() => void load()} />
          <CloseShiftForm report={current} />
        </div>
      ) : null}
      {phase === 'none' && closed && !openingAgain ? (
        <div className="two-columns">
          <ReportPanel report={closed} />
          <div className="card">
            <Notice kind="ok">{t('sell.shift.closed')}</Notice>
            <button type="button" className="secondary big" onClick={() => setOpeningAgain(true)}>
              {t('sell.shift.openAgain')}
            </button>
          </div>
        </div>
      ) : null}
      {phase === 'none' && (!closed || openingAgain) ? <OpenShiftForm /> : null}
      {phase === 'unknown' && !error ? <p className="big-text muted">{t('sell.loading')}</p> : null}
      <ShortcutBar
        items={[
          ['Enter', t('sell.confirm')],
          ['F2', t('sell.keys.sessions')],
          ['F3', t('sell.keys.orders')],
        ]}
      />
    </div>
  );
}

function ReportPanel({ report, onRefresh }: { report: ShiftReport; onRefresh?: () => void }) {
  const { t } = useTranslation();
  const printReport = useSellPrintStore((state) => state.printReport);
  return (
    <section className="card report-panel" aria-label={report.kind === 'Z' ? t('sell.shift.zTitle') : t('sell.shift.xTitle')}>
      {/* The screen shows the very sheet that is printed (report-html.ts escapes every value). */}
      <div className="report-screen" data-testid={`report-${report.kind}`} dangerouslySetInnerHTML={{ __html: reportSheetHtml(report, reportLabels(report), 'a4') }} />
      <div className="button-row">
        {onRefresh ? (
          <button type="button" className="secondary" onClick={onRefresh}>
            {t('sell.shift.refresh')}
          </button>
        ) : null}
        <button type="button" className="secondary" onClick={() => void printReport(report)}>
          {t('sell.shift.printReport')}
        </button>
      </div>
      <PrintSettings />
    </section>
  );
}

function OpenShiftForm() {
  const { t } = useTranslation();
  const open = useSellShiftStore((state) => state.open);
  const busy = useSellShiftStore((state) => state.busy);
  const [text, setText] = useState('');
  const floatFen = parseYuan(text);
  const submit = (event: SyntheticEvent) => {
    event.preventDefault();
    if (floatFen !== null) void open(floatFen);
  };
  return (
    <form className="card shift-form" onSubmit={submit} aria-labelledby="open-shift-title">
      <h2 id="open-shift-title">{t('sell.shift.noneTitle')}</h2>
      <p>{t('sell.shift.noneIntro')}</p>
      <div className="field">
        <label htmlFor="shift-float">{t('sell.shift.float')}</label>
        <input
          id="shift-float"
          className="money-input"
          inputMode="decimal"
          autoFocus
          autoComplete="off"
          value={text}
          aria-invalid={text !== '' && floatFen === null ? true : undefined}
          onChange={(event) => setText(event.target.value)}
        />
        {text !== '' && floatFen === null ? <div className="field-error">{t('validation.invalid')}</div> : null}
      </div>
      <button type="submit" className="primary big" disabled={busy || floatFen === null}>
        {t('sell.shift.open')}
      </button>
    </form>
  );
}

function CloseShiftForm({ report }: { report: ShiftReport }) {
  const { t } = useTranslation();
  const close = useSellShiftStore((state) => state.close);
  const busy = useSellShiftStore((state) => state.busy);
  const printReport = useSellPrintStore((state) => state.printReport);
  const [text, setText] = useState('');
  const [note, setNote] = useState('');
  const [confirming, setConfirming] = useState(false);
  const counted = parseYuan(text);
  const difference = counted === null ? null : counted - report.expectedCashFen;
  const differenceText =
    difference === null ? '' : difference === 0 ? t('sell.shift.even') : difference > 0 ? t('sell.shift.over', { amount: formatYuan(difference) }) : t('sell.shift.shortBy', { amount: formatYuan(-difference) });

  const finish = async () => {
    if (counted === null) return;
    const z = await close(counted, note.trim());
    setConfirming(false);
    // The Z report is printed as the shift closes: it is the paper the drawer is handed over with.
    if (z) await printReport(z);
  };

  return (
    <form
      className="card shift-form"
      aria-labelledby="close-shift-title"
      onSubmit={(event) => {
        event.preventDefault();
        if (counted !== null) setConfirming(true);
      }}
    >
      <h2 id="close-shift-title">{t('sell.shift.closeTitle')}</h2>
      <p className="big-text">
        {t('sell.shift.expected')} <strong>{formatYuan(report.expectedCashFen)}</strong>
      </p>
      <div className="field">
        <label htmlFor="shift-counted">{t('sell.shift.counted')}</label>
        <input id="shift-counted" className="money-input" inputMode="decimal" autoComplete="off" value={text} onChange={(event) => setText(event.target.value)} aria-describedby="shift-difference" />
        <div id="shift-difference" className={difference !== null && difference < 0 ? 'difference short' : 'difference'} aria-live="polite">
          {difference === null ? (text === '' ? '' : t('validation.invalid')) : `${t('sell.shift.difference')}：${differenceText}`}
        </div>
      </div>
      <div className="field">
        <label htmlFor="shift-note">{t('sell.shift.note')}</label>
        <input id="shift-note" value={note} maxLength={200} autoComplete="off" onChange={(event) => setNote(event.target.value)} />
      </div>
      <button type="submit" className="primary big" disabled={busy || counted === null}>
        {t('sell.shift.close')}
      </button>
      {confirming && counted !== null ? (
        <ConfirmDialog
          title={t('sell.shift.closeConfirmTitle')}
          confirmLabel={t('sell.shift.close')}
          cancelLabel={t('sell.cancel')}
          busy={busy}
          onCancel={() => setConfirming(false)}
          onConfirm={() => void finish()}
        >
          <p className="big-text">
            {t('sell.shift.closeConfirm', { counted: formatYuan(counted), expected: formatYuan(report.expectedCashFen), difference: differenceText })}
          </p>
        </ConfirmDialog>
      ) : null}
    </form>
  );
}
