import { ERROR_STATUS, type ApiErrorBody, type CoreErrorCode } from './contract/errors';

/** An error meant for the caller: it crosses the wire as `{ code, message, details }`. */
export class ApiError extends Error {
  override name = 'ApiError';
  constructor(
    readonly code: CoreErrorCode,
    message: string,
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
  }

  get status(): number {
    return ERROR_STATUS[this.code];
  }

  toBody(): ApiErrorBody {
    return this.details ? { code: this.code, message: this.message, details: this.details } : { code: this.code, message: this.message };
  }
}
