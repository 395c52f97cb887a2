import { useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { areaList } from '@vant/area-data';

export interface Region {
  provinceId: number | null;
  cityId: number | null;
  districtId: number | null;
}

type CodeNames = Record<string, string>;
const within = (list: CodeNames, prefix: string) => Object.entries(list).filter(([code]) => code.startsWith(prefix));

/** Province → city → district by GB/T 2260 code and name (the official administrative division codes). */
export function RegionPicker({ value, onChange, error }: { value: Region; onChange: (region: Region) => void; error?: string | null }) {
  const { t } = useTranslation();
  const id = useId();
  const provinces = useMemo(() => Object.entries(areaList.province_list as CodeNames), []);
  const cities = useMemo(() => (value.provinceId ? within(areaList.city_list as CodeNames, String(value.provinceId).slice(0, 2)) : []), [value.provinceId]);
  const districts = useMemo(() => (value.cityId ? within(areaList.county_list as CodeNames, String(value.cityId).slice(0, 4)) : []), [value.cityId]);
  const pick = (list: [string, string][], selected: number | null, label: string, onPick: (code: number | null) => void) => (
    <div className="region-level">
      <label htmlFor={`${id}-${label}`}>{label}</label>
      <select id={`${id}-${label}`} value={selected ?? ''} onChange={(event) => onPick(event.target.value ? Number(event.target.value) : null)} aria-invalid={error ? true : undefined}>
        <option value="">—</option>
        {list.map(([code, name]) => (
          <option key={code} value={code}>
            {name}
          </option>
        ))}
      </select>
    </div>
  );
  return (
    <fieldset className="region-picker">
      <legend>{t('venues.region')}</legend>
      {pick(provinces, value.provinceId, t('venues.province'), (provinceId) => onChange({ provinceId, cityId: null, districtId: null }))}
      {pick(cities, value.cityId, t('venues.city'), (cityId) => onChange({ ...value, cityId, districtId: null }))}
      {pick(districts, value.districtId, t('venues.district'), (districtId) => onChange({ ...value, districtId }))}
      {value.districtId ? <span className="muted region-code">{t('venues.regionCode', { code: value.districtId })}</span> : null}
      {error ? (
        <div className="field-error" role="alert">
          {error}
        </div>
      ) : null}
    </fieldset>
  );
}

/** "北京市 东城区" for a district code. */
export function regionName(districtId: number): string {
  const code = String(districtId);
  const province = (areaList.province_list as CodeNames)[`${code.slice(0, 2)}0000`] ?? '';
  const city = (areaList.city_list as CodeNames)[`${code.slice(0, 4)}00`] ?? '';
  const district = (areaList.county_list as CodeNames)[code] ?? '';
  return [province, city === province ? '' : city, district].filter(Boolean).join(' ');
}
