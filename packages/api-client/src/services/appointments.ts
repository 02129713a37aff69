import * as z from 'zod/mini';
import type { Contact } from '../contract/requests.js';
import type { HttpTransport, RequestOptions } from '../http.js';
import {
  AccessibilityFeature,
  Address,
  GeoPoint,
  Id,
  IsoDate,
  IsoDateTime,
  Money,
  NonEmptyText,
  OpeningHours,
} from '../schemas/common.js';

// ---- Schemas ---------------------------------------------------------------------------------

export const AppointmentVariant = z.enum(['in-person', 'video', 'phone']);
export type AppointmentVariant = z.infer<typeof AppointmentVariant>;

export const Service = z.object({
  id: Id,
  name: NonEmptyText,
  description: z.optional(z.string()),
  /** Extra search words, e.g. "Perso" for the identity card. */
  keywords: z.array(z.string()),
  durationMinutes: z.int().check(z.minimum(1)),
  /** Reference into the payment service's fees. */
  feeId: z.optional(Id),
  /** Indicative fee per unit, for display; the payment service computes what is charged. */
  fee: z.optional(Money),
  variants: z.array(AppointmentVariant).check(z.minLength(1)),
  maxCount: z.int().check(z.minimum(1)),
  /** Services that can be booked in the same appointment. */
  combinableWith: z.array(Id),
  /** What to bring, in plain words. */
  documents: z.array(z.string()),
  popular: z.boolean(),
});
export type Service = z.infer<typeof Service>;

export const ServiceList = z.object({ services: z.array(Service) });

export const CustomField = z.object({
  id: Id,
  label: NonEmptyText,
  required: z.boolean(),
  maxLength: z.int().check(z.minimum(1)),
});
export type CustomField = z.infer<typeof CustomField>;

export const Office = z.object({
  id: Id,
  name: NonEmptyText,
  address: Address,
  location: GeoPoint,
  accessibility: z.array(AccessibilityFeature),
  openingHours: OpeningHours,
  serviceIds: z.array(Id),
  /** The office asks for a phone number. */
  phoneRequired: z.boolean(),
  /** Up to two office-defined contact fields. */
  customFields: z.array(CustomField).check(z.maxLength(2)),
  /** Bookings must be confirmed by a link in an e-mail. */
  doubleOptIn: z.boolean(),
});
export type Office = z.infer<typeof Office>;

export const OfficeList = z.object({ offices: z.array(Office) });

export const ServiceCount = z.object({ serviceId: Id, count: z.int().check(z.minimum(1)) });
export type ServiceCount = z.infer<typeof ServiceCount>;

/** Free start times by day, then office: what the calendar and the slot list show. */
export const Availability = z.object({
  days: z.array(
    z.object({
      date: IsoDate,
      offices: z.array(z.object({ officeId: Id, slots: z.array(IsoDateTime) })),
    }),
  ),
  /** The first day with a free slot after the range, if any: for "next free day". */
  nextAvailableDate: z.optional(IsoDate),
});
export type Availability = z.infer<typeof Availability>;

export const Reservation = z.object({
  id: Id,
  /** Secret for extend, release and confirm. */
  token: z.string().check(z.minLength(16)),
  officeId: Id,
  start: IsoDateTime,
  end: IsoDateTime,
  services: z.array(ServiceCount),
  variant: AppointmentVariant,
  expiresAt: IsoDateTime,
  extendable: z.boolean(),
});
export type Reservation = z.infer<typeof Reservation>;

export type { Contact } from '../contract/requests.js';

export const AppointmentStatus = z.enum(['pending-email-confirmation', 'confirmed', 'cancelled']);
export type AppointmentStatus = z.infer<typeof AppointmentStatus>;

export const Appointment = z.object({
  id: Id,
  /** Secret of the manage link. */
  token: z.string().check(z.minLength(16)),
  /** Short code the citizen quotes at the office, e.g. "MS-4K7Q". */
  bookingCode: NonEmptyText,
  status: AppointmentStatus,
  officeId: Id,
  start: IsoDateTime,
  end: IsoDateTime,
  services: z.array(ServiceCount),
  variant: AppointmentVariant,
  /** Name only; the e-mail address and phone stay with the office. */
  contactName: z.string(),
  fee: z.optional(Money),
  /** For video appointments: from when the room can be entered. */
  videoOpensAt: z.optional(IsoDateTime),
});
export type Appointment = z.infer<typeof Appointment>;

// ---- Client ----------------------------------------------------------------------------------

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

  listServices(options?: RequestOptions) {
    return this.http.request(
      { method: 'GET', path: 'appointments/services', response: { schema: ServiceList } },
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
        response: { schema: OfficeList },
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
        response: { schema: Availability },
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
        response: { schema: Reservation },
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
        response: { schema: Reservation },
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
        response: { schema: Appointment },
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
        response: { schema: Appointment },
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
        response: { schema: Appointment },
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
        response: { schema: Appointment },
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
        response: { schema: Appointment },
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
