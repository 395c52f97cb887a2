import { useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { createSessionInput } from '../../../../electron/server/contract/schemas';
import type { PerformanceWithSessions } from '../../../../electron/server/contract';
import { useCatalogStore } from '../../stores/catalog-store';
import { Field } from '../../components/Field';
import { ScheduleFields } from './ScheduleFields';
import { ErrorBanner } from '../../components/ErrorBanner';
import { errorText } from '../../i18n/error-text';
import { formIssues } from '../../i18n/issue-text';
import { fromChinaLocalInput, parseYuan, toChinaLocalInput } from '../../format';

interface TierRow {
  name: string;
  yuan: string;
  quantity: string;
  color: string;
}

const TIER_COLORS = ['#c62828', '#ef6c00', '#2e7d32', '#1565c0', '#6a1b9a', '#00838f'];
const newTier = (index: number): TierRow => ({ name: '', yuan: '', quantity: '', color: TIER_COLORS[index % TIER_COLORS.length] ?? '#1565c0' });

/** A session of a performance in a hall: times, sales and entry windows, price tiers in yuan (stored as fen). */
export function SessionForm({ performance, onDone }: { performance: PerformanceWithSessions; onDone: (message: string) => void }) {
  const { t, i18n } = useTranslation();
  const venues = useCatalogStore((state) => state.venues);
  const createSession = useCatalogStore((state) => state.createSession);
  const halls = venues.flatMap((venue) => venue.halls.map((hall) => ({ ...hall, venueName: venue.name })));
  // Sales open now unless the manager says otherwise (a lazy initial state: read once, not at every render).
  const [form, setForm] = useState(() => ({ hallId: halls[0]?.id ?? '', name: '', startsAt: '', endsAt: '', salesOpenAt: toChinaLocalInput(Date.now()), salesCloseAt: '', allowReentry: false, test: false }));
  const [tiers, setTiers] = useState<TierRow[]>([newTier(0)]);
  const [touched, setTouched] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const hall = halls.find((h) => h.id === form.hallId);
  const optionalTime = (value: string) => (value === '' ? undefined : (fromChinaLocalInput(value) ?? -1));
  const input = {
    performanceId: performance.id,
    hallId: form.hallId,
    name: form.name,
    startsAt: fromChinaLocalInput(form.startsAt) ?? -1,
    endsAt: fromChinaLocalInput(form.endsAt) ?? -1,
    salesOpenAt: fromChinaLocalInput(form.salesOpenAt) ?? -1,
    salesCloseAt: optionalTime(form.salesCloseAt),
    allowReentry: form.allowReentry,
    test: form.test,
    tiers: tiers.map((tier) => ({
      name: tier.name,
      priceFen: parseYuan(tier.yuan) ?? -1,
      quantity: hall?.hasSeat === false && tier.quantity !== '' ? Number(tier.quantity) : undefined,
      color: tier.color,
    })),
  };
  const issues = formIssues(t, createSessionInput, input, i18n.language);
  const shown = (key: string) => (touched ? (issues[key] ?? null) : null);
  const setTier = (index: number, change: Partial<TierRow>) => setTiers(tiers.map((tier, i) => (i === index ? { ...tier, ...change } : tier)));

  const submit = async (event: SyntheticEvent) => {
    event.preventDefault();
    setTouched(true);
    if (Object.keys(issues).length > 0) return;
    try {
      await createSession(input);
      setTouched(false);
      onDone(t('sessions.created', { name: input.name }));
    } catch (failure) {
      setError(errorText(t, failure));
    }
  };

  return (
    <form className="card" onSubmit={(event) => void submit(event)} noValidate aria-labelledby={`session-form-${performance.id}`}>
      <h3 id={`session-form-${performance.id}`}>{t('sessions.add', { performance: performance.name })}</h3>
      <ErrorBanner message={error} />
      <div className="field">
        <label htmlFor={`session-hall-${performance.id}`}>{t('sessions.hall')}</label>
        <select id={`session-hall-${performance.id}`} value={form.hallId} onChange={(e) => setForm({ ...form, hallId: e.target.value })}>
          {halls.map((h) => (
            <option key={h.id} value={h.id}>
              {h.venueName} · {h.name} ({h.hasSeat ? t('venues.seatCount', { count: h.seatCount }) : t('venues.capacityCount', { count: h.seatingCapacity })})
            </option>
          ))}
        </select>
      </div>
      <Field label={t('sessions.name')} placeholder={t('sessions.namePlaceholder')} value={form.name} onChange={(e) => setForm({ ...form, name: e.target.value })} error={shown('name')} />
      <ScheduleFields values={form} onChange={(change) => setForm({ ...form, ...change })} shown={shown} />
      <p className="muted">{t('sessions.windowHint')}</p>
      <label className="checkbox">
        <input type="checkbox" checked={form.allowReentry} onChange={(e) => setForm({ ...form, allowReentry: e.target.checked })} /> {t('sessions.allowReentry')}
      </label>
      <label className="checkbox">
        <input type="checkbox" checked={form.test} onChange={(e) => setForm({ ...form, test: e.target.checked })} /> {t('sessions.test')}
      </label>
      <fieldset className="tiers">
        <legend>{t('sessions.tiers')}</legend>
        {tiers.map((tier, index) => (
          <div className="tier-row" key={index}>
            <Field label={t('sessions.tierName')} value={tier.name} onChange={(e) => setTier(index, { name: e.target.value })} error={shown(`tiers.${index}.name`)} />
            <Field label={t('sessions.tierPrice')} inputMode="decimal" value={tier.yuan} onChange={(e) => setTier(index, { yuan: e.target.value })} error={touched && parseYuan(tier.yuan) === null ? t('sessions.priceInvalid') : null} />
            {hall?.hasSeat === false ? (
              <Field label={t('sessions.tierQuantity')} inputMode="numeric" value={tier.quantity} onChange={(e) => setTier(index, { quantity: e.target.value.replace(/\D/g, '') })} error={shown(`tiers.${index}.quantity`)} />
            ) : null}
            <label className="color-field">
              <span>{t('sessions.tierColor')}</span>
              <input type="color" value={tier.color} onChange={(e) => setTier(index, { color: e.target.value })} />
            </label>
            <button type="button" className="secondary" disabled={tiers.length === 1} onClick={() => setTiers(tiers.filter((_, i) => i !== index))} aria-label={t('sessions.removeTier', { name: tier.name })}>
              ✕
            </button>
          </div>
        ))}
        {shown('tiers') ? <div className="field-error">{shown('tiers')}</div> : null}
        <button type="button" className="secondary" onClick={() => setTiers([...tiers, newTier(tiers.length)])}>
          {t('sessions.addTier')}
        </button>
      </fieldset>
      <button type="submit" className="primary">
        {t('sessions.create')}
      </button>
    </form>
  );
}
