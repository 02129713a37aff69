import type { CivicFormatter } from './format.js';

/** Error kinds the API client reports (see ARCHITECTURE.md, "Data flow"), plus `unknown`. */
export type ErrorKind =
  | 'network'
  | 'timeout'
  | 'http'
  | 'not-found'
  | 'conflict'
  | 'rate-limited'
  | 'invalid-response'
  | 'aborted'
  | 'unknown';

/** What the core's shared parts say. Widgets add their own catalogs beside this one. */
export interface CoreMessages {
  config: {
    title: string;
    missingApiBase: (p: { tag: string }) => string;
    invalidApiBase: (p: { tag: string; value: string }) => string;
    invalidTimeZone: (p: { tag: string; value: string }) => string;
    forCitizens: string;
  };
  status: {
    loading: string;
    loaded: string;
    empty: string;
    retry: string;
    errorTitle: string;
  };
  errors: Record<ErrorKind, string> & {
    retryAfter: (p: { seconds: number }, f: CivicFormatter) => string;
  };
  field: {
    required: string;
    errorPrefix: string;
  };
}
