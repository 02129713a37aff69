import * as z from 'zod/mini';
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
} from './common.js';

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
