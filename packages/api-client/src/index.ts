export { CivicClient } from './client.js';
export {
  CLOCK_OFFSET_THRESHOLD_MS,
  HttpTransport,
  parseHttpDate,
  parseRetryAfter,
  type ClientOptions,
  type RequestOptions,
  type RetryOptions,
} from './http.js';
export { CivicApiError, isCivicApiError, kindForStatus, type CivicApiErrorKind } from './errors.js';
export { newIdempotencyKey } from './idempotency.js';
export { foldDiacritics, foldForSearch } from './search/fold.js';
export * from './schemas/common.js';
export * from './schemas/appointments.js';
export * from './clients/appointments.js';
export * from './schemas/waste.js';
export * from './clients/waste.js';
export * from './schemas/facilities.js';
export * from './clients/facilities.js';
export * from './schemas/payments.js';
export * from './clients/payments.js';
export * from './schemas/video.js';
export * from './clients/video.js';
