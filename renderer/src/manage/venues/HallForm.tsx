import { useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { createHallInput } from '../../../../electron/server/contract/schemas';
import type { VenueWithHalls } from '../../../../electron/server/contract';
import { useCatalogStore } from '../../stores/catalog-store';
import { Field } from '../../components/Field';
import { ErrorBanner } from '../../components/ErrorBanner';
import { errorText } from '../../i18n/error-text';
import { formIssues } from '../../i18n/issue-text';

/** Adds a hall: seated halls get their seats from an imported layout, unseated ones a capacity. */
export function HallForm({ venue, onDone }: { venue: VenueWithHalls; onDone: (message: string) => void }) {
  const { t, i18n } = useTranslation();
  const createHall = useCatalogStore((state) => state.createHall);
  const [form, setForm] = useState({ name: '', hasSeat: true, capacity: '', seatingChartUrl: '' });
  const [touched, setTouched] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const input = {
    venueId: venue.id,
    name: form.name,
    hasSeat: form.hasSeat,
    seatingCapacity: form.hasSeat || form.capacity === '' ? undefined : Number(form.capacity),
    seatingChartUrl: form.seatingChartUrl,
  };
  const issues = formIssues(t, createHallInput, input, i18n.language);
  const shown = (key: string) => (touched ? (issues[key] ?? null) : null);

  const submit = async (event: SyntheticEvent) => {
    event.preventDefault();
    setTouched(true);
    if (Object.keys(issues).length > 0) return;
    try {
      await createHall(input);
      setForm({ name: '', hasSeat: true, capacity: '', seatingChartUrl: '' });
      setTouched(false);
      onDone(t('venues.hallCreated', { name: input.name }));
    } catch (failure) {
      setError(errorText(t, failure));
    }
  };

  return (
    <form className="card" onSubmit={(event) => void submit(event)} noValidate>
      <h3>{t('venues.addHall', { venue: venue.name })}</h3>
      <ErrorBanner message={error} />
      <Field label={t('venues.hallName')} value={form.name} onChange={(e) => setForm({ ...form, name: e.target.value })} error={shown('name')} />
      <fieldset className="radio-row">
        <legend>{t('venues.hallKind')}</legend>
        <label>
          <input type="radio" name="hasSeat" checked={form.hasSeat} onChange={() => setForm({ ...form, hasSeat: true })} /> {t('venues.seated')}
        </label>
        <label>
          <input type="radio" name="hasSeat" checked={!form.hasSeat} onChange={() => setForm({ ...form, hasSeat: false })} /> {t('venues.unseated')}
        </label>
      </fieldset>
      {form.hasSeat ? null : (
        <Field label={t('venues.capacity')} inputMode="numeric" value={form.capacity} onChange={(e) => setForm({ ...form, capacity: e.target.value.replace(/\D/g, '') })} error={shown('seatingCapacity')} />
      )}
      <Field label={t('venues.seatingChartUrl')} placeholder="https://" value={form.seatingChartUrl} onChange={(e) => setForm({ ...form, seatingChartUrl: e.target.value })} error={shown('seatingChartUrl')} />
      <button type="submit" className="primary">
        {t('venues.addHallButton')}
      </button>
    </form>
  );
}
