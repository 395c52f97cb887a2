import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChangedByOther } from '../../../../electron/server/contract';
import { call } from '../../api/client';
import { formatDateTimeShort } from '../../format';
import { ReportTable } from './ReportTable';

/** The manager's flag: refunds, reprints and exchanges of an order by someone other than its seller. */
export function ChangedByOthers({ from, to, fileName }: { from: number; to: number; fileName: string }) {
  const { t, i18n } = useTranslation();
  const [rows, setRows] = useState<ChangedByOther[] | null>(null);
  useEffect(() => {
    call('reports.changedByOthers', { from, to }).then(setRows, () => setRows(null));
  }, [from, to]);
  if (!rows) return null;
  return (
    <div data-testid="changed-by-others">
      <ReportTable
        title={t('flagged.title')}
        fileName={fileName}
        rows={rows}
        columns={[
          { header: t('flagged.at'), value: (r) => formatDateTimeShort(r.at, i18n.language) },
          { header: t('flagged.what'), value: (r) => t(`flagged.kind.${r.kind}`) },
          { header: t('flagged.order'), value: (r) => r.orderNumber },
          { header: t('flagged.soldBy'), value: (r) => r.soldBy },
          { header: t('flagged.changedBy'), value: (r) => r.changedBy },
          { header: t('flagged.reason'), value: (r) => r.reason },
        ]}
      />
      <p className="muted">{rows.length === 0 ? t('flagged.none') : t('flagged.hint')}</p>
    </div>
  );
}
