import { useTranslation } from 'react-i18next';
import type { Shown } from '../../stores/gate-scan-slice';
import { useGateStore } from '../../stores/gate-store';
import { TicketFacts } from '../verdict/TicketFacts';
import { VerdictFrame } from '../verdict/VerdictFrame';
import { VERDICT_LOOK } from '../verdict/verdict-look';
import { IdForm } from './IdForm';
import { ConcessionBand } from '../verdict/ConcessionBand';
import { isIdType } from './id-number';

/**
 * A real-name ticket: nobody is admitted until the holder's document matches. The gate reads or types the
 * number; the core compares it with the ticket's and admits (recording checkingType 2) or refuses.
 * The holder's masked name and document type come first: they are what the gate compares with the card.
 */
export function IdCheckView({ shown }: { shown: Extract<Shown, { kind: 'id' }> }) {
  const { t } = useTranslation();
  const checkId = useGateStore((state) => state.checkId);
  const scan = useGateStore((state) => state.scan);
  const dismiss = useGateStore((state) => state.dismiss);
  const { ticket, mismatch } = shown;
  const holderType = mismatch?.idType ?? (isIdType(ticket.holderIdType) ? ticket.holderIdType : 'resident_id');
  const type = t(`gate.idTypes.${holderType}`);
  const offlineMark = shown.offline ? t('gateOffline.verdictMark') : null;
  return (
    <VerdictFrame
      look={mismatch ? VERDICT_LOOK.id_mismatch : 'ask'}
      seq={shown.seq}
      verdict={mismatch ? 'id_mismatch' : 'id_required'}
      word={t(mismatch ? 'gate.word.id_mismatch' : 'gate.word.id_required')}
      action={mismatch ? t('gate.action.refuse') : t('gate.id.prompt')}
      offlineMark={offlineMark}
    >
      {mismatch ? (
        <p className="verdict-reason" role="alert">
          {t('gate.reason.id_mismatch')} {t('gateId.mismatchRetry')}
        </p>
      ) : null}
      {ticket.concession ? <ConcessionBand concession={ticket.concession} /> : null}
      <p className="id-holder">
        {ticket.holderName ? t('gate.id.holder', { name: ticket.holderName, type }) : t('gate.id.document', { type })}
        {ticket.holderIdLast4 ? ` · ${t('gateId.last4', { last4: ticket.holderIdLast4 })}` : null}
      </p>
      <IdForm
        key={shown.seq}
        initialType={holderType}
        initialNumber={mismatch?.idNumber}
        hint={t('gate.id.hint')}
        submitLabel={t('gate.id.submit')}
        onSubmit={checkId}
        onTicketCode={scan}
        onCancel={dismiss}
        cancelLabel={t('gate.id.cancel')}
      />
      <TicketFacts ticket={ticket} at={shown.at} seatFirst={false} />
    </VerdictFrame>
  );
}
