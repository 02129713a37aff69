// What a widget imports for this one service: the transport, the errors and this service's schemas.
import { HttpTransport, type ClientOptions } from '../http.js';
import { WasteApi } from '../clients/waste.js';

export type * from '../schemas/common.js';
export type * from '../schemas/waste.js';
export * from '../clients/waste.js';
export { HttpTransport, type ClientOptions, type RequestOptions } from '../http.js';
export { CivicApiError, isCivicApiError, type CivicApiErrorKind } from '../errors.js';

/** A client with only the waste service, structurally a part of `CivicClient`. */
export function createWasteClient(options: ClientOptions): { waste: WasteApi } {
  return { waste: new WasteApi(new HttpTransport(options)) };
}
