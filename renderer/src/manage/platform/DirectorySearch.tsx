import { useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../api/client';
import type { DirectoryPageView } from '../../../../electron/server/contract';
import { useCatalogStore } from '../../stores/catalog-store';
import { Notices } from '../../components/Notices';
import { Field } from '../../components/Field';
import { RegionPicker, regionName, type Region } from '../../components/RegionPicker';
import { useAction } from '../../components/use-action';
import { LinkVenueForm } from './LinkVenueForm';

const PAGE_SIZE = 10;

/** Finds venues in the platform's directory by province / city / district and name, a page at a time; each can be linked to a local venue. */
export function DirectorySearch() {
  const { t } = useTranslation();
  const venues = useCatalogStore((state) => state.venues);
  const [region, setRegion] = useState<Region>({ provinceId: null, cityId: null, districtId: null });
  const [name, setName] = useState('');
  const [result, setResult] = useState<DirectoryPageView | null>(null);
  const { busy, error, notice, run } = useAction();
  const nameIssue = name.trim().length > 50 ? t('validation.tooLong', { max: 50 }) : null;

  /** A page of the directory; `linked` is what the link just done was (kept on screen over the new page). */
  const search = (page: number, linked?: string) => {
    if (nameIssue) return;
    void run(async () => {
      setResult(
        await call('platform.venues', {
          ...(region.provinceId ? { provinceId: region.provinceId } : {}),
          ...(region.cityId ? { cityId: region.cityId } : {}),
          ...(region.districtId ? { districtId: region.districtId } : {}),
          ...(name.trim() ? { name: name.trim() } : {}),
          page,
          pageSize: PAGE_SIZE,
        }),
      );
      return linked;
    });
  };
  const submit = (event: SyntheticEvent) => {
    event.preventDefault();
    search(1);
  };
  const pages = result ? Math.max(1, Math.ceil(result.total / result.pageSize)) : 1;
  const localName = (id: string | null) => venues.find((v) => v.id === id)?.name ?? '';

  return (
    <section className="card stack" aria-labelledby="directory-title">
      <h3 id="directory-title">{t('platform.directoryTitle')}</h3>
      <p className="muted">{t('platform.directoryExplain')}</p>
      <form className="stack" role="search" onSubmit={submit} noValidate>
        <RegionPicker value={region} onChange={setRegion} />
        <Field label={t('platform.name')} value={name} onChange={(e) => setName(e.target.value)} error={nameIssue} />
        <div className="button-row">
          <button type="submit" className="primary" disabled={busy}>
            {busy ? t('platform.searching') : t('platform.search')}
          </button>
        </div>
      </form>
      <Notices error={error} notice={notice} />
      {result ? (
        <>
          <p role="status">{result.total === 0 ? t('platform.noResults') : t('platform.results', { total: result.total, page: result.page, pages })}</p>
          {result.venues.map((venue) => (
            <article key={venue.venueCode} className="card directory-venue" data-testid="directory-venue">
              <header className="card-head">
                <h4>{venue.venueName}</h4>
                <span className="code">{t('platform.venueCode', { code: venue.venueCode })}</span>
              </header>
              <p className="muted">
                {regionName(venue.districtId)} · {venue.address}
                {venue.venueType ? ` · ${venue.venueType}` : ''}
              </p>
              {venue.halls.length > 0 ? (
                <table className="data-table">
                  <thead>
                    <tr>
                      <th scope="col">{t('platform.hall')}</th>
                      <th scope="col">{t('platform.hallCode')}</th>
                      <th scope="col">{t('platform.places')}</th>
                      <th scope="col">{t('platform.usable')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {venue.halls.map((hall) => (
                      <tr key={hall.hallCode}>
                        <td>{hall.hallName}</td>
                        <td className="code">{hall.hallCode}</td>
                        <td>{hall.hasSeat ? t('platform.seats', { count: hall.seatNum }) : t('platform.capacity', { count: hall.seatingCapacity })}</td>
                        <td>{hall.usable ? '✓' : `✗ ${t('platform.unusable')}`}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              ) : null}
              {venue.linkedVenueId ? (
                <p className="badge badge-ok">
                  <span aria-hidden="true">✓</span> {t('platform.linkedTo', { name: localName(venue.linkedVenueId) })}
                </p>
              ) : (
                <LinkVenueForm
                  venue={venue}
                  onLinked={(message) => search(result.page, message)}
                />
              )}
            </article>
          ))}
          {pages > 1 ? (
            <div className="button-row">
              <button type="button" className="secondary" disabled={busy || result.page <= 1} onClick={() => search(result.page - 1)}>
                {t('platform.previous')}
              </button>
              <button type="button" className="secondary" disabled={busy || result.page >= pages} onClick={() => search(result.page + 1)}>
                {t('platform.next')}
              </button>
            </div>
          ) : null}
        </>
      ) : null}
    </section>
  );
}
