// What a widget imports for this one service: the transport, the errors and this service's schemas.
import { HttpTransport, type ClientOptions } from '../http.js';
import { FacilitiesApi } from '../clients/facilities.js';

export type * from '../schemas/common.js';
export type * from '../schemas/facilities.js';
export * from '../clients/facilities.js';
export { HttpTransport, type ClientOptions, type RequestOptions } from '../http.js';
export { CivicApiError, isCivicApiError, type CivicApiErrorKind } from '../errors.js';

/** A client with only the facilities service, structurally a part of `CivicClient`. */
export function createFacilitiesClient(options: ClientOptions): { facilities: FacilitiesApi } {
  return { facilities: new FacilitiesApi(new HttpTransport(options)) };
}
