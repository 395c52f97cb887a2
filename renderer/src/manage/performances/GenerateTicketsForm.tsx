import { useEffect, useMemo, useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../api/client';
import type { HallView, SeatRow, SessionView } from '../../../../electron/server/contract';
import { useCatalogStore } from '../../stores/catalog-store';
import { ErrorBanner } from '../../components/ErrorBanner';
import { errorText } from '../../i18n/error-text';
import { assignSeats, assignmentProblems } from '../../../../electron/server/contract/schemas';
import { ruleRows } from './rule-rows';
import { TierPainting } from './tier-painting/TierPainting';
import { paintToRules, type Paint } from '../painting/painting-model';

interface Rule {
  priceTierId: string;
  floor: string;
  area: string;
  rows: string;
}

/**
 * Issues a session's tickets. Seated: each rule gives matching seats to a tier (floor, area, rows;
 * a later rule wins), seats no rule matches are not offered. Unseated: each tier's pool of places.
 */
export function GenerateTicketsForm({ session, hall, onDone }: { session: SessionView; hall: HallView; onDone: (message: string) => void }) {
  const { t } = useTranslation();
  const generateTickets = useCatalogStore((state) => state.generateTickets);
  const [seats, setSeats] = useState<SeatRow[]>([]);
  const [rules, setRules] = useState<Rule[]>(() => session.tiers.slice(0, 1).map((tier) => ({ priceTierId: tier.id, floor: '', area: '', rows: '' })));
  const [error, setError] = useState<string | null>(null);
  // Tiers painted on the map replace the typed rules; both end in the same seat rules and the same preview.
  const [painted, setPainted] = useState<Paint | null>(null);

  useEffect(() => {
    if (hall.hasSeat) call('catalog.hallSeats', { hallId: hall.id }).then(setSeats, (failure: unknown) => setError(errorText(t, failure)));
  }, [hall, t]);

  const floors = useMemo(() => [...new Set(seats.map((s) => s.floorName))], [seats]);
  const areasOf = (floor: string) => [...new Set(seats.filter((s) => !floor || s.floorName === floor).map((s) => s.areaName))];
  const rowsOf = (floor: string, area: string) => [...new Set(seats.filter((s) => (!floor || s.floorName === floor) && (!area || s.areaName === area)).map((s) => s.rowName))];
  const setRule = (index: number, change: Partial<Rule>) => setRules(rules.map((rule, i) => (i === index ? { ...rule, ...change } : rule)));
  const hallRows = useMemo(() => [...new Set(seats.map((s) => s.rowName))], [seats]);
  const typedRules = rules.map((rule) => ({
    priceTierId: rule.priceTierId,
    ...(rule.floor ? { floor: rule.floor } : {}),
    ...(rule.area ? { area: rule.area } : {}),
    ...(rule.rows.trim() ? { rows: ruleRows(rule.rows, hallRows) } : {}),
  }));
  const seatRules = painted ? paintToRules(painted, session.tiers.map((tier) => tier.id)) : typedRules;
  // The preview is what the core will do (the same function): seats per tier and per rule, as typed.
  const assignment = hall.hasSeat && seats.length > 0 ? assignSeats(seatRules, seats.map((s) => ({ id: s.id, floorName: s.floorName, areaName: s.areaName, rowName: s.rowName }))) : null;
  const problems = assignment ? assignmentProblems(assignment, session.tiers.map((tier) => tier.id)) : [];
  const tierName = (id: string) => session.tiers.find((tier) => tier.id === id)?.name ?? id;

  const submit = async (event: SyntheticEvent) => {
    event.preventDefault();
    setError(null);
    try {
      const result = await generateTickets({ sessionId: session.id, seatRules: hall.hasSeat ? seatRules : [] });
      onDone(result.unassignedSeats > 0 ? t('sessions.generatedWithUnassigned', { count: result.unassignedSeats }) : t('sessions.generated'));
    } catch (failure) {
      setError(errorText(t, failure));
    }
  };

  return (
    <form className="card generate-form" onSubmit={(event) => void submit(event)}>
      <h4>{t('sessions.generateTitle', { name: session.name })}</h4>
      <ErrorBanner message={error} />
      {hall.hasSeat ? (
        <>
          <TierPainting session={session} seats={seats} painted={painted} typedPaint={assignment && !painted ? assignment.tierOf : null} onPainted={setPainted} />
          {painted ? null : <p className="muted">{t('sessions.rulesHint')}</p>}
          {painted ? null : rules.map((rule, index) => (
            <div className="rule-row" key={index}>
              <label>
                {t('sessions.tier')}
                <select value={rule.priceTierId} onChange={(e) => setRule(index, { priceTierId: e.target.value })}>
                  {session.tiers.map((tier) => (
                    <option key={tier.id} value={tier.id}>
                      {tier.name}
                    </option>
                  ))}
                </select>
              </label>
              <label>
                {t('sessions.floor')}
                <select value={rule.floor} onChange={(e) => setRule(index, { floor: e.target.value, area: '' })}>
                  <option value="">{t('sessions.any')}</option>
                  {floors.map((floor) => (
                    <option key={floor}>{floor}</option>
                  ))}
                </select>
              </label>
              <label>
                {t('sessions.area')}
                <select value={rule.area} onChange={(e) => setRule(index, { area: e.target.value })}>
                  <option value="">{t('sessions.any')}</option>
                  {areasOf(rule.floor).map((area) => (
                    <option key={area}>{area}</option>
                  ))}
                </select>
              </label>
              <label className="grow">
                {t('sessions.rows')}
                <input value={rule.rows} placeholder={rowsOf(rule.floor, rule.area).slice(0, 3).join(', ')} onChange={(e) => setRule(index, { rows: e.target.value })} />
              </label>
              {assignment ? (
                <span className={(assignment.matchedPerRule[index] ?? 0) === 0 ? 'rule-count rule-none' : 'rule-count'} data-testid="rule-count">
                  {(assignment.matchedPerRule[index] ?? 0) === 0 ? t('window.tiers.ruleNone') : t('window.tiers.ruleMatches', { count: assignment.matchedPerRule[index] ?? 0 })}
                </span>
              ) : null}
              <button type="button" className="secondary" disabled={rules.length === 1} onClick={() => setRules(rules.filter((_, i) => i !== index))} aria-label={t('sessions.removeRule')}>
                ✕
              </button>
            </div>
          ))}
          {painted ? null : (
            <button type="button" className="secondary" onClick={() => setRules([...rules, { priceTierId: session.tiers.at(-1)?.id ?? '', floor: '', area: '', rows: '' }])}>
              {t('sessions.addRule')}
            </button>
          )}
          {assignment ? (
            <section className="tier-preview" aria-label={t('window.tiers.preview')} data-testid="tier-preview">
              <h5>{t('window.tiers.preview')}</h5>
              <ul>
                {session.tiers.map((tier) => {
                  const count = assignment.seatsPerTier.get(tier.id) ?? 0;
                  return (
                    <li key={tier.id} className={count === 0 ? 'rule-none' : undefined}>
                      {count === 0 ? t('window.tiers.tierEmpty', { name: tier.name }) : t('window.tiers.tierSeats', { name: tier.name, count })}
                    </li>
                  );
                })}
                {assignment.unassigned > 0 ? <li className="muted">{t('window.tiers.unassigned', { count: assignment.unassigned })}</li> : null}
              </ul>
              {problems.length > 0 ? (
                <p className="rule-none" role="status">
                  {problems
                    .map((problem) => (problem.kind === 'ruleMatchesNothing' ? t('window.tiers.problemRule', { n: problem.rule }) : t('window.tiers.problemTier', { name: tierName(problem.priceTierId) })))
                    .join('；')}
                </p>
              ) : null}
            </section>
          ) : null}
        </>
      ) : (
        <p>{t('sessions.poolsHint', { count: session.tiers.reduce((sum, tier) => sum + tier.total, 0) })}</p>
      )}
      <button type="submit" className="primary" disabled={problems.length > 0}>
        {t('sessions.generate')}
      </button>
    </form>
  );
}
