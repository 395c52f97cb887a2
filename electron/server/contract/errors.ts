/**
 * How a refusal crosses the wire: `{ code, message, details? }`. The codes and their HTTP statuses are one table,
 * electron/boxoffice/errors.ts. The UI translates by code; `message` is an English sentence for logs and tools.
 */
export interface ApiErrorBody {
  code: string;
  message: string;
  /** Structured facts for the UI's sentence: the field at fault, a limit, the order that holds a seat... */
  details?: Record<string, unknown>;
}

/** One invalid field of an input, as reported in `details.issues` of a VALIDATION error. */
export interface FieldIssue {
  path: string;
  message: string;
}
