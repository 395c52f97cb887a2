import { useTranslation } from 'react-i18next';
import type { SessionListItem } from '../../../../electron/server/contract';
import { useGateStore } from '../../stores/gate-store';
import { gateTime } from '../time';
import { entryState } from './entry-state';

interface SessionChoiceProps {
  sessions: SessionListItem[];
  chosen: string[];
  onChange: (chosen: string[]) => void;
}

/** One large checkbox per session, with what a gate needs to know: when entry opens, real name, how many sold. */
export function SessionChoice({ sessions, chosen, onChange }: SessionChoiceProps) {
  const { t, i18n } = useTranslation();
  const now = useGateStore((state) => state.sessionsAt);
  const toggle = (id: string, on: boolean) => onChange(on ? [...chosen, id] : chosen.filter((c) => c !== id));
  return (
    <ul className="session-list">
      {sessions.map((s) => {
        const state = entryState(s, now);
        const sold = s.tiers.reduce((sum, tier) => sum + tier.sold, 0);
        return (
          <li key={s.id}>
            <label className={`session-option session-${state}`}>
              <input type="checkbox" checked={chosen.includes(s.id)} onChange={(event) => toggle(s.id, event.target.checked)} />
              <span className="session-text">
                <strong>
                  {s.performanceName} · {s.name}
                </strong>
                <span>
                  {gateTime(s.startsAt, i18n.language, s.startsAt + 1)} · {s.venueName} {s.hallName}
                </span>
                <span className="session-meta">
                  <span className={`entry-state entry-${state}`}>{t(`gate.setup.state.${state}`)}</span>
                  <span>{t('gate.setup.entryWindow', { from: gateTime(s.entryOpensAt, i18n.language, now), to: gateTime(s.entryClosesAt, i18n.language, now) })}</span>
                  {s.realNameMode === 'none' ? null : <span className="real-name-mark">{t('gate.setup.realName')}</span>}
                  <span>{t('gate.setup.sold', { count: sold })}</span>
                </span>
              </span>
            </label>
          </li>
        );
      })}
    </ul>
  );
}
