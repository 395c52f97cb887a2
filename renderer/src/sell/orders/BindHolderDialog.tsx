import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OrderLineView } from '../../../../electron/server/contract';
import { useSellOrdersStore } from '../../stores/sell-orders-store';
import { formatDateTimeShort } from '../../format';
import { durationText } from '../../large/hours-text';
import { useNow } from '../../components/use-now';
import { sellErrorText } from '../sell-error-text';
import { FormDialog } from '../ui/FormDialog';
import { Notice } from '../ui/Notice';
import { emptyPerson, toPerson, type PersonDraft } from '../sale/cart-logic';
import { personProblems } from '../sale/sale-problems';
import { PersonFields } from '../sale/PersonFields';

/**
 * Binds a named holder with an ID to a complimentary or staff ticket of a large performance (held.bindHolder),
 * with the same fields as a sale's holders: the ID checksum is checked as it is typed. The deadline is shown,
 * counting down; after it the core refuses (HELD_DEADLINE_PASSED), with no override.
 */
export function BindHolderDialog({ line, deadline, onClose }: { line: OrderLineView; deadline: number; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const busy = useSellOrdersStore((state) => state.busy);
  const bindHolder = useSellOrdersStore((state) => state.bindHolder);
  const now = useNow(30_000);
  const [draft, setDraft] = useState<PersonDraft>(emptyPerson);
  const [attempted, setAttempted] = useState(false);
  const [problem, setProblem] = useState<unknown>(null);
  const left = deadline - now;

  const submit = async () => {
    const holder = toPerson(draft, true);
    if (!holder || personProblems(draft, true).length > 0) return setAttempted(true);
    if (await bindHolder(line.orderLineId, holder)) return onClose();
    setProblem(useSellOrdersStore.getState().error);
  };

  return (
    <FormDialog
      title={t('large.bind.title', { seat: line.seatText })}
      submitLabel={t('large.bind.submit')}
      cancelLabel={t('sell.cancel')}
      busy={busy}
      onSubmit={() => void submit()}
      onCancel={onClose}
    >
      <p>{t('large.bind.intro', { deadline: formatDateTimeShort(deadline, i18n.language) })}</p>
      <p className={left > 0 ? 'deadline-left' : 'deadline-overdue'}>
        <span aria-hidden="true">{left > 0 ? '◷ ' : '✕ '}</span>
        {left > 0 ? t('large.bind.timeLeft', { left: durationText(t, left) }) : t('large.bind.overdue')}
      </p>
      {line.idBound ? <Notice kind="warn">{t('large.bind.rebind')}</Notice> : null}
      {problem ? <Notice kind="error">{sellErrorText(t, problem, i18n.language)}</Notice> : null}
      <PersonFields legend={line.seatText} draft={draft} onChange={(patch) => setDraft((d) => ({ ...d, ...patch }))} withId showPhone showErrors={attempted} />
    </FormDialog>
  );
}
