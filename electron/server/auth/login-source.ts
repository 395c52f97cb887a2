/** Where a login attempt comes from, as the throttle tells sources apart. */
export interface LoginSourceRequest {
  /** The peer's socket address. */
  address: string;
}

/**
 * The source of a login attempt: today the peer's address. A paired device's id (once devices are paired) is a
 * better key, since devices behind one address stay apart: it slots in here, and only here.
 */
export function loginSource(request: LoginSourceRequest): string {
  return `addr:${request.address}`;
}
