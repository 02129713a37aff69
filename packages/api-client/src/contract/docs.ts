import type * as z from 'zod/mini';
import type { Money, Problem } from '../schemas/common.js';
import type { Appointment, Availability, Office, Reservation, Service } from '../schemas/appointments.js';
import type { Facility } from '../schemas/facilities.js';
import type { FeeQuote, Payment } from '../schemas/payments.js';
import type { VideoTicket } from '../schemas/video.js';
import type { Collection, Fraction, Street } from '../schemas/waste.js';

/**
 * Descriptions and examples for the OpenAPI document. They live here, not on the schemas, so widget
 * bundles do not carry documentation text. Examples are typed by the schemas and validated by a test.
 */
export interface SchemaDoc<T = unknown> {
  description: string;
  example?: T;
}

type Doc<S> = S extends z.ZodMiniType ? SchemaDoc<z.input<S>> : SchemaDoc<S>;

const MONEY: Money = { amount: 3700, currency: 'EUR' };
const FEE_ITEM = {
  feeId: 'pa-ueber-24',
  label: 'Personalausweis (ab 24 Jahren)',
  legalBasis: '§ 1 Abs. 1 PAuswGebV',
  quantity: 1,
  unitAmount: MONEY,
  amount: MONEY,
};

export const API_DESCRIPTION = `The civic-widgets API: what a city's backend implements so that the civic widgets (appointment
booking, waste calendar, facility map, fee payment, video appointments) work on any page.

## Rules for every route
- **Base and versioning.** All paths are relative to a versioned base such as \`https://stadt.example/api/v1\`.
  A breaking change gets a new major version (\`/v2\`); fields may be added to answers at any time, so
  clients ignore what they do not know.
- **Time.** Instants are ISO 8601 with their UTC offset (\`2026-11-23T09:30:00+01:00\`). Calendar dates
  (\`2026-11-23\`) and wall-clock times (\`09:30\`) are in the city's IANA time zone, which the city
  configures in the widgets (default \`Europe/Berlin\`); a date parameter means that day in that zone.
- **Money** is an integer amount in minor units (cents) and an ISO 4217 currency. The server computes
  every amount; the widgets only display them.
- **Idempotency.** Creating calls (reserve, confirm, reschedule, create payment, upload) accept an
  \`Idempotency-Key\` header (a UUID). A repeat with the same key within 24 hours returns the first
  successful result with its status, never a second booking or charge; concurrent repeats wait for the
  first. A failed attempt (4xx) is not remembered, so the citizen can correct the input and send it
  again with the same key. Clients retry such calls only with the same key.

- **Secrets.** Reservations and appointments carry a secret \`token\`; routes for them take it as
  \`Authorization: Bearer <token>\`. The manage link a citizen receives carries id and token.
- **Language.** Send \`Accept-Language\` (\`de\`, \`en\`, …); texts such as service names come back in that
  language where the city has them.
- **Errors** are \`application/problem+json\` (RFC 9457) with \`title\`, \`status\` and a machine-readable
  \`code\` (for example \`slot-taken\`). 429 and 503 should carry \`Retry-After\`. Clients retry safe
  requests (GET) on 408, 429, 502, 503, 504 and network failures with exponential back-off and jitter.
- **Server clock.** Every answer carries \`Date\` from a synchronised clock. Widgets count holds down
  against it (\`expiresAt\` minus the server's now), so a citizen's computer clock that is off does not
  shorten or lengthen a hold.
- **CORS.** Widgets run on the city's and partners' pages: allow their origins, the headers
  \`Accept-Language\`, \`Authorization\`, \`Content-Type\` and \`Idempotency-Key\`, and expose \`Retry-After\`
  and \`Date\` (\`Access-Control-Expose-Headers: Date, Retry-After\`): neither is CORS-safelisted, so
  without it a browser hides them from the widget.`;

export const schemaDocs: { [Name in string]?: SchemaDoc } & {
  Money: Doc<typeof Money>;
  Problem: Doc<typeof Problem>;
  Service: Doc<typeof Service>;
  Office: Doc<typeof Office>;
  Availability: Doc<typeof Availability>;
  Reservation: Doc<typeof Reservation>;
  Appointment: Doc<typeof Appointment>;
  Street: Doc<typeof Street>;
  Fraction: Doc<typeof Fraction>;
  Collection: Doc<typeof Collection>;
  Facility: Doc<typeof Facility>;
  FeeQuote: Doc<typeof FeeQuote>;
  Payment: Doc<typeof Payment>;
  VideoTicket: Doc<typeof VideoTicket>;
} = {
  Id: { description: 'An opaque, URL-safe identifier.', example: 'buergeramt-mitte' },
  Text: {
    description: 'Text for people, in the requested language; plain text, never markup.',
    example: 'Bürgeramt Mitte',
  },
  DateTime: {
    description: 'An instant: ISO 8601 date and time with its UTC offset.',

    example: '2026-11-23T09:30:00+01:00',
  },
  Date: { description: "A calendar date in the city's time zone.", example: '2026-11-23' },
  ClockTime: { description: "Wall-clock time `HH:MM` in the city's time zone.", example: '09:30' },
  Money: { description: 'An amount in minor units (cents) and its ISO 4217 currency.', example: MONEY },
  GeoPoint: { description: 'WGS 84 coordinates in degrees.', example: { lat: 49.4093, lon: 8.6937 } },
  Address: {
    description: 'A postal address.',
    example: { street: 'Marktplatz', houseNumber: '10', postalCode: '69117', city: 'Musterstadt' },
  },
  OpeningHours: {
    description: 'Regular weekly hours (several ranges per day allowed) and dated exceptions such as public holidays.',
    example: {
      weekly: [{ day: 1, opens: '08:00', closes: '12:30' }],
      exceptions: [{ date: '2026-12-24', closed: true, note: 'Heiligabend' }],
    },
  },
  AccessibilityFeature: { description: 'An accessibility feature, as a key the widgets translate.' },
  Problem: {
    description: 'RFC 9457 problem details; `code` tells clients what happened.',
    example: {
      type: 'https://civic-widgets.example/problems/slot-taken',
      title: 'Slot already taken',
      status: 409,
      code: 'slot-taken',
    },
  },
  Service: {
    description: 'A service citizens can book an appointment for.',
    example: {
      id: 'personalausweis',
      name: 'Personalausweis beantragen',
      description: 'Antrag auf einen neuen Personalausweis.',
      keywords: ['Perso', 'Ausweis', 'ID'],
      durationMinutes: 20,
      feeId: 'pa-ueber-24',
      fee: MONEY,
      variants: ['in-person'],
      maxCount: 5,
      combinableWith: ['reisepass', 'meldebescheinigung'],
      documents: ['Bisheriger Ausweis', 'Ein biometrisches Passfoto'],
      popular: true,
    },
  },
  Office: {
    description: 'A citizen office (Bürgeramt) with what it offers and what it asks of citizens.',
    example: {
      id: 'buergeramt-mitte',
      name: 'Bürgeramt Mitte',
      address: { street: 'Marktplatz', houseNumber: '10', postalCode: '69117', city: 'Musterstadt' },
      location: { lat: 49.4093, lon: 8.6937 },
      accessibility: ['step-free-access', 'accessible-toilet', 'induction-loop'],
      openingHours: { weekly: [{ day: 1, opens: '08:00', closes: '16:00' }], exceptions: [] },
      serviceIds: ['personalausweis', 'reisepass'],
      phoneRequired: false,
      customFields: [{ id: 'case-number', label: 'Aktenzeichen (falls vorhanden)', required: false, maxLength: 40 }],
      doubleOptIn: true,
    },
  },
  Availability: {
    description: 'Days with free slots, then offices, then start times.',
    example: {
      days: [
        {
          date: '2026-12-01',
          offices: [
            { officeId: 'buergeramt-mitte', slots: ['2026-12-01T08:00:00+01:00', '2026-12-01T08:20:00+01:00'] },
          ],
        },
      ],
      nextAvailableDate: '2027-01-04',
    },
  },
  Reservation: {
    description: 'A slot held for the citizen until `expiresAt`.',
    example: {
      id: 'r-7f3a9c',
      token: 'tok_9a8b7c6d5e4f3a2b1c0d',
      officeId: 'buergeramt-mitte',
      start: '2026-12-01T08:20:00+01:00',
      end: '2026-12-01T08:40:00+01:00',
      services: [{ serviceId: 'personalausweis', count: 1 }],
      variant: 'in-person',
      expiresAt: '2026-11-23T10:15:00+01:00',
      extendable: true,
    },
  },
  Appointment: {
    description: 'A booked appointment, as the manage link shows it. It holds no contact data but the name.',
    example: {
      id: 'a-51c2e0',
      token: 'tok_0f1e2d3c4b5a69788796',
      bookingCode: 'MS-4K7Q',
      status: 'confirmed',
      officeId: 'buergeramt-mitte',
      start: '2026-12-01T08:20:00+01:00',
      end: '2026-12-01T08:40:00+01:00',
      services: [{ serviceId: 'personalausweis', count: 1 }],
      variant: 'in-person',
      contactName: 'Erika Mustermann',
      fee: MONEY,
    },
  },
  Street: {
    description: 'A street of the city.',
    example: { id: 'hauptstrasse', name: 'Hauptstraße', district: 'Altstadt', split: true },
  },
  Fraction: {
    description: 'A waste fraction with the colour and pattern the widgets use (never colour alone).',
    example: { id: 'paper', name: 'Papier', icon: 'paper', color: '#1f5fa8', pattern: 'stripes' },
  },
  Collection: {
    description: 'One collection. A moved date keeps its original date and the reason.',
    example: {
      id: 'c-hauptstrasse-paper-2026-12-28',
      date: '2026-12-28',
      fractionId: 'paper',
      originalDate: '2026-12-25',
      shiftReason: 'Weihnachten',
    },
  },
  Facility: {
    description: 'A facility as a GeoJSON point feature; coordinates are [longitude, latitude].',
    example: {
      type: 'Feature',
      id: 'glass-017',
      geometry: { type: 'Point', coordinates: [8.6937, 49.4093] },
      properties: {
        name: 'Glascontainer Bismarckplatz',
        categoryId: 'glass',
        address: { street: 'Bismarckplatz', postalCode: '69115', city: 'Musterstadt' },
        alwaysOpen: false,
        openingHours: { weekly: [{ day: 1, opens: '07:00', closes: '20:00' }], exceptions: [] },
        accessibility: ['step-free-access'],
      },
    },
  },
  FeeQuote: {
    description: 'Line items and total, computed by the server.',
    example: {
      items: [FEE_ITEM],
      total: MONEY,
    },
  },
  Payment: {
    description: 'A payment; while `pending`, `redirectUrl` leads to the e-payment provider.',
    example: {
      id: 'p-3e9d1a',
      status: 'pending',
      items: [FEE_ITEM],
      total: MONEY,
      methodId: 'giropay',
      redirectUrl: 'https://epay.example/checkout/p-3e9d1a',
      createdAt: '2026-11-23T09:31:00+01:00',
      expiresAt: '2026-11-23T10:01:00+01:00',
    },
  },
  VideoTicket: {
    description: 'How to join a video appointment; the room details appear when it opens.',
    example: {
      appointmentId: 'a-51c2e0',
      provider: 'jitsi',
      providerName: 'Jitsi Meet der Stadt Musterstadt',
      privacyUrl: 'https://stadt.example/datenschutz/video',
      roomUrl: 'https://video.stadt.example/buergeramt-a51c2e0',
      opensAt: '2026-12-01T08:10:00+01:00',
      closesAt: '2026-12-01T08:50:00+01:00',
      lobby: true,
    },
  },
};

/** Descriptions of the fields whose meaning is not obvious from their name, by schema. */
export const propertyDocs: Record<string, Record<string, string>> = {
  Service: {
    keywords: 'Extra words the search matches, e.g. "Perso" for the identity card.',
    durationMinutes: 'Planned minutes per unit; the slot length is the sum over all chosen services and counts.',
    feeId: 'The fee in the payment service that this service costs.',
    fee: 'Indicative fee per unit for display; the payment service computes what is charged.',
    variants: 'How the appointment can take place.',
    maxCount: 'How many of this service one appointment may hold (e.g. passports for a family).',
    combinableWith: 'Ids of services that may be booked in the same appointment.',
    documents: 'What the citizen must bring, in plain words.',
    popular: 'Shown first, before the citizen searches.',
  },
  Office: {
    serviceIds: 'Services this office offers.',
    phoneRequired: 'The office asks for a phone number when booking.',
    customFields: 'Up to two extra fields the office asks for; their values go into `contact.customFields` by id.',
    doubleOptIn: 'Bookings stay `pending-email-confirmation` until the citizen follows the link in an e-mail.',
  },
  Availability: {
    days: 'Only days with at least one free start time, in ascending order.',
    nextAvailableDate:
      'The first later day with a free slot, so a widget can offer "next free day" when the range is empty.',
  },
  Reservation: {
    token: 'Secret for extend, release and confirm (as `Authorization: Bearer`). Keep it in the browser only.',
    expiresAt: 'When the hold ends and the slot is free again.',
    extendable: 'Whether `extend` may still be called.',
  },
  Appointment: {
    token: 'Secret of the manage link.',
    bookingCode: 'Short code the citizen quotes at the office.',
    contactName: 'The only personal data the widget gets back.',
    videoOpensAt: 'For video appointments: from when the room can be entered.',
  },
  Contact: {
    phone: 'Required when the office has `phoneRequired`.',
    customFields: "Values for the office's `customFields`, by field id.",
  },
  Street: { split: 'Collection days differ by house number: ask for one (see house-numbers).' },
  Fraction: {
    icon: 'Icon key the widgets draw, e.g. "paper".',
    color: 'The bin colour, as #rrggbb.',
    pattern: 'A pattern that tells fractions apart without colour.',
  },
  Collection: {
    id: 'Stable across requests and years, so calendar entries keep their UID.',
    originalDate: 'The planned date when the collection was moved (e.g. by a public holiday).',
    shiftReason: 'Why it moved, in the requested language, e.g. "Weihnachten".',
  },
  Subscription: {
    icsUrl: 'https URL of the iCalendar feed for this address and fractions.',
    webcalUrl: 'The same feed with the webcal scheme, for one-click subscription.',
  },
  FacilityProperties: {
    alwaysOpen: 'Open at all hours; `openingHours` is then absent.',
    openingHours: 'Absent when unknown or when `alwaysOpen`.',
  },
  FeeItem: {
    legalBasis: 'The regulation the fee rests on, shown on the receipt.',
    unitAmount: 'Fee per unit.',
    amount: 'unitAmount × quantity.',
  },
  Payment: {
    redirectUrl: 'While `pending`: where to send the citizen to pay. Absent otherwise.',
    expiresAt: 'An unpaid payment becomes `expired` after this.',
  },
  VideoTicket: {
    roomUrl: 'Present only between `opensAt` and `closesAt`.',
    roomToken: 'Provider token (e.g. a Jitsi JWT), when the provider needs one.',
    lobby: 'The citizen waits in a lobby until staff admit them.',
  },
  DocumentPolicy: {
    allowedTypes: 'MIME types the office accepts.',
    maxBytes: 'Largest file in bytes.',
    maxFiles: 'Most files per appointment.',
  },
  Problem: {
    code: 'Machine-readable reason, e.g. `slot-taken`, `hold-expired`, `invalid-token`, `validation`.',
    errors: 'For `validation`: a message per field, keyed by the field path.',
  },
};
