import { useId, useState, type ReactNode, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type { IdType } from '../../../../electron/server/contract';
import { ID_TYPES } from '../../../../electron/server/contract/schemas';
import { checkField } from '../../i18n/issue-text';
import { personInput } from '../../../../electron/server/contract/schemas';
import type { PersonDraft } from './cart-logic';
import { idFieldState } from './id-check';
import { mobileProblem } from '../../eticket/mobile-problem';

interface PersonFieldsProps {
  legend: string;
  draft: PersonDraft;
  onChange: (patch: Partial<PersonDraft>) => void;
  /** Real-name: the document is asked for (and required). */
  withId: boolean;
  showPhone: boolean;
  /** A sale was attempted: say what is missing even in fields never visited. */
  showErrors: boolean;
  /** Another ticket of this sale carries the same document (allowed up to the purchase limit: said, not refused). */
  sameAsLine?: number | undefined;
  firstRef?: RefObject<HTMLInputElement | null> | undefined;
  /** One line of fields under the legend, labels inside the fields: a holder per ticket, so several fit in view. */
  compact?: boolean;
  /** Beside the legend (e.g. the ticket's price and a button to drop its seat). */
  extra?: ReactNode;
  /** E-tickets: the phone is the buyer's mainland mobile the SMS goes to, and required. */
  mobileRequired?: boolean;
}

/** A buyer or holder: name, document type and number (checked as typed), phone; messages under each field. */
export function PersonFields({ legend, draft, onChange, withId, showPhone, showErrors, sameAsLine, firstRef, compact = false, extra, mobileRequired = false }: PersonFieldsProps) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const [left, setLeft] = useState<ReadonlySet<string>>(new Set());
  const leave = (field: string) => setLeft((fields) => new Set(fields).add(field));
  const judged = (field: string) => showErrors || left.has(field);
  const anything = draft.name.trim() !== '' || draft.idNumber.trim() !== '' || draft.phone.trim() !== '';
  const required = withId || anything || mobileRequired;

  const nameError = required && judged('name') ? checkField(t, personInput.shape.name, draft.name, i18n.language) : null;
  const phoneError = mobileRequired && judged('phone') ? mobileProblem(t, draft.phone) : draft.phone.trim() !== '' && judged('phone') ? checkField(t, personInput.shape.phone, draft.phone, i18n.language) : null;
  const idState = idFieldState(draft.idType, draft.idNumber, judged('idNumber'));
  const idMissing = withId && idState.kind === 'empty' && judged('idNumber');
  const idBad = idState.kind === 'bad' || idMissing;
  let idText = '';
  if (idMissing) idText = t('validation.required');
  else if (idState.kind === 'typing') idText = idState.expected > 0 ? t('sell.persons.idTyping', { typed: idState.typed, expected: idState.expected }) : t('sell.persons.idTypingFree', { typed: idState.typed });
  else if (idState.kind === 'ok') idText = t('sell.persons.idOk');
  else if (idState.kind === 'bad') idText = t(`sell.persons.idProblems.${idState.problem}`, { hint: t(`sell.persons.idHints.${draft.idType}`) });

  return (
    <fieldset className={compact ? 'person compact' : 'person'}>
      <legend>{legend}</legend>
      {extra}
      <div className={withId ? 'person-grid with-id' : 'person-grid'}>
        <div className="field field-name">
          <label htmlFor={`${id}-name`} className={compact ? 'visually-hidden' : undefined}>
            {t('sell.persons.name')}
          </label>
          <input
            id={`${id}-name`}
            placeholder={compact ? t('sell.persons.name') : undefined}
            ref={firstRef}
            value={draft.name}
            autoComplete="off"
            aria-invalid={nameError ? true : undefined}
            aria-describedby={nameError ? `${id}-name-error` : undefined}
            onChange={(event) => onChange({ name: event.target.value })}
            onBlur={() => leave('name')}
          />
          {nameError ? (
            <div id={`${id}-name-error`} className="field-error">
              {nameError}
            </div>
          ) : null}
        </div>
        {withId || draft.idNumber ? (
          <>
            <div className="field field-type">
              <label htmlFor={`${id}-type`} className={compact ? 'visually-hidden' : undefined}>
                {t('sell.persons.idType')}
              </label>
              <select id={`${id}-type`} value={draft.idType} onChange={(event) => onChange({ idType: event.target.value as IdType })}>
                {ID_TYPES.map((type) => (
                  <option key={type} value={type}>
                    {t(`sell.persons.idTypes.${type}`)}
                  </option>
                ))}
              </select>
            </div>
            <div className="field field-id">
              <label htmlFor={`${id}-number`} className={compact ? 'visually-hidden' : undefined}>
                {t('sell.persons.idNumber')}
              </label>
              <input
                id={`${id}-number`}
                placeholder={compact ? t('sell.persons.idNumber') : undefined}
                className="id-input"
                value={draft.idNumber}
                autoComplete="off"
                spellCheck={false}
                inputMode={draft.idType === 'resident_id' ? 'numeric' : 'text'}
                aria-invalid={idBad ? true : undefined}
                aria-describedby={`${id}-number-state`}
                onChange={(event) => onChange({ idNumber: event.target.value })}
                onBlur={() => leave('idNumber')}
              />
              <div id={`${id}-number-state`} className={`id-state id-${idBad ? 'bad' : idState.kind}`} aria-live="polite">
                {idText ? (
                  <>
                    <span aria-hidden="true">{idBad ? '✖ ' : idState.kind === 'ok' ? '✔ ' : ''}</span>
                    {idText}
                  </>
                ) : null}
                {sameAsLine !== undefined ? <span className="id-same"> · {t('sell.persons.duplicate', { n: sameAsLine })}</span> : null}
              </div>
            </div>
          </>
        ) : null}
        {showPhone ? (
          <div className="field field-phone">
            <label htmlFor={`${id}-phone`}>{mobileRequired ? t('eticket.sale.mobileLabel') : t('sell.persons.phoneOptional')}</label>
            <input
              id={`${id}-phone`}
              type="tel"
              value={draft.phone}
              autoComplete="off"
              aria-invalid={phoneError ? true : undefined}
              onChange={(event) => onChange({ phone: event.target.value })}
              onBlur={() => leave('phone')}
            />
            {phoneError ? <div className="field-error">{phoneError}</div> : null}
          </div>
        ) : null}
      </div>
    </fieldset>
  );
}
