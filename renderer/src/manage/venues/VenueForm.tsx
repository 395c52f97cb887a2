import { useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { createVenueInput } from '../../../../electron/server/contract/schemas';
import { useCatalogStore } from '../../stores/catalog-store';
import { Field } from '../../components/Field';
import { ErrorBanner } from '../../components/ErrorBanner';
import { RegionPicker, type Region } from '../../components/RegionPicker';
import { errorText } from '../../i18n/error-text';
import { formIssues } from '../../i18n/issue-text';

const EMPTY = { name: '', address: '', venueType: '', managementCompany: '' };

/** Registers a venue of this box office; the platform registration follows with its first hall. */
export function VenueForm({ onDone }: { onDone: (message: string) => void }) {
  const { t, i18n } = useTranslation();
  const createVenue = useCatalogStore((state) => state.createVenue);
  const [form, setForm] = useState(EMPTY);
  const [region, setRegion] = useState<Region>({ provinceId: null, cityId: null, districtId: null });
  const [touched, setTouched] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const input = { ...form, provinceId: region.provinceId ?? 0, cityId: region.cityId ?? 0, districtId: region.districtId ?? 0 };
  const issues = formIssues(t, createVenueInput, input, i18n.language);
  const regionIssue = issues.provinceId ?? issues.cityId ?? issues.districtId ?? null;
  const shown = (key: string) => (touched ? (issues[key] ?? null) : null);

  const submit = async (event: SyntheticEvent) => {
    event.preventDefault();
    setTouched(true);
    if (Object.keys(issues).length > 0) return;
    try {
      await createVenue(input);
      setForm(EMPTY);
      setTouched(false);
      onDone(t('venues.created', { name: input.name }));
    } catch (failure) {
      setError(errorText(t, failure));
    }
  };

  return (
    <form className="card" onSubmit={(event) => void submit(event)} noValidate aria-labelledby="venue-form-title">
      <h3 id="venue-form-title">{t('venues.addVenue')}</h3>
      <ErrorBanner message={error} />
      <Field label={t('venues.name')} value={form.name} onChange={(e) => setForm({ ...form, name: e.target.value })} error={shown('name')} />
      <Field label={t('venues.address')} value={form.address} onChange={(e) => setForm({ ...form, address: e.target.value })} error={shown('address')} />
      <RegionPicker value={region} onChange={setRegion} error={touched ? regionIssue : null} />
      <Field label={t('venues.venueType')} placeholder={t('venues.venueTypeHint')} value={form.venueType} onChange={(e) => setForm({ ...form, venueType: e.target.value })} error={shown('venueType')} />
      <Field label={t('venues.company')} value={form.managementCompany} onChange={(e) => setForm({ ...form, managementCompany: e.target.value })} error={shown('managementCompany')} />
      <button type="submit" className="primary">
        {t('venues.addVenue')}
      </button>
    </form>
  );
}
