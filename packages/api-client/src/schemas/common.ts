import * as z from 'zod/mini';

// Dates and URLs are checked with plain patterns rather than z.iso / z.url: the same guarantees
// for our use, at about 2 KB gzip less in every widget. The OpenAPI generator adds their `format`.

/** An instant with its UTC offset, e.g. "2026-11-23T09:30:00+01:00". */
export const IsoDateTime = z
  .string()
  .check(
    z.regex(
      /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])T([01]\d|2[0-3]):[0-5]\d(:[0-5]\d(\.\d{1,9})?)?(Z|[+-]([01]\d|2[0-3]):[0-5]\d)$/,
    ),
  );
/** A calendar date in the city's time zone, e.g. "2026-11-23". */
export const IsoDate = z.string().check(z.regex(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/));
/** An absolute http(s) URL. */
export const HttpUrl = z.string().check(z.regex(/^https?:\/\/[^\s/?#]+[^\s]*$/), z.maxLength(2048));

/** Wall-clock time "HH:MM" in the city's time zone. */
export const ClockTime = z.string().check(z.regex(/^([01]\d|2[0-3]):[0-5]\d$/));
/** Identifiers are opaque, URL-safe strings. */
export const Id = z.string().check(z.minLength(1), z.maxLength(128), z.regex(/^[A-Za-z0-9._~-]+$/));
export const NonEmptyText = z.string().check(z.minLength(1), z.maxLength(2000));

/** Money in integer minor units (cents) and an ISO 4217 currency. Amounts are computed by the server. */
export const Money = z.object({
  amount: z.int().check(z.minimum(0)),
  currency: z.string().check(z.regex(/^[A-Z]{3}$/)),
});
export type Money = z.infer<typeof Money>;

export const GeoPoint = z.object({
  lat: z.number().check(z.minimum(-90), z.maximum(90)),
  lon: z.number().check(z.minimum(-180), z.maximum(180)),
});
export type GeoPoint = z.infer<typeof GeoPoint>;

export const Address = z.object({
  street: NonEmptyText,
  houseNumber: z.optional(z.string()),
  postalCode: z.string(),
  city: NonEmptyText,
});
export type Address = z.infer<typeof Address>;

/** Weekly hours plus dated exceptions (holidays, closures), in the city's time zone. */
export const OpeningHours = z.object({
  weekly: z.array(
    z.object({
      /** ISO weekday, 1 = Monday … 7 = Sunday. */
      day: z.int().check(z.minimum(1), z.maximum(7)),
      opens: ClockTime,
      closes: ClockTime,
    }),
  ),
  exceptions: z.array(
    z.object({
      date: IsoDate,
      closed: z.boolean(),
      opens: z.optional(ClockTime),
      closes: z.optional(ClockTime),
      note: z.optional(z.string()),
    }),
  ),
});
export type OpeningHours = z.infer<typeof OpeningHours>;

/** Accessibility features of a place, as keys the widgets translate. */
export const AccessibilityFeature = z.enum([
  'step-free-access',
  'wheelchair-accessible',
  'accessible-toilet',
  'induction-loop',
  'tactile-guidance',
  'sign-language-on-request',
  'parking-for-disabled',
  'baby-changing',
]);
export type AccessibilityFeature = z.infer<typeof AccessibilityFeature>;

/** Error body of every non-2xx answer: RFC 9457 problem details with a machine-readable `code`. */
export const Problem = z.object({
  type: z.optional(z.string()),
  title: z.string(),
  status: z.int(),
  detail: z.optional(z.string()),
  /** E.g. "slot-taken", "hold-expired", "invalid-token", "validation". */
  code: z.optional(z.string()),
  /** Per-field messages for "validation", keyed by field name. */
  errors: z.optional(z.record(z.string(), z.string())),
});
export type Problem = z.infer<typeof Problem>;
