/**
 * Stable error codes that cross the wire as `{ code, message, details? }`.
 * The UI translates by code; `message` is an English sentence for logs and tools.
 * Domain services add their own codes (strings in SCREAMING_SNAKE); the UI falls back to `message` for unknown ones.
 */
export const ERROR_STATUS = {
  BAD_REQUEST: 400,
  VALIDATION: 400,
  UNAUTHENTICATED: 401,
  INVALID_CREDENTIALS: 401,
  FORBIDDEN: 403,
  FORBIDDEN_ORIGIN: 403,
  FORBIDDEN_HOST: 403,
  NOT_FOUND: 404,
  UNKNOWN_PROCEDURE: 404,
  CONFLICT: 409,
  ALREADY_SET_UP: 409,
  /** Moving to another platform needs the manager's choice (details: from, to, plan). */
  GO_LIVE_DECISION_REQUIRED: 409,
  PAYLOAD_TOO_LARGE: 413,
  UNSUPPORTED_MEDIA_TYPE: 415,
  RULE_REFUSED: 422,
  /** The platform refused a request for good (its code is in details.platformCode). */
  PLATFORM_REFUSED: 422,
  RATE_LIMITED: 429,
  INTERNAL: 500,
  UNAVAILABLE: 503,
  /** The platform could not be reached or did not answer usefully; worth trying again later. */
  PLATFORM_UNAVAILABLE: 503,
} as const;

export type CoreErrorCode = keyof typeof ERROR_STATUS;

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
