/** Where a login attempt comes from, as the throttle tells sources apart. */
export interface LoginSourceRequest {
  /** The peer's socket address. */
  address: string;
  /** The paired device the attempt is made on (null on the core's own PC or before pairing). */
  deviceId?: string | null;
}

/**
 * The source of a login attempt: the paired device where there is one (devices behind one address stay apart, and a
 * device keeps its identity when its address changes), else the peer's address.
 */
export function loginSource(request: LoginSourceRequest): string {
  return request.deviceId ? `device:${request.deviceId}` : `addr:${request.address}`;
}
