import type { ApiErrorBody, InputOf, OutputOf, ProcedureName } from '../../../electron/server/contract';

/** A refusal or failure from the core, with its stable code (or NETWORK when the core could not be reached). */
export class ApiClientError extends Error {
  override name = 'ApiClientError';
  constructor(
    readonly code: string,
    message: string,
    readonly status: number,
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
  }
}

type Listener = (error: ApiClientError) => void;
const unauthenticatedListeners = new Set<Listener>();

/** Called when any call finds the login gone (expired, logged out elsewhere, PIN reset). */
export function onUnauthenticated(listener: Listener): () => void {
  unauthenticatedListeners.add(listener);
  return () => unauthenticatedListeners.delete(listener);
}

/** Calls one API procedure; its input and result types come from the core's contract. */
export async function call<K extends ProcedureName>(name: K, input: InputOf<K>): Promise<OutputOf<K>> {
  let response: Response;
  try {
    response = await fetch(`/api/${name}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      credentials: 'same-origin',
      body: JSON.stringify(input),
    });
  } catch {
    throw new ApiClientError('NETWORK', 'The box-office core cannot be reached.', 0);
  }
  const text = await response.text();
  let body: unknown;
  try {
    body = text ? JSON.parse(text) : null;
  } catch {
    throw new ApiClientError('BAD_RESPONSE', `The core answered with something that is not JSON (HTTP ${response.status}).`, response.status);
  }
  if (!response.ok) {
    const error = body as Partial<ApiErrorBody> | null;
    const failure = new ApiClientError(error?.code ?? 'INTERNAL', error?.message ?? `HTTP ${response.status}`, response.status, error?.details);
    if (failure.code === 'UNAUTHENTICATED') unauthenticatedListeners.forEach((listener) => listener(failure));
    throw failure;
  }
  return body as OutputOf<K>;
}
