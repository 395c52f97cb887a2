import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { BoxOfficeError } from '../../boxoffice/errors';
import { storageTrouble, type StorageTrouble } from '../../../db/storage-errors';

/** A lock or a full disk is a passing state of the machine: told as such, with a sentence, not as a bug. */
function storageError(kind: StorageTrouble): BoxOfficeError {
  return kind === 'busy'
    ? new BoxOfficeError('DATABASE_BUSY', 'Another program is holding the box-office database; nothing was saved. Try again in a moment.')
    : new BoxOfficeError('DISK_FULL', 'The disk of the box-office database is full; nothing was saved. Free some space, then try again.');
}

/** Every failure leaves as `{ code, message, details? }`; unexpected ones are logged and told apart from refusals. */
export function toErrorResponse(c: Context, error: unknown, onStorageTrouble?: (kind: StorageTrouble) => void): Response {
  const trouble = storageTrouble(error);
  if (trouble) {
    onStorageTrouble?.(trouble);
    const refusal = storageError(trouble);
    return c.json(refusal.toJSON(), refusal.status as ContentfulStatusCode);
  }
  if (error instanceof BoxOfficeError) return c.json(error.toJSON(), error.status as ContentfulStatusCode);
  // The domain's refusals carry their own stable codes and statuses (409 conflicts, 422 rules).
  if (error instanceof BoxOfficeError) return c.json(error.toJSON(), error.status as ContentfulStatusCode);
  console.error(`[core] unexpected error on ${c.req.method} ${c.req.path}:`, error);
  return c.json({ code: 'INTERNAL', message: 'Something went wrong inside the box office core. It was logged; please try again.' }, 500);
}
