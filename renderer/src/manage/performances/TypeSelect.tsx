import { useTranslation } from 'react-i18next';
import type { PerformanceTypeRow } from '../../../../electron/server/contract';

/** The platform's two-level performance types; a number field until the list has been downloaded. */
export function TypeSelect({ types, value, onChange, error }: { types: PerformanceTypeRow[]; value: number | null; onChange: (typeId: number | null) => void; error: string | null }) {
  const { t } = useTranslation();
  const parents = types.filter((type) => type.level === 1);
  return (
    <div className="field">
      <label htmlFor="performance-type">{t('performances.type')}</label>
      {types.length === 0 ? (
        <>
          <input id="performance-type" inputMode="numeric" value={value ?? ''} onChange={(e) => onChange(e.target.value === '' ? null : Number(e.target.value.replace(/\D/g, '')))} aria-invalid={error ? true : undefined} />
          <span className="muted">{t('performances.typesMissing')}</span>
        </>
      ) : (
        <select id="performance-type" value={value ?? ''} onChange={(e) => onChange(e.target.value === '' ? null : Number(e.target.value))} aria-invalid={error ? true : undefined}>
          <option value="">—</option>
          {parents.map((parent) => (
            <optgroup key={parent.typeId} label={parent.typeName}>
              <option value={parent.typeId}>{parent.typeName}</option>
              {types
                .filter((type) => type.parentTypeId === parent.typeId)
                .map((type) => (
                  <option key={type.typeId} value={type.typeId}>
                    {parent.typeName} · {type.typeName}
                  </option>
                ))}
            </optgroup>
          ))}
        </select>
      )}
      {error ? (
        <div className="field-error" role="alert">
          {error}
        </div>
      ) : null}
    </div>
  );
}
