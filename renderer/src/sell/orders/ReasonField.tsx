import { useTranslation } from 'react-i18next';

/** A reason typed or picked from the usual ones (one click, or Tab and Enter). */
export function ReasonField({ label, value, onChange, choices }: { label: string; value: string; onChange: (value: string) => void; choices: readonly string[] }) {
  const { t } = useTranslation();
  return (
    <div className="field">
      <label htmlFor="sell-reason">{label}</label>
      <input id="sell-reason" value={value} autoFocus autoComplete="off" maxLength={200} onChange={(event) => onChange(event.target.value)} />
      {value.trim() === '' ? <div className="muted small">{t('validation.required')}</div> : null}
      <div className="reason-chips">
        {choices.map((choice) => (
          <button key={choice} type="button" className={value === choice ? 'chip chosen' : 'chip'} onClick={() => onChange(choice)}>
            {choice}
          </button>
        ))}
      </div>
    </div>
  );
}
