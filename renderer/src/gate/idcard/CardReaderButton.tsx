import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useGateStore } from '../../stores/gate-store';
import { maskName } from '../../../../electron/server/contract/gate-offline';
import { connectCardReader, webSerial } from './web-serial';
import { connectDesktopReader, desktopReader } from './desktop-reader';

/**
 * A serial resident-ID-card reader (the SAM frames): connected once, then placing a card fills and checks the ID
 * with no typing. Readers that type like a keyboard need none of this: they type into the ID field.
 */
export function CardReaderButton() {
  const { t } = useTranslation();
  const cardPlaced = useGateStore((state) => state.cardPlaced);
  const [state, setState] = useState<{ kind: 'idle' | 'connected' } | { kind: 'failed'; message: string } | { kind: 'read'; name: string; last4: string }>({ kind: 'idle' });
  const stop = useRef<(() => void) | null>(null);
  useEffect(() => () => stop.current?.(), []);
  // The desktop shell's reader first (no port picker), else Web Serial; neither: keyboard readers only.
  const desktop = desktopReader();
  if (!desktop && !webSerial()) return null;
  const connect = async () => {
    try {
      stop.current?.();
      const onCard = (card: { name: string; idNumber: string }) => {
        setState({ kind: 'read', name: maskName(card.name), last4: card.idNumber.slice(-4) });
        cardPlaced(card.idNumber);
      };
      stop.current = desktop ? await connectDesktopReader(desktop, onCard) : await connectCardReader(onCard);
      setState({ kind: 'connected' });
    } catch (error) {
      setState({ kind: 'failed', message: error instanceof Error ? error.message : String(error) });
    }
  };
  return (
    <div className="card-reader" data-reader={state.kind}>
      {state.kind === 'idle' || state.kind === 'failed' ? (
        <button type="button" className="secondary" onClick={() => void connect()}>
          {t('gateId.reader.connect')}
        </button>
      ) : null}
      <span className="muted gate-small" role="status">
        {state.kind === 'connected'
          ? t('gateId.reader.connected')
          : state.kind === 'read'
            ? t('gateId.reader.read', { name: state.name, last4: state.last4 })
            : state.kind === 'failed'
              ? t('gateId.reader.failed', { message: state.message })
              : null}
      </span>
    </div>
  );
}
