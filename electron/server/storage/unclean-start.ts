import { closeSync, existsSync, openSync, rmSync } from 'node:fs';
import { checkInBackground } from '../../../db/integrity-check';

/** What a start after a crash found. */
export interface StartCheck {
  /** The previous run did not stop cleanly (its marker file was still there). */
  unclean: boolean;
  /** SQLite's quick_check after an unclean stop ('ok' when sound); null after a clean one, and while it runs. */
  integrity: string | null;
}

/**
 * A marker file beside the database says a core is (or was) running on it. Found at start, it means the last
 * core exited without stopping (a crash, a kill, power loss): the database is checked (quick_check), and the sync
 * worker resumes the rows that were in flight, as after any start.
 *
 * The check reads every page of the file, seconds per gigabyte, so it runs on a thread of its own while the core
 * starts and serves (a million tickets' 2 GB would otherwise keep the doors closed for 20 s); `checked` settles
 * with its finding, and the caller stops the core when the database is not sound. The marker stays until a check
 * has passed: a core stopped (or killed again) before its check finished is checked again at its next start.
 */
export function checkAfterUncleanStop(dbFile: string): { check: StartCheck; checked: Promise<StartCheck>; cleanStop: () => void } {
  const marker = `${dbFile}.running`;
  const unclean = existsSync(marker);
  closeSync(openSync(marker, 'w', 0o600));
  let sound = !unclean;
  const checked = unclean
    ? checkInBackground(dbFile, 'quick_check', { holdsProcess: false }).then((integrity): StartCheck => {
        console.error(`[core] the previous run did not stop cleanly; database check: ${integrity}`);
        sound = integrity === 'ok';
        return { unclean, integrity };
      })
    : Promise.resolve<StartCheck>({ unclean, integrity: null });
  return {
    check: { unclean, integrity: null },
    checked,
    cleanStop: () => {
      if (sound) rmSync(marker, { force: true });
    },
  };
}

/** The check found the database damaged: what the operator is told as the core stops. */
export function failedCheck(dbFile: string, check: StartCheck): Error | null {
  if (check.integrity === null || check.integrity === 'ok') return null;
  return new Error(`the database ${dbFile} failed its check after an unclean stop (${check.integrity}); restore a backup`);
}
