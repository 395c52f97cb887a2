import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCatalogStore } from '../../stores/catalog-store';
import { useRouteStore } from '../../stores/route-store';
import { Notices } from '../../components/Notices';
import { regionName } from '../../components/RegionPicker';
import { useAction } from '../../components/use-action';
import { VenueForm } from './VenueForm';
import { HallForm } from './HallForm';
import { HallLayoutPanel } from './HallLayoutPanel';

/** Venues and halls: register them, import and edit seat layouts, see their platform codes. */
export function VenuesScreen() {
  const { t } = useTranslation();
  const venues = useCatalogStore((state) => state.venues);
  const load = useCatalogStore((state) => state.load);
  const { error, notice, fail, setNotice } = useAction();
  // /manage/venues/<id>: a link (a dead letter's "open the record") names the venue to select.
  const [venueId, setVenueId] = useState<string | null>(() => {
    const { subpath } = useRouteStore.getState();
    return subpath.startsWith('venues/') ? decodeURIComponent(subpath.slice('venues/'.length)) : null;
  });
  const [hallId, setHallId] = useState<string | null>(null);

  useEffect(() => {
    load().catch(fail);
  }, [load, fail]);

  const venue = venues.find((v) => v.id === venueId) ?? venues[0];
  const hall = venue?.halls.find((h) => h.id === hallId);

  return (
    <section aria-labelledby="venues-title" className="stack">
      <h2 id="venues-title">{t('venues.title')}</h2>
      <Notices error={error} notice={notice} />
      <div className="two-columns">
        <div className="stack">
          {venues.length === 0 ? <p className="empty-state">{t('venues.none')}</p> : null}
          {venues.map((v) => (
            <article key={v.id} className={v.id === venue?.id ? 'card venue-card selected' : 'card venue-card'}>
              <header className="card-head">
                <h3>
                  <button type="button" className="link-button" onClick={() => setVenueId(v.id)} aria-pressed={v.id === venue?.id}>
                    {v.name}
                  </button>
                </h3>
                <span className={v.platformVenueCode ? 'badge badge-ok' : 'badge badge-warn'}>
                  {v.platformVenueCode ? t('venues.code', { code: v.platformVenueCode }) : t('venues.notRegistered')}
                </span>
              </header>
              <p className="muted">
                {regionName(v.districtId)} · {v.address}
              </p>
              <table className="data-table">
                <thead>
                  <tr>
                    <th scope="col">{t('venues.hallName')}</th>
                    <th scope="col">{t('venues.hallKind')}</th>
                    <th scope="col">{t('venues.places')}</th>
                    <th scope="col">{t('venues.hallCode')}</th>
                    <th scope="col">{t('venues.layout')}</th>
                  </tr>
                </thead>
                <tbody>
                  {v.halls.map((h) => (
                    <tr key={h.id}>
                      <td>{h.name}</td>
                      <td>{h.hasSeat ? t('venues.seated') : t('venues.unseated')}</td>
                      <td>{h.hasSeat ? h.seatCount : h.seatingCapacity}</td>
                      <td>{h.platformHallCode ?? t('venues.pending')}</td>
                      <td>
                        {h.hasSeat ? (
                          <button
                            type="button"
                            className="secondary"
                            onClick={() => {
                              setVenueId(v.id);
                              setHallId(h.id === hallId ? null : h.id);
                            }}
                          >
                            {h.seatCount > 0 ? t('venues.editLayout') : t('venues.importLayout')}
                          </button>
                        ) : (
                          '—'
                        )}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </article>
          ))}
          {hall ? <HallLayoutPanel key={hall.id} hall={hall} /> : null}
        </div>
        <div className="stack">
          {venue ? <HallForm venue={venue} onDone={setNotice} /> : null}
          <VenueForm onDone={setNotice} />
        </div>
      </div>
    </section>
  );
}
