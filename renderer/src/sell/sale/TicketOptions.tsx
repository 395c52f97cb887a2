import { useTranslation } from 'react-i18next';
import type { TicketType } from '../../../../electron/server/contract';
import { useSellCartStore } from '../../stores/sell-cart-store';
import { useSessionStore } from '../../stores/session-store';

const TYPES: readonly TicketType[] = ['regular', 'complimentary', 'staff'];

/** Ticket type (complimentary and staff tickets are a manager's, as the domain rules) and paper or e-ticket. */
export function TicketOptions() {
  const { t } = useTranslation();
  const ticketType = useSellCartStore((state) => state.ticketType);
  const ticketMode = useSellCartStore((state) => state.ticketMode);
  const setTicketType = useSellCartStore((state) => state.setTicketType);
  const setTicketMode = useSellCartStore((state) => state.setTicketMode);
  const manager = useSessionStore((state) => state.session?.user.role === 'manager');
  return (
    <div className="ticket-options">
      <div className="field">
        <label htmlFor="sell-ticket-type">{t('sell.pay.ticketType')}</label>
        {manager ? (
          <select id="sell-ticket-type" value={ticketType} onChange={(event) => setTicketType(event.target.value as TicketType)}>
            {TYPES.map((type) => (
              <option key={type} value={type}>
                {t(`sell.pay.ticketTypes.${type}`)}
              </option>
            ))}
          </select>
        ) : (
          <p id="sell-ticket-type" className="fixed-value">
            {t('sell.pay.ticketTypes.regular')} <span className="muted small">（{t('sell.pay.ticketTypeManagerOnly')}）</span>
          </p>
        )}
      </div>
      <fieldset className="choice-group">
        <legend>{t('sell.pay.ticketMode')}</legend>
        {(['paper', 'electronic'] as const).map((mode) => (
          <label key={mode} className={ticketMode === mode ? 'choice checked' : 'choice'}>
            <input type="radio" name="sell-ticket-mode" value={mode} checked={ticketMode === mode} onChange={() => setTicketMode(mode)} />
            {t(`sell.pay.ticketModes.${mode}`)}
          </label>
        ))}
      </fieldset>
    </div>
  );
}
