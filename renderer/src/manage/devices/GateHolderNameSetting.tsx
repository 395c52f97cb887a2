import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../api/client';
import { useAction } from '../../components/use-action';
import { Notices } from '../../components/Notices';

/** Manage → 设备: whether gate verdicts name holders in full instead of masked (audited; off by default). */
export function GateHolderNameSetting() {
  const { t } = useTranslation();
  const [fullName, setFullName] = useState<boolean | null>(null);
  const { busy, error, notice, run, fail } = useAction();

  useEffect(() => {
    call('gate.holderName', {})
      .then((setting) => setFullName(setting.fullName))
      .catch(fail);
  }, [fail]);

  if (fullName === null) return <Notices error={error} notice={null} />;
  return (
    <div className="card stack">
      <h3>{t('gateManage.holderNameTitle')}</h3>
      <label className="checkbox">
        <input
          type="checkbox"
          checked={fullName}
          disabled={busy}
          onChange={(event) => {
            const next = event.target.checked;
            void run(async () => {
              setFullName((await call('gate.setHolderName', { fullName: next })).fullName);
              return t(next ? 'gateManage.holderNameOn' : 'gateManage.holderNameOff');
            });
          }}
        />{' '}
        {t('gateManage.holderNameFull')}
      </label>
      <p className="muted">{t('gateManage.holderNameHint')}</p>
      <Notices error={error} notice={notice} />
    </div>
  );
}
