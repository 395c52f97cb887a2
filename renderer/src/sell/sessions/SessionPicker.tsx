import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { onEvent } from '../../api/event-hub';
import { useRouteStore } from '../../stores/route-store';
import { useSellSessionsStore } from '../../stores/sell-sessions-store';
import { useSellSeatsStore } from '../../stores/sell-seats-store';
import type { SessionListItem } from '../../../../electron/server/contract';
import { formatTime } from '../../format';
import { salePath } from '../sell-route';
import { sellErrorText } from '../sell-error-text';
import { useShortcuts } from '../ui/use-shortcuts';
import { searchFieldProps } from '../ui/search-field';
import { ShortcutBar } from '../ui/ShortcutBar';
import { Notice } from '../ui/Notice';
import { ConfirmDialog } from '../ui/ConfirmDialog';
import { groupSessions } from './day';
import { SessionRow } from './SessionRow';

const LIST_RELOAD_MS = 1500;

/** Today's and upcoming sessions: arrow keys move, Enter opens one for sale; availability stays live. */
export function SessionPicker() {
  const { t, i18n } = useTranslation();
  const sessions = useSellSessionsStore((state) => state.sessions);
  const loading = useSellSessionsStore((state) => state.loading);
  const error = useSellSessionsStore((state) => state.error);
  const loadedAt = useSellSessionsStore((state) => state.loadedAt);
  const filter = useSellSessionsStore((state) => state.filter);
  const setFilter = useSellSessionsStore((state) => state.setFilter);
  const load = useSellSessionsStore((state) => state.load);
  const heldSessionId = useSellSeatsStore((state) => (state.mine.length > 0 ? state.sessionId : null));
  const heldCount = useSellSeatsStore((state) => state.mine.length);
  const go = useRouteStore((state) => state.go);
  const filterRef = useRef<HTMLInputElement>(null);
  const listRef = useRef<HTMLDivElement>(null);
  const [switchTo, setSwitchTo] = useState<SessionListItem | null>(null);

  useEffect(() => {
    void load();
  }, [load]);

  // Sales in other windows change the tiers' availability: reload, at most once per burst.
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const later = () => {
      clearTimeout(timer);
      timer = setTimeout(() => void load(), LIST_RELOAD_MS);
    };
    const off = [onEvent('seats.changed', later), onEvent('hello', later)];
    return () => {
      clearTimeout(timer);
      off.forEach((stop) => stop());
    };
  }, [load]);

  // "/" and F2 (here already) go to the filter with its text selected: what is typed next replaces it.
  const focusFilter = () => {
    filterRef.current?.focus();
    filterRef.current?.select();
  };
  useShortcuts({ '/': focusFilter, F2: focusFilter });
  const filterKeys = searchFieldProps('/');

  const open = (session: SessionListItem) => {
    if (heldSessionId && heldSessionId !== session.id) setSwitchTo(session);
    else go('sell', salePath(session.id));
  };

  // Up and down walk the rows (and leave the filter for the first row), Home and End jump.
  const onListKey = (event: KeyboardEvent<HTMLDivElement>) => {
    const rows = [...(listRef.current?.querySelectorAll<HTMLButtonElement>('[data-session-row]') ?? [])];
    const at = rows.findIndex((row) => row === document.activeElement);
    const target = { ArrowDown: at + 1, ArrowUp: at - 1, Home: 0, End: rows.length - 1 }[event.key];
    if (target === undefined) return;
    event.preventDefault();
    if (target < 0) filterRef.current?.focus();
    else rows[Math.min(target, rows.length - 1)]?.focus();
  };

  // Sessions arrive with the time they were read at, so "today" follows the core's clock.
  const now = loadedAt ?? 0;
  const { today, upcoming } = groupSessions(sessions, now, filter);
  const group = (title: string, list: SessionListItem[]) =>
    list.length > 0 ? (
      <section className="session-group" aria-label={title}>
        <h2>{title}</h2>
        <ul className="session-list">
          {list.map((session) => (
            <li key={session.id}>
              <SessionRow session={session} onOpen={open} />
            </li>
          ))}
        </ul>
      </section>
    ) : null;

  return (
    <div className="session-picker">
      <div className="picker-head">
        <label className="picker-filter">
          <span>{t('sell.sessions.filter')}</span>
          <input
            ref={filterRef}
            type="search"
            value={filter}
            autoFocus
            onFocus={filterKeys.onFocus}
            onChange={(event) => setFilter(event.target.value)}
            onKeyDown={(event) => {
              filterKeys.onKeyDown(event);
              if (event.key === 'ArrowDown' || event.key === 'Enter') {
                event.preventDefault();
                listRef.current?.querySelector<HTMLButtonElement>('[data-session-row]')?.focus();
              }
            }}
          />
        </label>
        {loadedAt !== null ? <span className="muted">{t('sell.sessions.refreshed', { time: formatTime(loadedAt, i18n.language) })}</span> : null}
        <button type="button" className="secondary" onClick={() => void load()} disabled={loading}>
          {t('sell.refresh')}
        </button>
      </div>
      {error ? <Notice kind="error">{sellErrorText(t, error, i18n.language)}</Notice> : null}
      <div ref={listRef} onKeyDown={onListKey} aria-busy={loading}>
        {group(t('sell.sessions.today'), today)}
        {group(t('sell.sessions.upcoming'), upcoming)}
        {!loading && today.length + upcoming.length === 0 ? <p className="big-text muted">{sessions.length === 0 ? t('sell.sessions.noneAtAll') : t('sell.sessions.none')}</p> : null}
      </div>
      {switchTo ? (
        <ConfirmDialog
          title={t('sell.sale.cancelConfirmTitle')}
          confirmLabel={t('sell.sale.cancelYes')}
          cancelLabel={t('sell.sale.cancelKeep')}
          danger
          onCancel={() => setSwitchTo(null)}
          onConfirm={() => {
            setSwitchTo(null);
            void useSellSeatsStore.getState().leave();
            go('sell', salePath(switchTo.id));
          }}
        >
          <p>{t('sell.sale.cancelConfirm', { count: heldCount })}</p>
        </ConfirmDialog>
      ) : null}
      <ShortcutBar
        items={[
          ['↑ ↓ Enter', t('sell.keys.list')],
          ['/', t('sell.keys.filter')],
          ['F3', t('sell.keys.orders')],
          ['F4', t('sell.keys.shift')],
        ]}
      />
    </div>
  );
}
