import * as z from 'zod/mini';
import { AccessibilityFeature, Address, Id, NonEmptyText, OpeningHours } from './common.js';
import { HttpUrl } from './common.js';

export const FacilityCategory = z.object({
  id: Id,
  name: NonEmptyText,
  /** Icon key, e.g. "office", "glass", "toilet", "recycling", "library". */
  icon: z.string(),
});
export type FacilityCategory = z.infer<typeof FacilityCategory>;
export const FacilityCategoryList = z.object({ categories: z.array(FacilityCategory) });

export const FacilityProperties = z.object({
  name: NonEmptyText,
  categoryId: Id,
  address: Address,
  description: z.optional(z.string()),
  openingHours: z.optional(OpeningHours),
  /** Open at all hours (many glass containers); then `openingHours` is absent. */
  alwaysOpen: z.optional(z.boolean()),
  accessibility: z.array(AccessibilityFeature),
  contact: z.optional(
    z.object({
      phone: z.optional(z.string()),
      email: z.optional(z.string()),
      website: z.optional(HttpUrl),
    }),
  ),
});
export type FacilityProperties = z.infer<typeof FacilityProperties>;

/** A GeoJSON point feature (RFC 7946): coordinates are [longitude, latitude]. */
export const Facility = z.object({
  type: z.literal('Feature'),
  id: Id,
  geometry: z.object({
    type: z.literal('Point'),
    coordinates: z.tuple([
      z.number().check(z.minimum(-180), z.maximum(180)),
      z.number().check(z.minimum(-90), z.maximum(90)),
    ]),
  }),
  properties: FacilityProperties,
});
export type Facility = z.infer<typeof Facility>;

export const FacilityCollection = z.object({
  type: z.literal('FeatureCollection'),
  features: z.array(Facility),
});
export type FacilityCollection = z.infer<typeof FacilityCollection>;
