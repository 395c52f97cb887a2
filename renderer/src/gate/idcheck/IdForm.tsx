import { useEffect, useId, useRef, useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { IdType } from '../../../../electron/server/contract';
import type { Typed } from '../scan/key-line';
import { takeTyped } from '../scan/useKeyLine';
import { ID_TYPES, idNumberProblem, isIdType, looksLikeTicketCode, normalizeIdNumber } from './id-number';

interface IdFormProps {
  /** The document the holder bought with, offered first. */
  initialType: IdType;
  /** A number to show again, selected (a mismatch: retyping or a second read of the card replaces it). */
  initialNumber?: string;
  submitLabel: string;
  /** How to fill it, under the fields. */
  hint?: string;
  /** `typed.text` is the number, normalised and free of obvious typos. */
  onSubmit: (idType: IdType, typed: Typed) => void;
  /** A ticket code read into this field: the next holder's ticket, not an ID. */
  onTicketCode?: (typed: Typed) => void;
  onCancel?: () => void;
  cancelLabel?: string;
}

/**
 * The holder's document: an ID-card reader working as a keyboard types the number and Enter here, or the
 * gate types it. Obvious typos of a GB 11643 number are caught here, so they never read as "ID mismatch".
 */
export function IdForm({ initialType, initialNumber, submitLabel, hint, onSubmit, onTicketCode, onCancel, cancelLabel }: IdFormProps) {
  const { t } = useTranslation();
  const id = useId();
  const [idType, setIdType] = useState<IdType>(initialType);
  const [number, setNumber] = useState(initialNumber ?? '');
  const input = useRef<HTMLInputElement>(null);
  // Selected from the start, so the next keystroke or reader send replaces the wrong number: no mouse needed.
  useEffect(() => {
    if (initialNumber) input.current?.select();
  }, [initialNumber]);
  const [problem, setProblem] = useState<'length' | 'checksum' | null>(null);

  const submit = (event: SyntheticEvent) => {
    event.preventDefault();
    const typed = takeTyped(number);
    const value = normalizeIdNumber(typed.text);
    if (!value) return;
    setNumber('');
    // No document of these types has 16 letters and digits: that is the next holder's ticket.
    if (onTicketCode && looksLikeTicketCode(value)) return onTicketCode({ ...typed, text: value });
    const found = idNumberProblem(idType, value);
    setProblem(found);
    if (!found) onSubmit(idType, { ...typed, text: value });
  };

  return (
    <form className="id-form" onSubmit={submit} onKeyDown={(event) => event.key === 'Escape' && onCancel?.()}>
      <div className="id-form-fields">
        <label htmlFor={`${id}-type`}>{t('gate.id.type')}</label>
        <select id={`${id}-type`} value={idType} onChange={(event) => isIdType(event.target.value) && setIdType(event.target.value)}>
          {ID_TYPES.map((type) => (
            <option key={type} value={type}>
              {t(`gate.idTypes.${type}`)}
            </option>
          ))}
        </select>
        <label htmlFor={`${id}-number`}>{t('gate.id.number')}</label>
        <input
          id={`${id}-number`}
          ref={input}
          className="id-number"
          value={number}
          onChange={(event) => setNumber(event.target.value)}
          autoFocus
          autoComplete="off"
          spellCheck={false}
          autoCapitalize="characters"
          enterKeyHint="go"
          aria-invalid={problem ? true : undefined}
          aria-describedby={problem ? `${id}-problem` : undefined}
        />
      </div>
      {hint && !problem ? <p className="id-hint">{hint}</p> : null}
      {problem ? (
        <p id={`${id}-problem`} className="id-problem" role="alert">
          {t(`gate.id.${problem}`)}
        </p>
      ) : null}
      <div className="button-row">
        <button type="submit" className="primary big">
          {submitLabel}
        </button>
        {onCancel ? (
          <button type="button" className="secondary big" onClick={onCancel}>
            {cancelLabel}
          </button>
        ) : null}
      </div>
    </form>
  );
}
