import type { Problem } from './schemas/common.js';

/** The one way a call can fail. Components switch on `kind`; they never see zod or a Response. */
export type CivicApiErrorKind =
  'network' | 'timeout' | 'http' | 'not-found' | 'conflict' | 'rate-limited' | 'invalid-response' | 'aborted';

export interface CivicApiErrorInit {
  status?: number;
  problem?: Problem;
  retryAfterSeconds?: number;
  cause?: unknown;
}

export class CivicApiError extends Error {
  override readonly name = 'CivicApiError';
  readonly kind: CivicApiErrorKind;
  /** HTTP status when the server answered. */
  readonly status?: number;
  /** The server's problem details, when it sent valid ones (e.g. `code: "slot-taken"`). */
  readonly problem?: Problem;
  /** From `Retry-After`, for "try again in N seconds". */
  readonly retryAfterSeconds?: number;

  constructor(kind: CivicApiErrorKind, message: string, init: CivicApiErrorInit = {}) {
    super(message, init.cause === undefined ? undefined : { cause: init.cause });
    this.kind = kind;
    this.status = init.status;
    this.problem = init.problem;
    this.retryAfterSeconds = init.retryAfterSeconds;
  }

  /** Key of the translated message in the core catalog, e.g. "errors.rate-limited". */
  get messageKey(): `errors.${CivicApiErrorKind}` {
    return `errors.${this.kind}`;
  }

  /** The server's machine-readable reason, e.g. "slot-taken". */
  get code(): string | undefined {
    return this.problem?.code;
  }
}

export function isCivicApiError(value: unknown): value is CivicApiError {
  return value instanceof CivicApiError;
}

/** The error kind an HTTP status maps to. */
export function kindForStatus(status: number): CivicApiErrorKind {
  if (status === 404 || status === 410) return 'not-found';
  if (status === 409) return 'conflict';
  if (status === 429) return 'rate-limited';
  return 'http';
}
