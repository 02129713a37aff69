import { facilities, facilityCategories } from '../city/facilities.js';
import { notFound, validation } from '../problem.js';
import type { Implementation } from '../router.js';

export function facilityRoutes(): Record<string, Implementation> {
  return {
    listFacilityCategories: () => ({ status: 200, json: { categories: facilityCategories } }),
    searchFacilities: ({ query }) => {
      const bbox = query.get('bbox')?.split(',').map(Number);
      if (bbox && (bbox.length !== 4 || bbox.some((value) => !Number.isFinite(value))))
        throw validation({ bbox: 'west,south,east,north' });
      const categories = query.get('categories')?.split(',').filter(Boolean);
      const features = facilities.filter((facility) => {
        const [lon, lat] = facility.geometry.coordinates;
        const [west = -180, south = -90, east = 180, north = 90] = bbox ?? [];
        const inBox = lon >= west && lat >= south && lon <= east && lat <= north;
        return inBox && (!categories || categories.includes(facility.properties.categoryId));
      });
      return { status: 200, json: { type: 'FeatureCollection', features } };
    },
    getFacility: ({ params }) => {
      const facility = facilities.find((candidate) => candidate.id === params.facilityId);
      if (!facility) throw notFound('Facility');
      return { status: 200, json: facility };
    },
  };
}
