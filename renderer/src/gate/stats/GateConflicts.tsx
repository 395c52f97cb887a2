import { useTranslation } from 'react-i18next';
import { useGateStore } from '../../stores/gate-store';
import { gateTime } from '../time';

/** Scans the offline uploads flagged (one ticket admitted at two gates, or after its refund, or let out while not inside): for the manager to look into. */
export function GateConflicts() {
  const { t, i18n } = useTranslation();
  const conflicts = useGateStore((state) => state.conflicts);
  const now = useGateStore((state) => state.statsAt ?? 0);
  if (conflicts.length === 0) return null;
  const time = (at: number) => gateTime(at, i18n.language, now);
  return (
    <section className="gate-conflicts" aria-label={t('gateOffline.conflicts.title')} data-testid="gate-conflicts">
      <h3>
        ⚑ {t('gateOffline.conflicts.title')} ({conflicts.length})
      </h3>
      <ul>
        {conflicts.map((c) => (
          <li key={c.id} data-kind={c.kind}>
            {c.kind === 'double_entry'
              ? t('gateOffline.conflicts.double_entry', { seat: c.seatText, code: c.ticketCode, firstGate: c.first.gateName ?? '', firstTime: time(c.first.at), secondGate: c.second.gateName, secondTime: time(c.second.at) })
              : c.kind === 'exit_not_inside'
                ? t(c.first.gateName === null ? 'gateExit.conflict.never' : 'gateExit.conflict.out', { seat: c.seatText, code: c.ticketCode, firstGate: c.first.gateName ?? '', firstTime: time(c.first.at), gate: c.second.gateName, time: time(c.second.at) })
                : t('gateOffline.conflicts.refunded_admitted', { seat: c.seatText, code: c.ticketCode, refundTime: time(c.first.at), secondGate: c.second.gateName, secondTime: time(c.second.at) })}
          </li>
        ))}
      </ul>
    </section>
  );
}
