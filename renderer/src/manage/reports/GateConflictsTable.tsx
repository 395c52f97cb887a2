import { useTranslation } from 'react-i18next';
import type { GateConflict } from '../../../../electron/server/contract';
import { formatDateTimeShort } from '../../format';
import { ReportTable } from './ReportTable';

/** The period's flagged entries (double entries, admissions after a refund), where the figures' tile links to. */
export function GateConflictsTable({ conflicts, fileName }: { conflicts: GateConflict[]; fileName: string }) {
  const { t, i18n } = useTranslation();
  const at = (instant: number) => formatDateTimeShort(instant, i18n.language);
  return (
    <div id="gate-conflicts-report">
      <ReportTable
        title={t('gateManage.conflictsTable')}
        fileName={fileName}
        rows={conflicts}
        columns={[
          { header: t('gateManage.kindHeader'), value: (c) => t(`gateManage.kind.${c.kind}`) },
          { header: t('gateManage.seat'), value: (c) => c.seatText },
          { header: t('gateManage.code'), value: (c) => c.ticketCode },
          { header: t('gateManage.first'), value: (c) => `${c.first.gateName ?? ''} ${at(c.first.at)}`.trim() },
          { header: t('gateManage.second'), value: (c) => `${c.second.gateName} ${at(c.second.at)}` },
          { header: t('gateManage.platform'), value: (c) => (c.platformHasSecond ? t('gateManage.platformSecond') : c.kind === 'double_entry' ? t('gateManage.platformFirst') : '') },
        ]}
      />
    </div>
  );
}
