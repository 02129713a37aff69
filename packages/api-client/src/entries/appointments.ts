// What a widget imports for this one service: the transport, the errors and this service's schemas.
import { HttpTransport, type ClientOptions } from '../http.js';
import { AppointmentsApi } from '../clients/appointments.js';

export type * from '../schemas/common.js';
export type * from '../schemas/appointments.js';
export * from '../clients/appointments.js';
export { HttpTransport, type ClientOptions, type RequestOptions } from '../http.js';
export { CivicApiError, isCivicApiError, type CivicApiErrorKind } from '../errors.js';

/** A client with only the appointments service, structurally a part of `CivicClient`. */
export function createAppointmentsClient(options: ClientOptions): { appointments: AppointmentsApi } {
  return { appointments: new AppointmentsApi(new HttpTransport(options)) };
}
