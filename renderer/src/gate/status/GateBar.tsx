import { useTranslation } from 'react-i18next';
import { useGateStore } from '../../stores/gate-store';
import { useRouteStore } from '../../stores/route-store';
import { LinkStatus } from './LinkStatus';
import { CardReaderButton } from '../idcard/CardReaderButton';

export type GateMode = 'ticket' | 'id';

interface GateBarProps {
  mode: GateMode;
  onMode: (mode: GateMode) => void;
  cameraOpen: boolean;
  onCamera: () => void;
}

/** Which gate this is and what it admits, the links, and the few controls (large enough for a thumb). */
export function GateBar({ mode, onMode, cameraOpen, onCamera }: GateBarProps) {
  const { t } = useTranslation();
  const setup = useGateStore((state) => state.setup);
  const sessions = useGateStore((state) => state.sessions);
  const go = useRouteStore((state) => state.go);
  const names = setup.sessionIds.map((id) => sessions?.find((s) => s.id === id)).filter((s) => s !== undefined).map((s) => `${s.performanceName} ${s.name}`);
  return (
    <div className="gate-bar">
      <div className="gate-identity">
        <strong className="gate-name">{setup.gateName}</strong>
        {setup.direction === 'exit' ? <span className="gate-exit-badge">{t('gateExit.direction.exitBadge')}</span> : null}
        <span className="gate-sessions">{names.length > 0 ? names.join('、') : t('gate.sessionsChosen', { count: setup.sessionIds.length })}</span>
      </div>
      <LinkStatus />
      <div className="gate-controls">
        {/* Nobody shows a document going out: an exit scans tickets only. */}
        {setup.direction === 'exit' ? null : <div className="gate-segmented" role="group" aria-label={t('gate.mode.label')}>
          {(['ticket', 'id'] as const).map((m) => (
            <button key={m} type="button" className={mode === m ? 'gate-seg active' : 'gate-seg'} aria-pressed={mode === m} onClick={() => onMode(m)}>
              {t(`gate.mode.${m}`)}
            </button>
          ))}
        </div>}
        <button type="button" className={cameraOpen ? 'secondary active' : 'secondary'} aria-pressed={cameraOpen} onClick={onCamera}>
          {t('gate.camera')}
        </button>
        <button type="button" className="secondary" onClick={() => go('gate', 'setup')}>
          {t('gate.changeSetup')}
        </button>
        <CardReaderButton />
      </div>
    </div>
  );
}
