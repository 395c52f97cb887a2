import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../../api/client';
import type { HallView, SeatRow } from '../../../../../electron/server/contract';
import { QUALITY_ZONES } from '../../../../../electron/server/contract/schemas';
import { ZonePainter } from '../../painting/ZonePainter';
import { paintChanges, type Paint } from '../../painting/painting-model';

/** Zone colours from best (dark green) to worst (grey): read as a ranking, not as price tiers. */
const ZONE_COLORS: Record<(typeof QUALITY_ZONES)[number], string> = { A: '#1d7a35', B: '#4f9a3a', C: '#b58a00', D: '#c0641a', E: '#7a7a86' };

/**
 * The hall's seat quality zones (A best … E), painted by the manager on the layout: best available ranks by them
 * where present, centre-and-front otherwise. Saved as the changes only, one request per zone.
 */
export function QualityZones({ hall, seats, onSaved, onError }: { hall: HallView; seats: readonly SeatRow[]; onSaved: (message: string) => void; onError: (failure: unknown) => void }) {
  const { t } = useTranslation();
  const [initial, setInitial] = useState<Paint | null>(null);
  const colors = QUALITY_ZONES.map((zone) => ({ key: zone, name: zone === 'A' ? t('painting.quality.zoneA') : t('painting.quality.zone', { zone }), color: ZONE_COLORS[zone] }));

  const open = async () => {
    const zones = await call('zones.hallQuality', { hallId: hall.id });
    setInitial(new Map(zones.map((z) => [z.seatId, z.zone])));
  };
  const save = async (paint: Paint) => {
    if (!initial) return;
    let zoned = initial.size;
    for (const [zone, seatIds] of paintChanges(initial, paint)) {
      const zoneLetter = QUALITY_ZONES.find((z) => z === zone) ?? null;
      ({ zoned } = await call('zones.setQuality', { hallId: hall.id, seatIds, zone: zoneLetter }));
    }
    setInitial(null);
    onSaved(t('painting.quality.saved', { zoned }));
  };

  return (
    <>
      <p className="muted">{t('painting.quality.note')}</p>
      <button type="button" className="secondary" onClick={() => void open().catch(onError)}>
        {t('painting.quality.open')}
      </button>
      {initial ? (
        <ZonePainter
          title={t('painting.quality.title', { hall: hall.name })}
          seats={seats}
          colors={colors}
          initial={initial}
          unpaintedName={t('painting.quality.unpainted')}
          emptyIsProblem={false}
          saveLabel={t('painting.quality.save')}
          onSave={save}
          onClose={() => setInitial(null)}
        />
      ) : null}
    </>
  );
}
