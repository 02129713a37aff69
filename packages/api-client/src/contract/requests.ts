import * as z from 'zod/mini';
import { AppointmentVariant, ServiceCount } from '../schemas/appointments.js';
import { HttpUrl, Id, IsoDateTime } from '../schemas/common.js';

/**
 * Request bodies. The client only parses answers, so these schemas stay out of widget bundles; the
 * widgets use their types. Mocks and the server validate requests with them.
 */
export const Contact = z.object({
  name: z.string().check(z.minLength(1), z.maxLength(200)),
  email: z.string().check(z.maxLength(254), z.regex(/^[^\s@]+@[^\s@]+\.[^\s@]+$/)),
  phone: z.optional(z.string().check(z.maxLength(40))),
  customFields: z.optional(z.record(Id, z.string().check(z.maxLength(500)))),
});
export type Contact = z.infer<typeof Contact>;

export const ReserveBody = z.object({
  officeId: Id,
  start: IsoDateTime,
  services: z.array(ServiceCount).check(z.minLength(1)),
  variant: AppointmentVariant,
});
export const ConfirmBody = z.object({ contact: Contact, privacyConsent: z.literal(true) });
export const EmailConfirmationBody = z.object({ code: z.string().check(z.minLength(4)) });
export const RescheduleBody = z.object({ reservationId: Id, reservationToken: z.string() });
export const CreatePaymentBody = z.object({
  items: z.array(z.object({ feeId: Id, quantity: z.int().check(z.minimum(1)) })).check(z.minLength(1)),
  methodId: Id,
  returnUrl: HttpUrl,
  appointmentId: z.optional(Id),
});
