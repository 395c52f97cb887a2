import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText } from '../i18n/error-text';

/**
 * One screen's action: busy while it runs, its refusal in the reader's words, or what it did (a notice). `run`
 * clears the last outcome, awaits the work, shows the notice the work returns, and says whether it succeeded.
 */
export function useAction() {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  /** Shows a failure of work done outside `run` (a first load). */
  const fail = useCallback((failure: unknown) => setError(errorText(t, failure)), [t]);

  const run = useCallback(
    async (work: () => Promise<string | undefined>): Promise<boolean> => {
      setBusy(true);
      setError(null);
      setNotice(null);
      try {
        const done = await work();
        if (done !== undefined) setNotice(done);
        return true;
      } catch (failure) {
        setError(errorText(t, failure));
        return false;
      } finally {
        setBusy(false);
      }
    },
    [t],
  );

  return { busy, error, notice, run, fail, setNotice };
}
