import { useEffect, useRef, useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { takeTyped } from './useKeyLine';
import type { Typed } from './key-line';

interface ScanFieldProps {
  /** The send, with whether a scanner typed it (device) or a person (manual), from the speed of the keys. */
  onScan: (typed: Typed) => void;
  /** While false (a dialog is open), the field does not pull focus back. */
  keepFocus: boolean;
  /** Enter on the empty field: a person's key, never a scanner's (which always types a code first). */
  onEmptyEnter?: () => void;
}

/**
 * The scan field: keyboard-wedge scanners type the code and Enter into it, so it holds focus
 * always (it takes it back after any click elsewhere); a person can type a code by hand too.
 */
export function ScanField({ onScan, keepFocus, onEmptyEnter }: ScanFieldProps) {
  const { t } = useTranslation();
  const input = useRef<HTMLInputElement>(null);
  const [value, setValue] = useState('');
  // On a phone or tablet the always-focused field would keep the on-screen keyboard over the verdict; a
  // Bluetooth scanner types without it (inputmode none), and the keyboard comes only when asked for.
  const [touch] = useState(() => typeof window.matchMedia === 'function' && window.matchMedia('(pointer: coarse)').matches);
  const [byHand, setByHand] = useState(false);

  useEffect(() => {
    if (!keepFocus) return;
    const refocus = () => {
      // After the click or key that moved focus has been handled.
      setTimeout(() => {
        const active = document.activeElement;
        const typingElsewhere = active instanceof HTMLInputElement || active instanceof HTMLSelectElement || active instanceof HTMLTextAreaElement;
        if (!typingElsewhere || active === input.current) input.current?.focus();
      }, 0);
    };
    input.current?.focus();
    document.addEventListener('pointerup', refocus);
    document.addEventListener('keyup', refocus);
    window.addEventListener('focus', refocus);
    return () => {
      document.removeEventListener('pointerup', refocus);
      document.removeEventListener('keyup', refocus);
      window.removeEventListener('focus', refocus);
    };
  }, [keepFocus]);

  const submit = (event: SyntheticEvent) => {
    event.preventDefault();
    const typed = takeTyped(value);
    setValue('');
    if (typed.text.trim()) onScan(typed);
    else onEmptyEnter?.();
  };

  return (
    <form className="scan-field" onSubmit={submit}>
      <label htmlFor="scan-input">{t('gate.scanLabel')}</label>
      <input
        id="scan-input"
        ref={input}
        value={value}
        onChange={(event) => setValue(event.target.value)}
        autoComplete="off"
        autoCorrect="off"
        autoCapitalize="characters"
        spellCheck={false}
        inputMode={touch && !byHand ? 'none' : 'text'}
        enterKeyHint="go"
        placeholder={t('gate.scanPlaceholder')}
      />
      <button type="submit" className="primary">
        {t('gate.check')}
      </button>
      {touch ? (
        <button
          type="button"
          className="secondary"
          aria-pressed={byHand}
          onClick={() => {
            setByHand((on) => !on);
            input.current?.focus();
          }}
        >
          {t('gate.typeByHand')}
        </button>
      ) : null}
    </form>
  );
}
