import type { AccessibilityFeature, Office } from '@civic-widgets/api-client';
import { services } from './services.js';

/** SAMPLE DATA: the citizen offices of the fictional Musterstadt (around 49.41 N, 8.69 E). */
const CITIZEN_SERVICES = services
  .filter(
    (service) =>
      !service.id.startsWith('kfz') &&
      !['eheschliessung', 'geburtsurkunde', 'wohngeld-beratung', 'einbuergerung-beratung'].includes(service.id),
  )
  .map((service) => service.id);
const WEEKDAYS = [1, 2, 3, 4, 5];
const standardHours = (late: number) =>
  WEEKDAYS.flatMap((day) =>
    day === late
      ? [
          { day, opens: '08:00', closes: '12:00' },
          { day, opens: '13:00', closes: '18:00' },
        ]
      : [{ day, opens: '08:00', closes: day === 5 ? '12:00' : '15:30' }],
  );
const HOLIDAY_CLOSURES = [
  { date: '2026-12-24', closed: true, note: 'Heiligabend' },
  { date: '2026-12-31', closed: true, note: 'Silvester' },
  { date: '2027-02-16', closed: false, opens: '08:00', closes: '11:00', note: 'Fastnacht: verkürzte Öffnungszeit' },
];

interface SampleOffice {
  id: string;
  name: string;
  street: string;
  houseNumber: string;
  postalCode: string;
  lat: number;
  lon: number;
  accessibility: AccessibilityFeature[];
  serviceIds?: string[];
  lateDay?: number;
  phoneRequired?: boolean;
  doubleOptIn?: boolean;
  customFields?: Office['customFields'];
}

const SAMPLE: SampleOffice[] = [
  {
    id: 'buergeramt-mitte',
    name: 'Bürgeramt Mitte',
    street: 'Marktplatz',
    houseNumber: '10',
    postalCode: '69117',
    lat: 49.4122,
    lon: 8.7103,
    accessibility: ['step-free-access', 'wheelchair-accessible', 'accessible-toilet', 'induction-loop'],
    lateDay: 4,
    doubleOptIn: true,
  },
  {
    id: 'buergeramt-nord',
    name: 'Bürgeramt Nord',
    street: 'Brückenstraße',
    houseNumber: '2',
    postalCode: '69120',
    lat: 49.4187,
    lon: 8.6965,
    accessibility: ['step-free-access', 'wheelchair-accessible', 'accessible-toilet'],
    lateDay: 2,
  },
  {
    id: 'buergeramt-sued',
    name: 'Bürgeramt Süd',
    street: 'Rohrbacher Straße',
    houseNumber: '101',
    postalCode: '69126',
    lat: 49.3887,
    lon: 8.6878,
    accessibility: ['step-free-access', 'parking-for-disabled'],
    lateDay: 1,
    phoneRequired: true,
  },
  {
    id: 'buergeramt-west',
    name: 'Bürgeramt West',
    street: 'Eppelheimer Straße',
    houseNumber: '46',
    postalCode: '69115',
    lat: 49.4049,
    lon: 8.6637,
    accessibility: ['wheelchair-accessible', 'accessible-toilet', 'tactile-guidance'],
    lateDay: 3,
  },
  {
    id: 'buergeramt-ost',
    name: 'Bürgeramt Ost',
    street: 'Hauptstraße',
    houseNumber: '200',
    postalCode: '69117',
    lat: 49.4109,
    lon: 8.7234,
    accessibility: [],
    lateDay: 4,
    customFields: [{ id: 'aktenzeichen', label: 'Aktenzeichen (falls vorhanden)', required: false, maxLength: 40 }],
  },
  {
    id: 'buergeramt-altstadt',
    name: 'Bürgeramt Altstadt',
    street: 'Heiliggeiststraße',
    houseNumber: '3',
    postalCode: '69117',
    lat: 49.4114,
    lon: 8.7063,
    accessibility: ['induction-loop', 'sign-language-on-request'],
    lateDay: 2,
  },
  {
    id: 'buergeramt-rheinviertel',
    name: 'Bürgeramt Rheinviertel',
    street: 'Kurfürsten-Anlage',
    houseNumber: '38',
    postalCode: '69115',
    lat: 49.4036,
    lon: 8.6812,
    accessibility: ['step-free-access', 'wheelchair-accessible', 'accessible-toilet', 'baby-changing'],
    lateDay: 1,
    doubleOptIn: true,
  },
  {
    id: 'kfz-zulassungsstelle',
    name: 'Kfz-Zulassungsstelle',
    street: 'Im Bosseldorn',
    houseNumber: '30',
    postalCode: '69126',
    lat: 49.3832,
    lon: 8.6731,
    accessibility: ['step-free-access', 'parking-for-disabled'],
    serviceIds: [
      'kfz-zulassung',
      'kfz-abmeldung',
      'fuehrerschein-umtausch',
      'internationaler-fuehrerschein',
      'bewohnerparkausweis',
    ],
    lateDay: 3,
    phoneRequired: true,
    customFields: [
      { id: 'kennzeichen', label: 'Wunschkennzeichen (falls reserviert)', required: false, maxLength: 12 },
    ],
  },
  {
    id: 'standesamt',
    name: 'Standesamt',
    street: 'Marktplatz',
    houseNumber: '10',
    postalCode: '69117',
    lat: 49.4124,
    lon: 8.7098,
    accessibility: ['step-free-access', 'wheelchair-accessible', 'accessible-toilet'],
    serviceIds: ['eheschliessung', 'geburtsurkunde'],
    lateDay: 2,
    customFields: [
      { id: 'trautermin', label: 'Gewünschter Trautermin', required: true, maxLength: 40 },
      { id: 'partnername', label: 'Name der Partnerin oder des Partners', required: true, maxLength: 120 },
    ],
  },
  {
    id: 'buergerbuero-digital',
    name: 'Digitales Bürgerbüro (Video und Telefon)',
    street: 'Marktplatz',
    houseNumber: '10',
    postalCode: '69117',
    lat: 49.4123,
    lon: 8.7101,
    accessibility: ['sign-language-on-request'],
    serviceIds: ['wohngeld-beratung', 'einbuergerung-beratung', 'gewerbe-anmelden', 'gewerbe-abmelden'],
    lateDay: 3,
  },
];

export const offices: Office[] = SAMPLE.map((sample) => ({
  id: sample.id,
  name: sample.name,
  address: {
    street: sample.street,
    houseNumber: sample.houseNumber,
    postalCode: sample.postalCode,
    city: 'Musterstadt',
  },
  location: { lat: sample.lat, lon: sample.lon },
  accessibility: sample.accessibility,
  openingHours: { weekly: standardHours(sample.lateDay ?? 4), exceptions: HOLIDAY_CLOSURES },
  serviceIds: sample.serviceIds ?? CITIZEN_SERVICES,
  phoneRequired: sample.phoneRequired ?? false,
  customFields: sample.customFields ?? [],
  doubleOptIn: sample.doubleOptIn ?? false,
}));
