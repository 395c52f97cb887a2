import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SeatRow, SessionView } from '../../../../../electron/server/contract';
import { formatYuan } from '../../../format';
import { mapTiers } from '../../../sell/sale/map-data';
import { ZonePainter } from '../../painting/ZonePainter';
import { countPaint, type Paint } from '../../painting/painting-model';

/**
 * Before generation: the session's tiers painted on the hall's map, starting from what the typed rules give (the
 * painter is the precise tool beside the rules). "Use these tiers" hands the paint to the form, which generates from
 * it with the same checks; "use rules instead" drops it.
 */
export function TierPainting({ session, seats, painted, typedPaint, onPainted }: { session: SessionView; seats: readonly SeatRow[]; painted: Paint | null; typedPaint: Paint | null; onPainted: (paint: Paint | null) => void }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const colors = mapTiers(session.tiers).map((tier) => ({ key: tier.id, name: tier.name, color: tier.color, detail: formatYuan(tier.priceFen) }));
  if (seats.length === 0) return null;
  const paintedSeats = painted ? seats.length - countPaint(seats, painted, []).unpainted : 0;
  return (
    <div className="tier-painting">
      {painted ? <p data-testid="painted-summary">{t('painting.tiers.painted', { seats: paintedSeats })}</p> : null}
      <div className="button-row">
        <button type="button" className={painted ? 'secondary' : 'primary'} onClick={() => setOpen(true)}>
          {painted ? t('painting.tiers.reopen') : t('painting.tiers.open')}
        </button>
        {painted ? (
          <button type="button" className="secondary" onClick={() => onPainted(null)}>
            {t('painting.tiers.useRules')}
          </button>
        ) : null}
      </div>
      {open ? (
        <ZonePainter
          title={t('painting.tiers.title', { name: session.name })}
          seats={seats}
          colors={colors}
          initial={painted ?? typedPaint ?? new Map()}
          unpaintedName={t('painting.tiers.unpainted')}
          saveLabel={t('painting.tiers.done')}
          onSave={(paint) => {
            onPainted(paint);
            setOpen(false);
          }}
          onClose={() => setOpen(false)}
          footer={(paint) => {
            const { perKey } = countPaint(seats, paint, colors.map((c) => c.key));
            const empty = colors.filter((c) => (perKey.get(c.key) ?? 0) === 0);
            return empty.length > 0 ? (
              <p className="rule-none" role="status">
                {empty.map((c) => t('painting.tiers.problemTier', { name: c.name })).join('；')}
              </p>
            ) : null;
          }}
        />
      ) : null}
    </div>
  );
}
