// What a widget imports for this one service: the transport, the errors and this service's schemas.
import { HttpTransport, type ClientOptions } from '../http.js';
import { PaymentsApi } from '../clients/payments.js';

export type * from '../schemas/common.js';
export type * from '../schemas/payments.js';
export * from '../clients/payments.js';
export { HttpTransport, type ClientOptions, type RequestOptions } from '../http.js';
export { CivicApiError, isCivicApiError, type CivicApiErrorKind } from '../errors.js';

/** A client with only the payments service, structurally a part of `CivicClient`. */
export function createPaymentsClient(options: ClientOptions): { payments: PaymentsApi } {
  return { payments: new PaymentsApi(new HttpTransport(options)) };
}
