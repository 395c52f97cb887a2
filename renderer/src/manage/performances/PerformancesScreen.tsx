import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCatalogStore } from '../../stores/catalog-store';
import { useRouteStore } from '../../stores/route-store';
import { Notices } from '../../components/Notices';
import { useAction } from '../../components/use-action';
import { formatDateTimeShort, formatYuan } from '../../format';
import type { SessionView } from '../../../../electron/server/contract';
import { PerformanceForm } from './PerformanceForm';
import { OneIdPerSession } from './OneIdPerSession';
import { SessionForm } from './SessionForm';
import { GenerateTicketsForm } from './GenerateTicketsForm';
import { CancelSessionForm } from './CancelSessionForm';
import { TierChangesForm } from './tier-painting/TierChangesForm';
import { LargePanel } from '../large/LargePanel';
import { LargeBadge } from '../../sell/large/LargeBadge';
import { UnboundOverview } from '../large/UnboundOverview';
import { PricingPanel } from '../pricing/PricingPanel';
import { NamedHoldsPanel } from '../named-holds/NamedHoldsPanel';
import { EditSessionForm } from './EditSessionForm';

type Panel = { kind: 'session'; performanceId: string } | { kind: 'generate' | 'cancel' | 'tiers' | 'edit' | 'holds'; sessionId: string } | null;

/** Performances, their sessions and price tiers, ticket issue, platform session codes and cancellation. */
export function PerformancesScreen() {
  const { t, i18n } = useTranslation();
  const performances = useCatalogStore((state) => state.performances);
  const venues = useCatalogStore((state) => state.venues);
  const load = useCatalogStore((state) => state.load);
  const { error, notice, fail, setNotice, run } = useAction();
  const [panel, setPanel] = useState<Panel>(null);
  // /manage/performances/<id>: a link (a dead letter's "open the record") names the performance to show.
  const focusId = useRouteStore((state) => (state.subpath.startsWith('performances/') ? decodeURIComponent(state.subpath.slice('performances/'.length)) : null));
  const focusLoaded = performances.some((p) => p.id === focusId);

  useEffect(() => {
    if (focusId && focusLoaded) document.getElementById(`performance-${focusId}`)?.scrollIntoView({ block: 'start' });
  }, [focusId, focusLoaded]);
  // One performance's large-performance & refund rules open at a time.
  const [rulesOf, setRulesOf] = useState<string | null>(null);
  // One performance's price types and offers open at a time.
  const [pricingOf, setPricingOf] = useState<string | null>(null);

  useEffect(() => {
    load().catch(fail);
  }, [load, fail]);

  const halls = venues.flatMap((venue) => venue.halls);
  const done = (message: string) => {
    setNotice(message);
    setPanel(null);
  };
  const holdsOf = panel?.kind === 'holds' ? performances.flatMap((p) => p.sessions).find((s) => s.id === panel.sessionId) : undefined;
  const status = (session: SessionView) =>
    session.status === 'cancelled' ? t('sessions.statusCancelled') : session.ticketsGenerated ? t('sessions.statusOnSale') : t('sessions.statusNoTickets');

  return (
    <section aria-labelledby="performances-title" className="stack">
      <h2 id="performances-title">{t('performances.title')}</h2>
      <Notices error={error} notice={notice} />
      <UnboundOverview />
      {holdsOf ? <NamedHoldsPanel session={holdsOf} onClose={() => setPanel(null)} /> : null}
      <div className="two-columns">
        <div className="stack">
          {performances.length === 0 ? <p className="empty-state">{t('performances.none')}</p> : null}
          {performances.map((performance) => (
            <article key={performance.id} id={`performance-${performance.id}`} className={performance.id === focusId ? 'card performance-card selected' : 'card performance-card'}>
              <header className="card-head">
                <h3>{performance.name}</h3>
                {performance.large ? <LargeBadge /> : null}
                <span className="muted">{performance.approval}</span>
              </header>
              <p className="muted">
                {t(`performances.realName.${performance.realNameMode}`)}
                {performance.limitPerIdSession ? ` · ${t('performances.limitShort', { count: performance.limitPerIdSession })}` : ''}
                {performance.performer ? ` · ${performance.performer}` : ''}
              </p>
              <OneIdPerSession performance={performance} run={run} />
              <table className="data-table">
                <thead>
                  <tr>
                    <th scope="col">{t('sessions.name')}</th>
                    <th scope="col">{t('sessions.startsAt')}</th>
                    <th scope="col">{t('sessions.hall')}</th>
                    <th scope="col">{t('sessions.tiers')}</th>
                    <th scope="col">{t('sessions.code')}</th>
                    <th scope="col">{t('sessions.status')}</th>
                    <th scope="col">{t('people.actions')}</th>
                  </tr>
                </thead>
                <tbody>
                  {performance.sessions.map((session) => (
                    <tr key={session.id} className={session.status === 'cancelled' ? 'row-muted' : undefined}>
                      <td>{session.name}</td>
                      <td className="nowrap">{formatDateTimeShort(session.startsAt, i18n.language)}</td>
                      <td>{halls.find((h) => h.id === session.hallId)?.name ?? ''}</td>
                      <td>
                        {session.tiers.map((tier) => (
                          <div key={tier.id} className="tier-line">
                            <span className="swatch" style={{ background: tier.color || '#888' }} aria-hidden="true" /> {tier.name} {formatYuan(tier.priceFen)}{' '}
                            <span className="muted">{t('sessions.availability', { available: tier.available, total: tier.total })}</span>
                          </div>
                        ))}
                      </td>
                      <td className="code">{session.platformSessionCode ?? <span className="muted">{t('sessions.codePending')}</span>}</td>
                      <td>{status(session)}</td>
                      <td>
                        <div className="actions">
                          {!session.ticketsGenerated && session.status !== 'cancelled' ? (
                            <button type="button" className="secondary" onClick={() => setPanel({ kind: 'generate', sessionId: session.id })}>
                              {t('sessions.generate')}
                            </button>
                          ) : null}
                          {session.ticketsGenerated && session.status !== 'cancelled' ? (
                            <button type="button" className="secondary" onClick={() => setPanel({ kind: 'tiers', sessionId: session.id })}>
                              {t('painting.change.open')}
                            </button>
                          ) : null}
                          {session.ticketsGenerated && session.status !== 'cancelled' ? (
                            <button type="button" className="secondary" onClick={() => setPanel({ kind: 'holds', sessionId: session.id })}>
                              {t('namedHolds.manage.open')}
                            </button>
                          ) : null}
                          {session.status !== 'cancelled' ? (
                            <button type="button" className="secondary" onClick={() => setPanel({ kind: 'edit', sessionId: session.id })}>
                              {t('sessionEdit.open')}
                            </button>
                          ) : null}
                          {session.status !== 'cancelled' ? (
                            <button type="button" className="secondary" onClick={() => setPanel({ kind: 'cancel', sessionId: session.id })}>
                              {t('sessions.cancel')}
                            </button>
                          ) : null}
                        </div>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
              {performance.sessions.map((session) => {
                const hall = halls.find((h) => h.id === session.hallId);
                if (panel?.kind === 'generate' && panel.sessionId === session.id && hall) return <GenerateTicketsForm key={session.id} session={session} hall={hall} onDone={done} />;
                if (panel?.kind === 'tiers' && panel.sessionId === session.id) return <TierChangesForm key={session.id} session={session} onClose={() => setPanel(null)} />;
                if (panel?.kind === 'edit' && panel.sessionId === session.id) return <EditSessionForm key={session.id} session={session} onDone={done} onClose={() => setPanel(null)} />;
                if (panel?.kind === 'cancel' && panel.sessionId === session.id) return <CancelSessionForm key={session.id} session={session} onDone={done} onClose={() => setPanel(null)} />;
                return null;
              })}
              <button type="button" className="secondary" aria-expanded={rulesOf === performance.id} onClick={() => setRulesOf(rulesOf === performance.id ? null : performance.id)}>
                {rulesOf === performance.id ? t('large.manage.close') : t('large.manage.open')}
              </button>
              {rulesOf === performance.id ? <LargePanel performanceId={performance.id} /> : null}
              <button type="button" className="secondary" aria-expanded={pricingOf === performance.id} onClick={() => setPricingOf(pricingOf === performance.id ? null : performance.id)}>
                {pricingOf === performance.id ? t('pricing.manage.close') : t('pricing.manage.open')}
              </button>
              {pricingOf === performance.id ? <PricingPanel performanceId={performance.id} /> : null}
              {panel?.kind === 'session' && panel.performanceId === performance.id ? (
                <SessionForm performance={performance} onDone={done} />
              ) : (
                <button type="button" className="secondary" onClick={() => setPanel({ kind: 'session', performanceId: performance.id })} disabled={halls.length === 0}>
                  {t('sessions.addButton')}
                </button>
              )}
            </article>
          ))}
        </div>
        <PerformanceForm onDone={done} />
      </div>
    </section>
  );
}
