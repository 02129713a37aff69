import * as z from 'zod/mini';
import { ConfirmBody, CreatePaymentBody, EmailConfirmationBody, RescheduleBody, ReserveBody } from './requests.js';
import { Appointment, Availability, OfficeList, Reservation, ServiceList } from '../schemas/appointments.js';
import { Facility, FacilityCategoryList, FacilityCollection } from '../schemas/facilities.js';
import { FeeQuote, Payment, PaymentMethodList, Receipt } from '../schemas/payments.js';
import { DocumentList, ExchangedDocument, VideoTicket } from '../schemas/video.js';
import { CollectionSchedule, FractionList, HouseNumberList, StreetList, Subscription } from '../schemas/waste.js';

/**
 * The contract as data: every route with its parameters, bodies, answers and errors. The OpenAPI
 * document, the mocks and (later) the reference server are built from this table; the client's
 * service modules call exactly these paths, which the client-against-mocks tests prove.
 * Not imported by widgets.
 */
export interface Parameter {
  name: string;
  in: 'query' | 'path';
  required: boolean;
  description: string;
  example?: string;
}

export interface Route {
  id: string;
  tag: 'Appointments' | 'Waste' | 'Facilities' | 'Payments' | 'Video';
  method: 'get' | 'post' | 'delete';
  /** OpenAPI path template, relative to the versioned base, e.g. "/appointments/{appointmentId}". */
  path: string;
  summary: string;
  description?: string;
  parameters?: Parameter[];
  /** JSON request body. */
  body?: z.ZodMiniType;
  /** multipart/form-data with one `file` part. */
  upload?: boolean;
  /** Needs the reservation's or appointment's secret token as `Authorization: Bearer`. */
  token?: boolean;
  /** Takes an `Idempotency-Key`; a repeat returns the first result. */
  idempotent?: boolean;
  response: { status: 200 | 201 | 204; schema?: z.ZodMiniType; mediaType?: 'application/json' | 'text/calendar' };
  /** Error statuses besides the generic 429/500/503, with the `code` values they carry. */
  errors: Partial<Record<400 | 401 | 404 | 409 | 410 | 413 | 415 | 422, string>>;
}

const q = (name: string, description: string, required = false, example?: string): Parameter => ({
  name,
  in: 'query',
  required,
  description,
  example,
});
const p = (name: string, description: string): Parameter => ({ name, in: 'path', required: true, description });

const SERVICES_PARAM = q(
  'services',
  'Services with counts, comma-separated `serviceId:count`.',
  true,
  'personalausweis:1,reisepass:2',
);

export const routes: Route[] = [
  // Appointments
  {
    id: 'listServices',
    tag: 'Appointments',
    method: 'get',
    path: '/appointments/services',
    summary: 'Services that can be booked',
    response: { status: 200, schema: ServiceList },
    errors: {},
  },
  {
    id: 'listOffices',
    tag: 'Appointments',
    method: 'get',
    path: '/appointments/offices',
    summary: 'Citizen offices',
    parameters: [
      q(
        'services',
        'Only offices offering every one of these service ids, comma-separated.',
        false,
        'personalausweis,meldebescheinigung',
      ),
    ],
    response: { status: 200, schema: OfficeList },
    errors: {},
  },
  {
    id: 'getAvailability',
    tag: 'Appointments',
    method: 'get',
    path: '/appointments/availability',
    summary: 'Free start times across offices',
    description:
      'Days in the range that have free slots, each with the offices and start times. The duration follows from the services and counts. Dates are calendar dates in the city time zone; `from` and `to` are inclusive and at most 92 days apart.',
    parameters: [
      q('offices', 'Office ids, comma-separated.', true, 'buergeramt-mitte,buergeramt-nord'),
      SERVICES_PARAM,
      q('from', 'First day, `YYYY-MM-DD`.', true, '2026-12-01'),
      q('to', 'Last day, `YYYY-MM-DD`.', true, '2026-12-31'),
      q('variant', '`in-person` (default), `video` or `phone`.'),
    ],
    response: { status: 200, schema: Availability },
    errors: { 400: 'validation' },
  },
  {
    id: 'reserve',
    tag: 'Appointments',
    method: 'post',
    path: '/appointments/reservations',
    summary: 'Hold a slot',
    description:
      'Holds the slot for a few minutes (`expiresAt`) while the citizen enters contact data. A slot that was taken meanwhile answers 409 with code `slot-taken`.',
    body: ReserveBody,
    idempotent: true,
    response: { status: 201, schema: Reservation },
    errors: { 400: 'validation', 409: 'slot-taken' },
  },
  {
    id: 'extendReservation',
    tag: 'Appointments',
    method: 'post',
    path: '/appointments/reservations/{reservationId}/extend',
    summary: 'Extend a hold',
    parameters: [p('reservationId', 'The reservation.')],
    token: true,
    response: { status: 200, schema: Reservation },
    errors: { 401: 'invalid-token', 404: 'not-found', 409: 'not-extendable', 410: 'hold-expired' },
  },
  {
    id: 'releaseReservation',
    tag: 'Appointments',
    method: 'delete',
    path: '/appointments/reservations/{reservationId}',
    summary: 'Release a hold',
    parameters: [p('reservationId', 'The reservation.')],
    token: true,
    response: { status: 204 },
    errors: { 401: 'invalid-token', 404: 'not-found' },
  },
  {
    id: 'confirm',
    tag: 'Appointments',
    method: 'post',
    path: '/appointments/reservations/{reservationId}/confirm',
    summary: 'Book the held slot',
    description:
      'Turns the hold into an appointment. When the office uses double opt-in, the appointment is `pending-email-confirmation` until the citizen follows the link in the e-mail (see email-confirmation).',
    parameters: [p('reservationId', 'The reservation.')],
    token: true,
    body: ConfirmBody,
    idempotent: true,
    response: { status: 201, schema: Appointment },
    errors: { 400: 'validation', 401: 'invalid-token', 404: 'not-found', 410: 'hold-expired' },
  },
  {
    id: 'confirmEmail',
    tag: 'Appointments',
    method: 'post',
    path: '/appointments/{appointmentId}/email-confirmation',
    summary: 'Confirm the e-mail address (double opt-in)',
    parameters: [p('appointmentId', 'The appointment.')],
    token: true,
    body: EmailConfirmationBody,
    response: { status: 200, schema: Appointment },
    errors: { 400: 'invalid-code', 401: 'invalid-token', 404: 'not-found', 410: 'confirmation-expired' },
  },
  {
    id: 'getAppointment',
    tag: 'Appointments',
    method: 'get',
    path: '/appointments/{appointmentId}',
    summary: 'An appointment, by its manage link',
    parameters: [p('appointmentId', 'The appointment.')],
    token: true,
    response: { status: 200, schema: Appointment },
    errors: { 401: 'invalid-token', 404: 'not-found' },
  },
  {
    id: 'cancelAppointment',
    tag: 'Appointments',
    method: 'delete',
    path: '/appointments/{appointmentId}',
    summary: 'Cancel an appointment',
    description:
      'Frees the slot and answers the appointment with status `cancelled`. Cancelling twice answers the same.',
    parameters: [p('appointmentId', 'The appointment.')],
    token: true,
    response: { status: 200, schema: Appointment },
    errors: { 401: 'invalid-token', 404: 'not-found' },
  },
  {
    id: 'rescheduleAppointment',
    tag: 'Appointments',
    method: 'post',
    path: '/appointments/{appointmentId}/reschedule',
    summary: 'Move an appointment to a newly held slot',
    description:
      'Reserve the new slot first; this call moves the appointment there and releases the old slot in one step.',
    parameters: [p('appointmentId', 'The appointment.')],
    token: true,
    body: RescheduleBody,
    idempotent: true,
    response: { status: 200, schema: Appointment },
    errors: { 400: 'validation', 401: 'invalid-token', 404: 'not-found', 409: 'cancelled', 410: 'hold-expired' },
  },
  {
    id: 'appointmentCalendar',
    tag: 'Appointments',
    method: 'get',
    path: '/appointments/{appointmentId}/calendar.ics',
    summary: 'The appointment as an iCalendar file',
    parameters: [p('appointmentId', 'The appointment.')],
    token: true,
    response: { status: 200, mediaType: 'text/calendar' },
    errors: { 401: 'invalid-token', 404: 'not-found' },
  },
  // Waste
  {
    id: 'searchStreets',
    tag: 'Waste',
    method: 'get',
    path: '/waste/streets',
    summary: 'Streets by prefix',
    description:
      'Matches the start of any word of the name, ignoring case and diacritics: "haupt" finds "Hauptstraße", "mull" and "muell" find "Müllerweg", "strasse" finds "Straße des 17. Juni". The whole name also matches: "hauptstrasse" finds "Hauptstraße".',
    parameters: [
      q('q', 'What the citizen typed (at least one character).', true, 'haupt'),
      q('limit', 'At most this many (default 10, at most 50).'),
    ],
    response: { status: 200, schema: StreetList },
    errors: { 400: 'validation' },
  },
  {
    id: 'listHouseNumbers',
    tag: 'Waste',
    method: 'get',
    path: '/waste/streets/{streetId}/house-numbers',
    summary: 'House numbers of a street whose collection days differ by number',
    parameters: [p('streetId', 'The street.')],
    response: { status: 200, schema: HouseNumberList },
    errors: { 404: 'not-found' },
  },
  {
    id: 'listFractions',
    tag: 'Waste',
    method: 'get',
    path: '/waste/fractions',
    summary: 'Waste fractions (residual, organic, paper, …)',
    response: { status: 200, schema: FractionList },
    errors: {},
  },
  {
    id: 'getCollections',
    tag: 'Waste',
    method: 'get',
    path: '/waste/collections',
    summary: 'Collection dates for an address',
    description:
      'Dates are calendar dates in the city time zone. A date moved by a holiday carries `originalDate` and `shiftReason`.',
    parameters: [
      q('street', 'Street id.', true, 'hauptstrasse'),
      q('houseNumber', 'House number id; required when the street is `split`.'),
      q('from', 'First day, `YYYY-MM-DD`.', true, '2026-01-01'),
      q('to', 'Last day, `YYYY-MM-DD`, at most 400 days after `from`.', true, '2026-12-31'),
      q('fractions', 'Only these fraction ids, comma-separated.'),
    ],
    response: { status: 200, schema: CollectionSchedule },
    errors: { 400: 'validation', 404: 'not-found' },
  },
  {
    id: 'getSubscription',
    tag: 'Waste',
    method: 'get',
    path: '/waste/subscription',
    summary: 'A calendar feed to subscribe to',
    parameters: [
      q('street', 'Street id.', true),
      q('houseNumber', 'House number id, when the street is split.'),
      q('fractions', 'Only these fraction ids, comma-separated.'),
      q('reminder', 'Adds an alarm the day before at this time, `HH:MM`.', false, '19:00'),
    ],
    response: { status: 200, schema: Subscription },
    errors: { 400: 'validation', 404: 'not-found' },
  },
  {
    id: 'wasteFeed',
    tag: 'Waste',
    method: 'get',
    path: '/waste/feed.ics',
    summary: 'The iCalendar feed behind a subscription',
    description:
      'Collections of the next twelve months as all-day events (RFC 5545), with a VALARM the day before at `reminder` when asked for. This is the URL `getSubscription` hands out; calendar apps poll it.',
    parameters: [
      q('street', 'Street id.', true),
      q('houseNumber', 'House number id, when the street is split.'),
      q('fractions', 'Only these fraction ids, comma-separated.'),
      q('reminder', 'Alarm the day before at this time, `HH:MM`.'),
    ],
    response: { status: 200, mediaType: 'text/calendar' },
    errors: { 400: 'validation', 404: 'not-found' },
  },
  // Facilities
  {
    id: 'listFacilityCategories',
    tag: 'Facilities',
    method: 'get',
    path: '/facilities/categories',
    summary: 'Categories of facilities',
    response: { status: 200, schema: FacilityCategoryList },
    errors: {},
  },
  {
    id: 'searchFacilities',
    tag: 'Facilities',
    method: 'get',
    path: '/facilities',
    summary: 'Facilities as a GeoJSON FeatureCollection',
    parameters: [
      q('bbox', 'west,south,east,north in degrees (WGS 84).', false, '8.64,49.39,8.73,49.42'),
      q('categories', 'Only these category ids, comma-separated.'),
    ],
    response: { status: 200, schema: FacilityCollection },
    errors: { 400: 'validation' },
  },
  {
    id: 'getFacility',
    tag: 'Facilities',
    method: 'get',
    path: '/facilities/{facilityId}',
    summary: 'One facility',
    parameters: [p('facilityId', 'The facility.')],
    response: { status: 200, schema: Facility },
    errors: { 404: 'not-found' },
  },
  // Payments
  {
    id: 'quoteFees',
    tag: 'Payments',
    method: 'get',
    path: '/payments/fees',
    summary: 'Fees for services as line items',
    parameters: [SERVICES_PARAM],
    response: { status: 200, schema: FeeQuote },
    errors: { 400: 'validation' },
  },
  {
    id: 'listPaymentMethods',
    tag: 'Payments',
    method: 'get',
    path: '/payments/methods',
    summary: 'Payment methods on offer',
    response: { status: 200, schema: PaymentMethodList },
    errors: {},
  },
  {
    id: 'createPayment',
    tag: 'Payments',
    method: 'post',
    path: '/payments',
    summary: 'Create a payment and get the provider redirect',
    description:
      'The server computes the amounts from the fee ids. Send the citizen to `redirectUrl`; the provider returns them to `returnUrl`, where the widget asks for the status (the return URL itself proves nothing).',
    body: CreatePaymentBody,
    idempotent: true,
    response: { status: 201, schema: Payment },
    errors: { 400: 'validation', 422: 'method-unavailable' },
  },
  {
    id: 'getPayment',
    tag: 'Payments',
    method: 'get',
    path: '/payments/{paymentId}',
    summary: 'Payment status',
    parameters: [p('paymentId', 'The payment.')],
    response: { status: 200, schema: Payment },
    errors: { 404: 'not-found' },
  },
  {
    id: 'getReceipt',
    tag: 'Payments',
    method: 'get',
    path: '/payments/{paymentId}/receipt',
    summary: 'Receipt of a paid payment',
    parameters: [p('paymentId', 'The payment.')],
    response: { status: 200, schema: Receipt },
    errors: { 404: 'not-found', 409: 'not-paid' },
  },
  // Video
  {
    id: 'getVideoTicket',
    tag: 'Video',
    method: 'get',
    path: '/appointments/{appointmentId}/video-ticket',
    summary: 'Join ticket for a video appointment',
    description:
      '`roomUrl` and `roomToken` are present only from `opensAt` to `closesAt`. Nothing of the provider may load before the citizen consents.',
    parameters: [p('appointmentId', 'The appointment.')],
    token: true,
    response: { status: 200, schema: VideoTicket },
    errors: { 401: 'invalid-token', 404: 'not-found', 409: 'not-a-video-appointment' },
  },
  {
    id: 'listDocuments',
    tag: 'Video',
    method: 'get',
    path: '/appointments/{appointmentId}/documents',
    summary: 'Documents exchanged for an appointment, and the upload policy',
    parameters: [p('appointmentId', 'The appointment.')],
    token: true,
    response: { status: 200, schema: DocumentList },
    errors: { 401: 'invalid-token', 404: 'not-found' },
  },
  {
    id: 'uploadDocument',
    tag: 'Video',
    method: 'post',
    path: '/appointments/{appointmentId}/documents',
    summary: 'Upload a document for the appointment',
    parameters: [p('appointmentId', 'The appointment.')],
    token: true,
    upload: true,
    idempotent: true,
    response: { status: 201, schema: ExchangedDocument },
    errors: {
      401: 'invalid-token',
      404: 'not-found',
      409: 'too-many-files',
      413: 'too-large',
      415: 'type-not-allowed',
    },
  },
];
