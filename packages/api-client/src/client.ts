import { HttpTransport, type ClientOptions } from './http.js';
import { AppointmentsApi } from './clients/appointments.js';
import { FacilitiesApi } from './clients/facilities.js';
import { PaymentsApi } from './clients/payments.js';
import { VideoApi } from './clients/video.js';
import { WasteApi } from './clients/waste.js';

/**
 * The whole API in one object, for partner sites that use several widgets: share one instance
 * through `<civic-config>.client`. A widget on its own builds only its service (see `createXClient`),
 * so its bundle carries only its schemas.
 */
export class CivicClient {
  readonly appointments: AppointmentsApi;
  readonly waste: WasteApi;
  readonly facilities: FacilitiesApi;
  readonly payments: PaymentsApi;
  readonly video: VideoApi;

  constructor(options: ClientOptions) {
    const http = new HttpTransport(options);
    this.appointments = new AppointmentsApi(http);
    this.waste = new WasteApi(http);
    this.facilities = new FacilitiesApi(http);
    this.payments = new PaymentsApi(http);
    this.video = new VideoApi(http);
  }
}
