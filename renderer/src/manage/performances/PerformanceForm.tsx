import { useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { createPerformanceInput, REAL_NAME_MODES } from '../../../../electron/server/contract/schemas';
import { useCatalogStore } from '../../stores/catalog-store';
import { Field } from '../../components/Field';
import { ErrorBanner } from '../../components/ErrorBanner';
import { errorText } from '../../i18n/error-text';
import { formIssues } from '../../i18n/issue-text';
import { TypeSelect } from './TypeSelect';

const EMPTY = {
  name: '',
  approval: '',
  typeId: null as number | null,
  posterUrl: '',
  description: '',
  sponsor: '',
  performer: '',
  realNameMode: 'none' as (typeof REAL_NAME_MODES)[number],
  gateIdCheck: false,
  limitPerIdSession: '',
  limitPerIdPerformance: '',
  maxTicketsPerOrder: '',
};

const optionalNumber = (text: string) => (text === '' ? null : Number(text));

/** A performance with its approval number (演出批文号), type, people and real-name rules. */
export function PerformanceForm({ onDone }: { onDone: (message: string) => void }) {
  const { t, i18n } = useTranslation();
  const types = useCatalogStore((state) => state.types);
  const createPerformance = useCatalogStore((state) => state.createPerformance);
  const [form, setForm] = useState(EMPTY);
  const [touched, setTouched] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const input = {
    ...form,
    typeId: form.typeId ?? 0,
    limitPerIdSession: optionalNumber(form.limitPerIdSession),
    limitPerIdPerformance: optionalNumber(form.limitPerIdPerformance),
    maxTicketsPerOrder: optionalNumber(form.maxTicketsPerOrder),
  };
  const issues = formIssues(t, createPerformanceInput, input, i18n.language);
  const shown = (key: string) => (touched ? (issues[key] ?? null) : null);
  const digits = (key: 'limitPerIdSession' | 'limitPerIdPerformance' | 'maxTicketsPerOrder') => (e: { target: { value: string } }) =>
    setForm({ ...form, [key]: e.target.value.replace(/\D/g, '') });

  const submit = async (event: SyntheticEvent) => {
    event.preventDefault();
    setTouched(true);
    if (Object.keys(issues).length > 0) return;
    try {
      await createPerformance(input);
      setForm(EMPTY);
      setTouched(false);
      onDone(t('performances.created', { name: input.name }));
    } catch (failure) {
      setError(errorText(t, failure));
    }
  };

  return (
    <form className="card" onSubmit={(event) => void submit(event)} noValidate aria-labelledby="performance-form-title">
      <h3 id="performance-form-title">{t('performances.add')}</h3>
      <ErrorBanner message={error} />
      <Field label={t('performances.name')} value={form.name} onChange={(e) => setForm({ ...form, name: e.target.value })} error={shown('name')} />
      <Field label={t('performances.approval')} placeholder="京演审字〔2026〕第001号" value={form.approval} onChange={(e) => setForm({ ...form, approval: e.target.value })} error={shown('approval')} />
      <TypeSelect types={types} value={form.typeId} onChange={(typeId) => setForm({ ...form, typeId })} error={shown('typeId')} />
      <Field label={t('performances.performer')} value={form.performer} onChange={(e) => setForm({ ...form, performer: e.target.value })} error={shown('performer')} />
      <Field label={t('performances.sponsor')} value={form.sponsor} onChange={(e) => setForm({ ...form, sponsor: e.target.value })} error={shown('sponsor')} />
      <Field label={t('performances.posterUrl')} placeholder="https://" value={form.posterUrl} onChange={(e) => setForm({ ...form, posterUrl: e.target.value })} error={shown('posterUrl')} />
      <div className="field">
        <label htmlFor="performance-description">{t('performances.description')}</label>
        <textarea id="performance-description" rows={3} value={form.description} onChange={(e) => setForm({ ...form, description: e.target.value })} />
      </div>
      <div className="field">
        <label htmlFor="performance-real-name">{t('performances.realNameMode')}</label>
        <select
          id="performance-real-name"
          value={form.realNameMode}
          onChange={(e) => {
            const realNameMode = e.target.value as (typeof REAL_NAME_MODES)[number];
            // One ticket, one ID: one ticket per ID per session unless the manager changes it (as the core's default).
            const limitPerIdSession = realNameMode === 'per_ticket' && form.limitPerIdSession === '' ? '1' : realNameMode === 'none' ? '' : form.limitPerIdSession;
            setForm({ ...form, realNameMode, gateIdCheck: realNameMode !== 'none', limitPerIdSession });
          }}
        >
          {REAL_NAME_MODES.map((mode) => (
            <option key={mode} value={mode}>
              {t(`performances.realName.${mode}`)}
            </option>
          ))}
        </select>
      </div>
      <label className="checkbox">
        <input type="checkbox" checked={form.gateIdCheck} disabled={form.realNameMode === 'none'} onChange={(e) => setForm({ ...form, gateIdCheck: e.target.checked })} /> {t('performances.gateIdCheck')}
      </label>
      {shown('gateIdCheck') ? <div className="field-error">{shown('gateIdCheck')}</div> : null}
      <div className="inline-fields">
        <Field label={t('performances.limitPerIdSession')} inputMode="numeric" value={form.limitPerIdSession} onChange={digits('limitPerIdSession')} error={shown('limitPerIdSession')} disabled={form.realNameMode === 'none'} />
        <Field label={t('performances.limitPerIdPerformance')} inputMode="numeric" value={form.limitPerIdPerformance} onChange={digits('limitPerIdPerformance')} error={shown('limitPerIdPerformance')} disabled={form.realNameMode === 'none'} />
        <Field label={t('performances.maxTicketsPerOrder')} inputMode="numeric" value={form.maxTicketsPerOrder} onChange={digits('maxTicketsPerOrder')} error={shown('maxTicketsPerOrder')} />
      </div>
      <button type="submit" className="primary">
        {t('performances.add')}
      </button>
    </form>
  );
}
