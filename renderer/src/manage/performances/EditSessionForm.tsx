import { useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { InputOf, SessionView } from '../../../../electron/server/contract';
import { updateSessionInput } from '../../../../electron/server/contract/schemas';
import { useCatalogStore } from '../../stores/catalog-store';
import { Field } from '../../components/Field';
import { ScheduleFields } from './ScheduleFields';
import { ErrorBanner } from '../../components/ErrorBanner';
import { errorText } from '../../i18n/error-text';
import { formIssues } from '../../i18n/issue-text';
import { formatDateTimeShort, fromChinaLocalInput, toChinaLocalInput } from '../../format';
import { useNow } from '../../components/use-now';
import { sessionChanges, isLive, type SessionChange } from './session-changes';

/**
 * A session's name, hall (until its tickets exist) and times. Saved changes are reported to the platform; a session
 * on sale shows what will change, and what it means for the tickets sold, before it is saved.
 */
export function EditSessionForm({ session, onDone, onClose }: { session: SessionView; onDone: (message: string) => void; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const venues = useCatalogStore((state) => state.venues);
  const updateSession = useCatalogStore((state) => state.updateSession);
  const halls = venues.flatMap((venue) => venue.halls.map((hall) => ({ ...hall, venueName: venue.name })));
  const currentHall = halls.find((h) => h.id === session.hallId);
  const sameKind = halls.filter((h) => h.hasSeat === currentHall?.hasSeat);
  const [form, setForm] = useState(() => ({
    hallId: session.hallId,
    name: session.name,
    startsAt: toChinaLocalInput(session.startsAt),
    endsAt: toChinaLocalInput(session.endsAt),
    salesOpenAt: toChinaLocalInput(session.salesOpenAt),
    salesCloseAt: toChinaLocalInput(session.salesCloseAt),
  }));
  const [touched, setTouched] = useState(false);
  const [confirming, setConfirming] = useState<SessionChange[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const now = useNow(10_000);
  const time = (value: string) => fromChinaLocalInput(value) ?? -1;
  const startsAt = time(form.startsAt);
  const endsAt = time(form.endsAt);
  // An entry window left at its defaults (an hour before the start to the end) moves with the session.
  const defaultEntry = session.entryOpensAt === session.startsAt - 3_600_000 && session.entryClosesAt === session.endsAt;
  const input: InputOf<'catalog.updateSession'> = {
    sessionId: session.id,
    ...(form.hallId !== session.hallId ? { hallId: form.hallId } : {}),
    name: form.name,
    startsAt,
    endsAt,
    salesOpenAt: time(form.salesOpenAt),
    salesCloseAt: time(form.salesCloseAt),
    ...(defaultEntry ? { entryOpensAt: Math.max(0, startsAt - 3_600_000), entryClosesAt: endsAt } : {}),
  };
  const issues = formIssues(t, updateSessionInput, input, i18n.language);
  const shown = (key: string) => (touched ? (issues[key] ?? null) : null);
  const hallName = (id: string) => halls.find((h) => h.id === id)?.name ?? id;
  const changes = sessionChanges(session, input, { hallName, time: (ms) => formatDateTimeShort(ms, i18n.language), t });
  const sold = session.tiers.reduce((sum, tier) => sum + tier.sold, 0);

  const save = async () => {
    try {
      await updateSession(input);
      onDone(t('sessionEdit.saved', { name: form.name.trim() }));
    } catch (failure) {
      setConfirming(null);
      setError(errorText(t, failure));
    }
  };

  const submit = (event: SyntheticEvent) => {
    event.preventDefault();
    setTouched(true);
    setError(null);
    if (Object.keys(issues).length > 0) return;
    if (changes.length === 0) return setError(t('sessionEdit.nothingChanged'));
    if (isLive(session, now)) return setConfirming(changes);
    void save();
  };

  if (confirming) {
    return (
      <div className="card danger-zone" role="alertdialog" aria-labelledby={`edit-live-${session.id}`} onKeyDown={(e) => e.key === 'Escape' && setConfirming(null)}>
        <h4 id={`edit-live-${session.id}`}>{t('sessionEdit.liveTitle')}</h4>
        <p>{sold > 0 ? t('sessionEdit.liveSold', { count: sold }) : t('sessionEdit.liveOnSale')}</p>
        <p>{t('sessionEdit.liveChanges')}</p>
        <ul data-testid="session-changes">
          {confirming.map((change) => (
            <li key={change.field}>{t('sessionEdit.change', { ...change })}</li>
          ))}
        </ul>
        <p className="muted">{t('sessionEdit.reported')}</p>
        <div className="button-row">
          <button type="button" className="primary danger" autoFocus onClick={() => void save()}>
            {t('sessionEdit.confirm')}
          </button>
          <button type="button" className="secondary" onClick={() => setConfirming(null)}>
            {t('sessionEdit.back')}
          </button>
        </div>
      </div>
    );
  }

  return (
    <form className="card" onSubmit={submit} noValidate aria-labelledby={`edit-session-${session.id}`} onKeyDown={(e) => e.key === 'Escape' && onClose()}>
      <h4 id={`edit-session-${session.id}`}>{t('sessionEdit.title', { name: session.name })}</h4>
      <ErrorBanner message={error} />
      <div className="field">
        <label htmlFor={`edit-hall-${session.id}`}>{t('sessions.hall')}</label>
        <select id={`edit-hall-${session.id}`} value={form.hallId} disabled={session.ticketsGenerated} onChange={(e) => setForm({ ...form, hallId: e.target.value })}>
          {(session.ticketsGenerated ? halls.filter((h) => h.id === session.hallId) : sameKind).map((h) => (
            <option key={h.id} value={h.id}>
              {h.venueName} · {h.name}
            </option>
          ))}
        </select>
        {session.ticketsGenerated ? <p className="muted">{t('sessionEdit.hallLocked')}</p> : null}
      </div>
      <Field label={t('sessions.name')} value={form.name} onChange={(e) => setForm({ ...form, name: e.target.value })} error={shown('name')} autoFocus />
      <ScheduleFields values={form} onChange={(change) => setForm({ ...form, ...change })} shown={shown} />
      <p className="muted">{t('sessionEdit.reported')}</p>
      <div className="button-row">
        <button type="submit" className="primary">
          {t('sessionEdit.save')}
        </button>
        <button type="button" className="secondary" onClick={onClose}>
          {t('sessionEdit.close')}
        </button>
      </div>
    </form>
  );
}
