import { useTranslation } from 'react-i18next';
import { Field } from '../../components/Field';

/** A session's times as the forms hold them (datetime-local values, China time). */
export interface ScheduleValues {
  startsAt: string;
  endsAt: string;
  salesOpenAt: string;
  salesCloseAt: string;
}

/** The start and end, and the sales window, of a session: the same four fields when it is created and edited. */
export function ScheduleFields({ values, onChange, shown }: { values: ScheduleValues; onChange: (change: Partial<ScheduleValues>) => void; shown: (key: string) => string | null }) {
  const { t } = useTranslation();
  const field = (key: keyof ScheduleValues) => (
    <Field label={t(`sessions.${key}`)} type="datetime-local" value={values[key]} onChange={(e) => onChange({ [key]: e.target.value })} error={shown(key)} />
  );
  return (
    <>
      <div className="inline-fields">
        {field('startsAt')}
        {field('endsAt')}
      </div>
      <div className="inline-fields">
        {field('salesOpenAt')}
        {field('salesCloseAt')}
      </div>
    </>
  );
}
