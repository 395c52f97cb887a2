import { useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../api/client';
import type { PackageRefundRule, PackageView, SavePackageInput, SessionListItem } from '../../../../electron/server/contract';
import { REFUND_RULES, savePackageInput } from '../../../../electron/server/contract/schemas';
import { formatDateTimeShort, formatYuan, parseYuan } from '../../format';
import { Notices } from '../../components/Notices';
import { useAction } from '../../components/use-action';
import { yuanInputText } from '../../sell/money';
import { commonTiers } from './package-logic';
import '../../styles/packages.css';

const DAY = 86_400_000;

interface Draft {
  packageId: string | undefined;
  name: string;
  sessionIds: string[];
  prices: Record<string, string>;
  refundRule: PackageRefundRule;
  active: boolean;
}

const blank = (): Draft => ({ packageId: undefined, name: '', sessionIds: [], prices: {}, refundRule: 'whole', active: true });

const draftOf = (pkg: PackageView): Draft => ({
  packageId: pkg.id,
  name: pkg.name,
  sessionIds: pkg.sessions.map((s) => s.sessionId),
  prices: Object.fromEntries(pkg.tiers.map((t) => [t.tierName, yuanInputText(t.priceFen)])),
  refundRule: pkg.refundRule,
  active: pkg.active,
});

/** In a performance's pricing area: its packages (套票) and a form to make or change one, across its sessions or others'. */
export function PackagesEditor({ performanceId }: { performanceId: string }) {
  const { t, i18n } = useTranslation();
  const [packages, setPackages] = useState<PackageView[] | null>(null);
  const [sessions, setSessions] = useState<SessionListItem[]>([]);
  const [draft, setDraft] = useState<Draft>(blank);
  const action = useAction();
  const { fail, run } = action;
  const load = useCallback(() => call('packages.list', { performanceId }).then(setPackages, fail), [performanceId, fail]);
  useEffect(() => {
    void load();
    const now = Date.now();
    call('sessions.list', { from: now - DAY, to: now + 400 * DAY }).then(
      // this performance's sessions first, then the others' (a package may span performances)
      (list) => setSessions(list.filter((s) => s.status !== 'cancelled').sort((a, b) => Number(b.performanceId === performanceId) - Number(a.performanceId === performanceId) || a.startsAt - b.startsAt)),
      fail,
    );
  }, [load, performanceId, fail]);

  const tiers = useMemo(() => commonTiers(sessions, draft.sessionIds), [sessions, draft.sessionIds]);
  const input: SavePackageInput = {
    ...(draft.packageId ? { packageId: draft.packageId } : {}),
    name: draft.name,
    sessionIds: draft.sessionIds,
    tiers: tiers.filter((tier) => (draft.prices[tier.name] ?? '').trim() !== '').map((tier) => ({ tierName: tier.name, priceFen: parseYuan(draft.prices[tier.name] ?? '') ?? -1 })),
    refundRule: draft.refundRule,
    active: draft.active,
  };
  const valid = savePackageInput.safeParse(input).success;
  const toggleSession = (id: string, on: boolean) => setDraft({ ...draft, sessionIds: on ? [...draft.sessionIds, id] : draft.sessionIds.filter((x) => x !== id) });
  const save = (work: SavePackageInput, done: (saved: PackageView) => string) =>
    run(async () => {
      const saved = await call('packages.save', work);
      await load();
      setDraft(draftOf(saved));
      return done(saved);
    });
  const ruleText = (rule: PackageRefundRule) => t(`packages.manage.rules.${rule}`);
  const sessionText = (s: { performanceName: string; name?: string; sessionName?: string; startsAt: number }) =>
    `${s.performanceName} ${s.sessionName ?? s.name ?? ''} ${formatDateTimeShort(s.startsAt, i18n.language)}`;

  return (
    <section aria-labelledby="packages-title" className="packages-editor" data-testid="packages-editor">
      <h4 id="packages-title">{t('packages.manage.title')}</h4>
      <p className="muted">{t('packages.manage.intro')}</p>
      <Notices error={action.error} notice={action.notice} />
      {packages && packages.length === 0 ? <p className="muted">{t('packages.manage.none')}</p> : null}
      {packages && packages.length > 0 ? (
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">{t('packages.manage.columns.name')}</th>
              <th scope="col">{t('packages.manage.columns.sessions')}</th>
              <th scope="col">{t('packages.manage.columns.prices')}</th>
              <th scope="col">{t('packages.manage.columns.rule')}</th>
              <th scope="col">{t('packages.manage.columns.state')}</th>
              <th scope="col" />
            </tr>
          </thead>
          <tbody>
            {packages.map((pkg) => (
              <tr key={pkg.id} data-testid="package-row">
                <td>{pkg.name}</td>
                <td>{pkg.sessions.map((s) => sessionText(s)).join('；')}</td>
                <td>{pkg.tiers.map((tier) => t('packages.manage.priceOf', { tier: tier.tierName, price: formatYuan(tier.priceFen), list: formatYuan(tier.listFen) })).join('；')}</td>
                <td>{ruleText(pkg.refundRule)}</td>
                <td>{pkg.active ? t('packages.manage.on') : t('packages.manage.off')}</td>
                <td className="actions">
                  <button type="button" className="secondary" onClick={() => setDraft(draftOf(pkg))}>
                    {t('packages.manage.edit')}
                  </button>
                  <button
                    type="button"
                    className="secondary"
                    disabled={action.busy}
                    onClick={() => void save({ ...draftInput(pkg), active: !pkg.active }, (saved) => t('packages.manage.saved', { name: saved.name }))}
                  >
                    {pkg.active ? t('packages.manage.switchOff') : t('packages.manage.switchOn')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      <form
        className="package-form"
        aria-label={draft.packageId ? t('packages.manage.save') : t('packages.manage.saveNew')}
        onSubmit={(event) => {
          event.preventDefault();
          if (valid) void save(input, (saved) => t('packages.manage.saved', { name: saved.name }));
        }}
      >
        <div className="field">
          <label htmlFor="package-name">{t('packages.manage.name')}</label>
          <input id="package-name" value={draft.name} maxLength={30} onChange={(e) => setDraft({ ...draft, name: e.target.value })} />
        </div>
        <fieldset>
          <legend>{t('packages.manage.sessions')}</legend>
          <div className="package-sessions">
            {sessions.map((s) => {
              const position = draft.sessionIds.indexOf(s.id);
              return (
                <label key={s.id} className="check">
                  <input type="checkbox" checked={position >= 0} onChange={(e) => toggleSession(s.id, e.target.checked)} />
                  {position >= 0 ? <span className="position">{position + 1}</span> : null}
                  {sessionText(s)}
                </label>
              );
            })}
          </div>
        </fieldset>
        {tiers.length > 0 ? (
          <fieldset>
            <legend>{t('packages.manage.tiers')}</legend>
            <div className="package-tiers">
              {tiers.map((tier) => (
                <div className="field" key={tier.name}>
                  <label htmlFor={`package-price-${tier.name}`}>{t('packages.manage.tierList', { tier: tier.name, list: formatYuan(tier.listFen) })}</label>
                  <input
                    id={`package-price-${tier.name}`}
                    className="money-input"
                    inputMode="decimal"
                    value={draft.prices[tier.name] ?? ''}
                    onChange={(e) => setDraft({ ...draft, prices: { ...draft.prices, [tier.name]: e.target.value } })}
                  />
                </div>
              ))}
            </div>
          </fieldset>
        ) : null}
        <fieldset>
          <legend>{t('packages.manage.refundRule')}</legend>
          <div className="choice-group" role="radiogroup" aria-label={t('packages.manage.refundRule')}>
            {REFUND_RULES.map((rule) => (
              <label key={rule} className={draft.refundRule === rule ? 'choice checked' : 'choice'}>
                <input type="radio" name="package-refund-rule" value={rule} checked={draft.refundRule === rule} onChange={() => setDraft({ ...draft, refundRule: rule })} />
                {ruleText(rule)}
              </label>
            ))}
          </div>
          <p className="muted">{t('packages.manage.feeNote')}</p>
        </fieldset>
        <label className="check">
          <input type="checkbox" checked={draft.active} onChange={(e) => setDraft({ ...draft, active: e.target.checked })} />
          {t('packages.manage.active')}
        </label>
        <div className="actions">
          <button type="submit" className="primary" disabled={action.busy || !valid}>
            {draft.packageId ? t('packages.manage.save') : t('packages.manage.saveNew')}
          </button>
          {draft.packageId ? (
            <button type="button" className="secondary" onClick={() => setDraft(blank())}>
              {t('packages.manage.newOne')}
            </button>
          ) : null}
        </div>
      </form>
    </section>
  );
}

const draftInput = (pkg: PackageView): SavePackageInput => ({
  packageId: pkg.id,
  name: pkg.name,
  sessionIds: pkg.sessions.map((s) => s.sessionId),
  tiers: pkg.tiers.map((tier) => ({ tierName: tier.tierName, priceFen: tier.priceFen })),
  refundRule: pkg.refundRule,
  active: pkg.active,
});
