import { useTranslation } from 'react-i18next';
import type { ConcessionAge, GateConcession } from '../../../../electron/server/contract/gate-concession';
import { concessionBand } from './concession-text';

/** The amber band of a concession ticket: what the gate must see before the person goes in (the card, or the ID's age). */
export function ConcessionBand({ concession, age }: { concession: GateConcession; age?: ConcessionAge | undefined }) {
  const { t } = useTranslation();
  return (
    <p className="verdict-concession" data-proof={concession.proof}>
      {concessionBand(t, concession, age)}
    </p>
  );
}
