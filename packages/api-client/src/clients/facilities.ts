import type { HttpTransport, RequestOptions } from '../http.js';
import {
  parseFacility,
  parseFacilityCategoryList,
  parseFacilityCollection,
} from '../validation/generated/facilities.js';

/** [west, south, east, north] in degrees, as in GeoJSON. */
export type BoundingBox = readonly [number, number, number, number];

/** Offices, glass containers, public toilets and more, for maps. */
export class FacilitiesApi {
  constructor(private readonly http: HttpTransport) {}

  listCategories(options?: RequestOptions) {
    return this.http.request(
      { method: 'GET', path: 'facilities/categories', response: { parse: parseFacilityCategoryList } },
      options,
    );
  }

  search(filter: { bbox?: BoundingBox; categoryIds?: readonly string[] } = {}, options?: RequestOptions) {
    return this.http.request(
      {
        method: 'GET',
        path: 'facilities',
        query: {
          bbox: filter.bbox?.map(String),
          categories: filter.categoryIds?.length ? filter.categoryIds : undefined,
        },
        response: { parse: parseFacilityCollection },
      },
      options,
    );
  }

  get(id: string, options?: RequestOptions) {
    return this.http.request(
      { method: 'GET', path: `facilities/${encodeURIComponent(id)}`, response: { parse: parseFacility } },
      options,
    );
  }
}
