import { useTranslation } from 'react-i18next';
import { useSellPrintStore } from '../../stores/sell-print-store';
import { Notice } from '../ui/Notice';

/** Whether the last tickets or report went to the printer, in words. */
export function PrintStatusLine() {
  const { t } = useTranslation();
  const status = useSellPrintStore((state) => state.status);
  switch (status.kind) {
    case 'idle':
      return null;
    case 'printing':
      return <Notice kind="info">{t('sell.done.printing')}</Notice>;
    case 'sent':
      return (
        <Notice kind="ok">
          {status.via === 'desktop' ? t('sell.done.printed', { paper: t(`sell.print.papers.${status.paper}`) }) : t('sell.done.printDialog', { paper: t(`sell.print.papers.${status.paper}`) })}
        </Notice>
      );
    case 'failed':
      return <Notice kind="error">{t('sell.done.printFailed', { error: status.error })}</Notice>;
  }
}
