import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { onEvent } from '../../api/event-hub';
import { useLiveStore } from '../../stores/live-store';
import { useGateStore } from '../../stores/gate-store';
import { IdForm } from '../idcheck/IdForm';
import { GateBar, type GateMode } from '../status/GateBar';
import { LostBanner } from '../status/LinkStatus';
import { LargeEntryBanner } from '../status/LargeEntryBanner';
import { GateCounters } from '../stats/GateCounters';
import { GateConflicts } from '../stats/GateConflicts';
import { EntriesChart } from '../stats/EntriesChart';
import { VerdictPanel } from '../verdict/VerdictPanel';
import { CameraScanner } from './CameraScanner';
import { ScanField } from './ScanField';
import { useKeyLine } from './useKeyLine';

// A heartbeat to the core: a tablet on the venue Wi-Fi must show a lost link before the next person arrives.
const PING_MS = 5000;
// Counters follow the event stream; this catches up if the stream was down, and moves the chart's time axis on.
const STATS_MS = 30_000;

/** The scanning screen: the scan field (always focused), the verdict, the counters and the entries chart. */
export function ScanScreen() {
  const { t } = useTranslation();
  const [mode, setMode] = useState<GateMode>('ticket');
  const [cameraOpen, setCameraOpen] = useState(false);
  const askingId = useGateStore((state) => state.shown?.kind === 'id');
  const sessionKey = useGateStore((state) => state.setup.sessionIds.join(','));
  const scan = useGateStore((state) => state.scan);
  const allowSameId = useGateStore((state) => state.allowSameId);
  const scanFromCamera = useGateStore((state) => state.scanFromCamera);
  const enterById = useGateStore((state) => state.enterById);
  const refreshStats = useGateStore((state) => state.refreshStats);
  const loadSessions = useGateStore((state) => state.loadSessions);
  const ping = useGateStore((state) => state.ping);
  const setPushLive = useGateStore((state) => state.setPushLive);
  const startOffline = useGateStore((state) => state.startOffline);
  useKeyLine();

  useEffect(() => {
    void loadSessions();
    void ping();
    const timer = window.setInterval(() => void ping(), PING_MS);
    return () => window.clearInterval(timer);
  }, [loadSessions, ping]);

  // The device's own cache of these sessions, followed every few seconds: it judges alone when the link drops.
  useEffect(() => (sessionKey ? startOffline() : undefined), [sessionKey, startOffline]);

  useEffect(() => {
    const sessionIds = new Set(sessionKey.split(','));
    void refreshStats();
    const timer = window.setInterval(() => void refreshStats(), STATS_MS);
    // On the window's one event stream (the frame's): a gate tablet holds a single connection to the core.
    const stopAdmitted = onEvent('gate.admitted', ({ sessionId }) => {
      if (sessionIds.has(sessionId)) void refreshStats();
    });
    const followLink = (live: boolean) => {
      setPushLive(live);
      // Back online: catch up on what was missed. Gone: find out at once whether the core itself is.
      void (live ? refreshStats() : ping());
    };
    setPushLive(useLiveStore.getState().live);
    const stopLive = useLiveStore.subscribe((state, previous) => {
      if (state.live !== previous.live) followLink(state.live);
    });
    return () => {
      window.clearInterval(timer);
      stopAdmitted();
      stopLive();
    };
  }, [sessionKey, refreshStats, ping, setPushLive]);

  return (
    <div className="gate">
      <LostBanner />
      <GateBar mode={mode} onMode={setMode} cameraOpen={cameraOpen} onCamera={() => setCameraOpen((open) => !open)} />
      <LargeEntryBanner />
      <div className="gate-body">
        <div className="gate-main">
          {mode === 'ticket' ? (
            <ScanField onScan={scan} keepFocus={!askingId} onEmptyEnter={allowSameId} />
          ) : (
            <div className="by-id">
              <h3>{t('gate.byId.title')}</h3>
              <p className="muted">{t('gate.byId.hint')}</p>
              <IdForm initialType="resident_id" submitLabel={t('gate.byId.submit')} onSubmit={enterById} onTicketCode={scan} />
            </div>
          )}
          {cameraOpen ? <CameraScanner onScan={scanFromCamera} onClose={() => setCameraOpen(false)} /> : null}
          <VerdictPanel />
        </div>
        <aside className="gate-side">
          <GateCounters />
          <GateConflicts />
          <EntriesChart />
        </aside>
      </div>
    </div>
  );
}
