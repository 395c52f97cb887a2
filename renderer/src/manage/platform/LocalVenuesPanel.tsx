import { useTranslation } from 'react-i18next';
import { useCatalogStore } from '../../stores/catalog-store';

/** Each local venue's platform registration: its code and its halls' codes, or that the worker will register them. */
export function LocalVenuesPanel() {
  const { t } = useTranslation();
  const venues = useCatalogStore((state) => state.venues);
  return (
    <section className="card stack" aria-labelledby="platform-local-title" data-testid="local-venues">
      <h3 id="platform-local-title">{t('platform.localTitle')}</h3>
      <p className="muted">{t('platform.localExplain')}</p>
      {venues.length === 0 ? <p className="empty-state">{t('platform.noLocal')}</p> : null}
      <ul className="test-steps">
        {venues.map((venue) => (
          <li key={venue.id}>
            <strong>{venue.name}</strong>{' '}
            <span className={venue.platformVenueCode ? 'badge badge-ok' : 'badge badge-warn'}>
              <span aria-hidden="true">{venue.platformVenueCode ? '✓ ' : '… '}</span>
              {venue.platformVenueCode ? t('platform.registered', { code: venue.platformVenueCode }) : t('platform.notRegistered')}
            </span>
            <ul>
              {venue.halls.map((hall) => (
                <li key={hall.id} className="muted">
                  {hall.platformHallCode ? t('platform.hallRegistered', { hall: hall.name, code: hall.platformHallCode }) : t('platform.hallPending', { hall: hall.name })}
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ul>
    </section>
  );
}
