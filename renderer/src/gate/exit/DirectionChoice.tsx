import { useTranslation } from 'react-i18next';

/** Entrance or exit: what this gate scans (kept with the gate's setup on this device). */
export function DirectionChoice({ value, onChange }: { value: 'entry' | 'exit'; onChange: (direction: 'entry' | 'exit') => void }) {
  const { t } = useTranslation();
  return (
    <fieldset className="radio-row gate-direction">
      <legend>{t('gateExit.direction.label')}</legend>
      {(['entry', 'exit'] as const).map((direction) => (
        <label key={direction} className="checkbox">
          <input type="radio" name="gate-direction" value={direction} checked={value === direction} onChange={() => onChange(direction)} /> {t(`gateExit.direction.${direction}`)}
        </label>
      ))}
    </fieldset>
  );
}
