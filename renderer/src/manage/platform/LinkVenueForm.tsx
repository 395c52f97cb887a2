import { useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../api/client';
import type { DirectoryVenueView } from '../../../../electron/server/contract';
import { useCatalogStore } from '../../stores/catalog-store';
import { Notices } from '../../components/Notices';
import { useAction } from '../../components/use-action';

/** Links a directory venue's code, and the codes of the halls chosen for each local hall, to a local venue. */
export function LinkVenueForm({ venue, onLinked }: { venue: DirectoryVenueView; onLinked: (message: string) => void }) {
  const { t } = useTranslation();
  const venues = useCatalogStore((state) => state.venues);
  const load = useCatalogStore((state) => state.load);
  const [localId, setLocalId] = useState('');
  const [halls, setHalls] = useState<Record<string, string>>({});
  const [touched, setTouched] = useState(false);
  const { busy, error, notice, run } = useAction();
  const local = venues.find((v) => v.id === localId);
  const usable = venue.halls.filter((hall) => hall.usable);
  // One directory hall for one local hall: a code chosen twice is refused here, before the core says so.
  const chosen = Object.values(halls).filter(Boolean);
  const duplicate = new Set(chosen).size !== chosen.length;
  const venueIssue = local ? null : t('platform.chooseVenue');

  if (venues.length === 0) return <p className="muted">{t('platform.noLocalVenues')}</p>;

  const submit = (event: SyntheticEvent) => {
    event.preventDefault();
    setTouched(true);
    if (!local || duplicate) return;
    void run(async () => {
      const linkHalls = local.halls.flatMap((hall) => (halls[hall.id] ? [{ hallId: hall.id, hallCode: halls[hall.id] ?? '' }] : []));
      await call('catalog.linkPlatformCodes', { venueId: local.id, venueCode: venue.venueCode, halls: linkHalls });
      await load();
      // Said by the directory, which shows the venue as linked from now on (this form goes).
      onLinked(t('platform.linked', { code: venue.venueCode, name: local.name }));
      return undefined;
    });
  };

  return (
    <form className="confirm-box" onSubmit={submit} noValidate aria-label={t('platform.linkTitle', { name: venue.venueName })}>
      <h5>{t('platform.linkTitle', { name: venue.venueName })}</h5>
      <Notices error={error} notice={notice} />
      <div className="field">
        <label htmlFor={`link-${venue.venueCode}`}>{t('platform.localVenue')}</label>
        <select id={`link-${venue.venueCode}`} value={localId} onChange={(e) => setLocalId(e.target.value)} aria-invalid={touched && venueIssue ? true : undefined}>
          <option value="">—</option>
          {venues.map((v) => (
            <option key={v.id} value={v.id}>
              {v.name}
              {v.platformVenueCode ? ` (${v.platformVenueCode})` : ''}
            </option>
          ))}
        </select>
        {touched && venueIssue ? (
          <div className="field-error" role="alert">
            {venueIssue}
          </div>
        ) : null}
      </div>
      {local?.halls.map((hall) => (
        <div className="field" key={hall.id}>
          <label htmlFor={`link-${venue.venueCode}-${hall.id}`}>{t('platform.hallFor', { hall: hall.name })}</label>
          <select id={`link-${venue.venueCode}-${hall.id}`} value={halls[hall.id] ?? ''} onChange={(e) => setHalls({ ...halls, [hall.id]: e.target.value })}>
            <option value="">{t('platform.noHall')}</option>
            {usable.map((option) => (
              <option key={option.hallCode} value={option.hallCode}>
                {option.hallName} ({option.hallCode})
              </option>
            ))}
          </select>
        </div>
      ))}
      {duplicate ? (
        <div className="field-error" role="alert">
          {t('validation.invalid')}
        </div>
      ) : null}
      <div className="button-row">
        <button type="submit" className="primary" disabled={busy}>
          {t('platform.link')}
        </button>
      </div>
    </form>
  );
}
