import * as z from 'zod/mini';
import type { HttpTransport, RequestOptions } from '../http.js';
import { Id, IsoDate, NonEmptyText } from '../schemas/common.js';
import { HttpUrl } from '../schemas/common.js';

export const Street = z.object({
  id: Id,
  name: NonEmptyText,
  /** Part of town, to tell apart streets of the same name. */
  district: z.optional(z.string()),
  /** Collection days differ by house number: ask for one. */
  split: z.boolean(),
});
export type Street = z.infer<typeof Street>;
export const StreetList = z.object({ streets: z.array(Street) });

export const HouseNumber = z.object({ id: Id, label: NonEmptyText });
export type HouseNumber = z.infer<typeof HouseNumber>;
export const HouseNumberList = z.object({ houseNumbers: z.array(HouseNumber) });

/** Patterns that tell fractions apart without colour. */
export const FractionPattern = z.enum(['solid', 'stripes', 'dots', 'grid', 'waves', 'checks', 'diagonal', 'cross']);
export const Fraction = z.object({
  id: Id,
  name: NonEmptyText,
  /** Icon key, e.g. "residual", "organic", "paper", "packaging", "glass", "garden", "christmas-tree", "hazardous". */
  icon: z.string(),
  /** CSS colour the city uses for the bin. */
  color: z.string().check(z.regex(/^#[0-9a-fA-F]{6}$/)),
  pattern: FractionPattern,
});
export type Fraction = z.infer<typeof Fraction>;
export const FractionList = z.object({ fractions: z.array(Fraction) });

export const Collection = z.object({
  /** Stable across requests, for calendar UIDs. */
  id: Id,
  date: IsoDate,
  fractionId: Id,
  /** Set when the date moved, e.g. for a public holiday. */
  originalDate: z.optional(IsoDate),
  shiftReason: z.optional(z.string()),
});
export type Collection = z.infer<typeof Collection>;

export const CollectionSchedule = z.object({
  address: z.object({ streetId: Id, houseNumberId: z.optional(Id), label: NonEmptyText }),
  collections: z.array(Collection),
});
export type CollectionSchedule = z.infer<typeof CollectionSchedule>;

export const Subscription = z.object({
  /** https URL of the iCalendar feed. */
  icsUrl: HttpUrl,
  /** The same feed as webcal:// for one-click subscription. */
  webcalUrl: z.string().check(z.regex(/^webcal:\/\//)),
});
export type Subscription = z.infer<typeof Subscription>;

export interface AddressRef {
  streetId: string;
  houseNumberId?: string;
}

/** The household waste calendar. */
export class WasteApi {
  constructor(private readonly http: HttpTransport) {}

  /** Streets by prefix, ignoring case and diacritics ("strasse" finds "Straße"). */
  searchStreets(query: string, options?: RequestOptions & { limit?: number }) {
    return this.http.request(
      {
        method: 'GET',
        path: 'waste/streets',
        query: { q: query, limit: options?.limit },
        response: { schema: StreetList },
      },
      options,
    );
  }

  listHouseNumbers(streetId: string, options?: RequestOptions) {
    return this.http.request(
      {
        method: 'GET',
        path: `waste/streets/${encodeURIComponent(streetId)}/house-numbers`,
        response: { schema: HouseNumberList },
      },
      options,
    );
  }

  listFractions(options?: RequestOptions) {
    return this.http.request({ method: 'GET', path: 'waste/fractions', response: { schema: FractionList } }, options);
  }

  getCollections(
    address: AddressRef,
    range: { from: string; to: string; fractionIds?: readonly string[] },
    options?: RequestOptions,
  ) {
    return this.http.request(
      {
        method: 'GET',
        path: 'waste/collections',
        query: {
          street: address.streetId,
          houseNumber: address.houseNumberId,
          from: range.from,
          to: range.to,
          fractions: range.fractionIds?.length ? range.fractionIds : undefined,
        },
        response: { schema: CollectionSchedule },
      },
      options,
    );
  }

  /** A calendar feed to subscribe to, optionally with a reminder at `reminder` ("HH:MM") the day before. */
  getSubscription(
    address: AddressRef,
    settings: { fractionIds?: readonly string[]; reminder?: string } = {},
    options?: RequestOptions,
  ) {
    return this.http.request(
      {
        method: 'GET',
        path: 'waste/subscription',
        query: {
          street: address.streetId,
          houseNumber: address.houseNumberId,
          fractions: settings.fractionIds?.length ? settings.fractionIds : undefined,
          reminder: settings.reminder,
        },
        response: { schema: Subscription },
      },
      options,
    );
  }
}
