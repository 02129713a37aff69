import type { HttpTransport, RequestOptions } from '../http.js';
import type { Appointment, AppointmentVariant, Reservation, ServiceCount } from '../schemas/appointments.js';
import {
  parseAppointment,
  parseAvailability,
  parseOfficeList,
  parseReservation,
  parseServiceList,
} from '../validation/generated/appointments.js';
import type { Contact } from '../contract/requests.js';

export interface AvailabilityQuery {
  officeIds: readonly string[];
  services: readonly ServiceCount[];
  from: string;
  to: string;
  variant?: AppointmentVariant;
}

export interface ReserveRequest {
  officeId: string;
  start: string;
  services: readonly ServiceCount[];
  variant: AppointmentVariant;
}

const servicesParam = (services: readonly ServiceCount[]) =>
  services.map(({ serviceId, count }) => `${serviceId}:${count}`);
const segment = encodeURIComponent;

/** Booking at citizen offices, following the municipal model (services → offices → slots → hold → confirm). */
export class AppointmentsApi {
  constructor(private readonly http: HttpTransport) {}

  /**
   * Now on the city server's clock (epoch ms), corrected by the `Date` of its answers: count a hold's
   * `expiresAt` down against this, so a citizen's computer clock that is minutes off does not matter.
   */
  serverNow(): number {
    return this.http.serverNow();
  }

  listServices(options?: RequestOptions) {
    return this.http.request(
      { method: 'GET', path: 'appointments/services', response: { parse: parseServiceList } },
      options,
    );
  }

  /** Offices offering every one of `serviceIds` (all offices when empty). */
  listOffices(serviceIds: readonly string[] = [], options?: RequestOptions) {
    return this.http.request(
      {
        method: 'GET',
        path: 'appointments/offices',
        query: { services: serviceIds.length ? serviceIds : undefined },
        response: { parse: parseOfficeList },
      },
      options,
    );
  }

  getAvailability(query: AvailabilityQuery, options?: RequestOptions) {
    return this.http.request(
      {
        method: 'GET',
        path: 'appointments/availability',
        query: {
          offices: query.officeIds,
          services: servicesParam(query.services),
          from: query.from,
          to: query.to,
          variant: query.variant,
        },
        response: { parse: parseAvailability },
      },
      options,
    );
  }

  /** Holds a slot. 409 (`conflict`, code "slot-taken") when someone was faster. */
  reserve(request: ReserveRequest, options?: RequestOptions) {
    return this.http.request(
      {
        method: 'POST',
        path: 'appointments/reservations',
        json: request,
        creates: true,
        response: { parse: parseReservation },
      },
      options,
    );
  }

  extendReservation(reservation: Pick<Reservation, 'id' | 'token'>, options?: RequestOptions) {
    return this.http.request(
      {
        method: 'POST',
        path: `appointments/reservations/${segment(reservation.id)}/extend`,
        token: reservation.token,
        response: { parse: parseReservation },
      },
      options,
    );
  }

  releaseReservation(reservation: Pick<Reservation, 'id' | 'token'>, options?: RequestOptions) {
    return this.http.request(
      {
        method: 'DELETE',
        path: `appointments/reservations/${segment(reservation.id)}`,
        token: reservation.token,
        response: { empty: undefined },
      },
      options,
    );
  }

  /** Books the held slot. With double opt-in the appointment stays "pending-email-confirmation". */
  confirm(reservation: Pick<Reservation, 'id' | 'token'>, contact: Contact, options?: RequestOptions) {
    return this.http.request(
      {
        method: 'POST',
        path: `appointments/reservations/${segment(reservation.id)}/confirm`,
        token: reservation.token,
        json: { contact, privacyConsent: true },
        creates: true,
        response: { parse: parseAppointment },
      },
      options,
    );
  }

  /** The second step of double opt-in: the code from the e-mail link. */
  confirmEmail(appointment: Pick<Appointment, 'id' | 'token'>, code: string, options?: RequestOptions) {
    return this.http.request(
      {
        method: 'POST',
        path: `appointments/${segment(appointment.id)}/email-confirmation`,
        token: appointment.token,
        json: { code },
        response: { parse: parseAppointment },
      },
      options,
    );
  }

  get(appointment: Pick<Appointment, 'id' | 'token'>, options?: RequestOptions) {
    return this.http.request(
      {
        method: 'GET',
        path: `appointments/${segment(appointment.id)}`,
        token: appointment.token,
        response: { parse: parseAppointment },
      },
      options,
    );
  }

  cancel(appointment: Pick<Appointment, 'id' | 'token'>, options?: RequestOptions) {
    return this.http.request(
      {
        method: 'DELETE',
        path: `appointments/${segment(appointment.id)}`,
        token: appointment.token,
        response: { parse: parseAppointment },
      },
      options,
    );
  }

  /** Moves the appointment to a newly held slot; the server releases the old one. */
  reschedule(
    appointment: Pick<Appointment, 'id' | 'token'>,
    reservation: Pick<Reservation, 'id' | 'token'>,
    options?: RequestOptions,
  ) {
    return this.http.request(
      {
        method: 'POST',
        path: `appointments/${segment(appointment.id)}/reschedule`,
        token: appointment.token,
        json: { reservationId: reservation.id, reservationToken: reservation.token },
        creates: true,
        response: { parse: parseAppointment },
      },
      options,
    );
  }

  /** The appointment as an iCalendar file (text/calendar). */
  calendar(appointment: Pick<Appointment, 'id' | 'token'>, options?: RequestOptions) {
    return this.http.request(
      {
        method: 'GET',
        path: `appointments/${segment(appointment.id)}/calendar.ics`,
        token: appointment.token,
        response: { text: requireCalendar },
      },
      options,
    );
  }
}

function requireCalendar(body: string): string {
  if (!body.trimStart().startsWith('BEGIN:VCALENDAR')) {
    throw new TypeError('not an iCalendar file');
  }
  return body;
}
