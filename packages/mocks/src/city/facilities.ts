import type { AccessibilityFeature, Facility, FacilityCategory } from '@civic-widgets/api-client';
import { SeededRandom } from '../random.js';
import { offices } from './offices.js';
import { streets } from './waste.js';

/** SAMPLE DATA: places in Musterstadt for the map, in six categories. */
export const facilityCategories: FacilityCategory[] = [
  { id: 'citizen-office', name: 'Bürgerämter', icon: 'office' },
  { id: 'glass', name: 'Glascontainer', icon: 'glass' },
  { id: 'toilet', name: 'Öffentliche Toiletten', icon: 'toilet' },
  { id: 'recycling', name: 'Recyclinghöfe', icon: 'recycling' },
  { id: 'library', name: 'Stadtbibliotheken', icon: 'library' },
  { id: 'playground', name: 'Spielplätze', icon: 'playground' },
];

const CENTER = { lat: 49.4075, lon: 8.6908 };
const WEEKDAYS = [1, 2, 3, 4, 5, 6];

function buildFacilities(): Facility[] {
  const random = new SeededRandom(4711);
  const point = (spread: number): [number, number] => [
    Number((CENTER.lon + (random.next() - 0.5) * spread * 1.5).toFixed(5)),
    Number((CENTER.lat + (random.next() - 0.5) * spread).toFixed(5)),
  ];
  const address = () => ({
    street: random.pick(streets).name,
    houseNumber: String(random.int(1, 120)),
    postalCode: random.pick(['69115', '69117', '69120', '69121', '69126']),
    city: 'Musterstadt',
  });
  const features = (candidates: AccessibilityFeature[], probability: number) =>
    candidates.filter(() => random.chance(probability));

  const list: Facility[] = offices.map((office) => ({
    type: 'Feature',
    id: `office-${office.id}`,
    geometry: { type: 'Point', coordinates: [office.location.lon, office.location.lat] },
    properties: {
      name: office.name,
      categoryId: 'citizen-office',
      address: office.address,
      openingHours: office.openingHours,
      accessibility: office.accessibility,
      contact: {
        phone: '+49 6221 0000-0',
        email: 'buergeramt@musterstadt.example',
        website: 'https://musterstadt.example/buergeramt',
      },
    },
  }));
  const add = (
    category: string,
    count: number,
    name: (index: number) => string,
    extra: (index: number) => Partial<Facility['properties']>,
    spread = 0.06,
  ) => {
    for (let index = 1; index <= count; index++) {
      list.push({
        type: 'Feature',
        id: `${category}-${String(index).padStart(3, '0')}`,
        geometry: { type: 'Point', coordinates: point(spread) },
        properties: { name: name(index), categoryId: category, address: address(), accessibility: [], ...extra(index) },
      });
    }
  };
  add(
    'glass',
    160,
    (index) => `Glascontainer ${index}`,
    () => ({
      description: 'Weiß-, Braun- und Grünglas. Einwurf werktags 7–20 Uhr.',
      openingHours: { weekly: WEEKDAYS.map((day) => ({ day, opens: '07:00', closes: '20:00' })), exceptions: [] },
      accessibility: features(['step-free-access'], 0.7),
    }),
  );
  add(
    'toilet',
    64,
    (index) => `Öffentliche Toilette ${index}`,
    (index) => ({
      ...(index % 3 === 0
        ? { alwaysOpen: true }
        : {
            openingHours: {
              weekly: [1, 2, 3, 4, 5, 6, 7].map((day) => ({ day, opens: '06:00', closes: '22:00' })),
              exceptions: [],
            },
          }),
      accessibility: features(['wheelchair-accessible', 'accessible-toilet', 'baby-changing'], 0.5),
    }),
  );
  add(
    'recycling',
    6,
    (index) => `Recyclinghof ${['Nord', 'Süd', 'West', 'Ost', 'Mitte', 'Hafen'][index - 1] ?? index}`,
    () => ({
      description: 'Sperrmüll, Elektrogeräte, Grünschnitt, Altholz und Schadstoffe in haushaltsüblichen Mengen.',
      openingHours: {
        weekly: [2, 3, 4, 5]
          .map((day) => ({ day, opens: '09:00', closes: '18:00' }))
          .concat([{ day: 6, opens: '08:00', closes: '14:00' }]),
        exceptions: [{ date: '2026-12-24', closed: true, note: 'Heiligabend' }],
      },
      accessibility: features(['step-free-access', 'parking-for-disabled'], 0.8),
      contact: { phone: '+49 6221 0000-500' },
    }),
    0.12,
  );
  add(
    'library',
    12,
    (index) => (index === 1 ? 'Stadtbibliothek (Hauptstelle)' : `Stadtteilbibliothek ${index}`),
    () => ({
      openingHours: {
        weekly: [2, 3, 4, 5]
          .map((day) => ({ day, opens: '10:00', closes: '19:00' }))
          .concat([{ day: 6, opens: '10:00', closes: '14:00' }]),
        exceptions: [],
      },
      accessibility: features(
        ['step-free-access', 'wheelchair-accessible', 'accessible-toilet', 'induction-loop'],
        0.6,
      ),
      contact: { website: 'https://musterstadt.example/bibliothek' },
    }),
  );
  add(
    'playground',
    80,
    (index) => `Spielplatz ${index}`,
    () => ({ alwaysOpen: true, accessibility: features(['step-free-access'], 0.4) }),
  );
  return list;
}

export const facilities: Facility[] = buildFacilities();
