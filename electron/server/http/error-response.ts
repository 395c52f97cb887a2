import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { BoxOfficeError } from '../../boxoffice/errors';

/** Every failure leaves as `{ code, message, details? }`; unexpected ones are logged and told apart from refusals. */
export function toErrorResponse(c: Context, error: unknown): Response {
  // Refusals carry their own stable codes and statuses (400 input, 401/403 access, 409 conflicts, 422 rules).
  if (error instanceof BoxOfficeError) return c.json(error.toJSON(), error.status as ContentfulStatusCode);
  console.error(`[core] unexpected error on ${c.req.method} ${c.req.path}:`, error);
  return c.json({ code: 'INTERNAL', message: 'Something went wrong inside the box office core. It was logged; please try again.' }, 500);
}
