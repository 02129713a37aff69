import * as z from 'zod/mini';
import { Id, IsoDate, NonEmptyText } from './common.js';
import { HttpUrl } from './common.js';

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
