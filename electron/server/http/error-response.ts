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

/** Every failure leaves as `{ code, message, details? }`; unexpected ones are logged (with `where`) and told apart from refusals. */
export function errorAnswer(error: unknown, where: string, onStorageTrouble?: (kind: StorageTrouble) => void): { status: number; body: unknown } {
  const trouble = storageTrouble(error);
  if (trouble) {
    onStorageTrouble?.(trouble);
    const refusal = storageError(trouble);
    return { status: refusal.status, body: refusal.toJSON() };
  }
  // The domain's refusals carry their own stable codes and statuses (409 conflicts, 422 rules).
  if (error instanceof BoxOfficeError) return { status: error.status, body: error.toJSON() };
  console.error(`[core] unexpected error on ${where}:`, error);
  return { status: 500, body: { code: 'INTERNAL', message: 'Something went wrong inside the box office core. It was logged; please try again.' } };
}

/** errorAnswer as a Hono response. */
export function toErrorResponse(c: Context, error: unknown, onStorageTrouble?: (kind: StorageTrouble) => void): Response {
  const { status, body } = errorAnswer(error, `${c.req.method} ${c.req.path}`, onStorageTrouble);
  return c.json(body, status as ContentfulStatusCode);
}
