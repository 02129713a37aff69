import type { Collection, Fraction, HouseNumber, Street } from '@civic-widgets/api-client';
import { foldDiacritics } from '@civic-widgets/api-client/search';
import { holidayOn } from '../holidays.js';
import { SeededRandom } from '../random.js';
import { addDays, weekday } from '../zoned-time.js';

/** SAMPLE DATA: Musterstadt's streets, waste fractions and collection rules. */

const STEMS = [
  'Haupt',
  'Bahnhof',
  'Schul',
  'Kirch',
  'Garten',
  'Berg',
  'Wald',
  'Linden',
  'Eichen',
  'Birken',
  'Rosen',
  'Mühlen',
  'Brunnen',
  'Markt',
  'Schloss',
  'Wiesen',
  'Sonnen',
  'Neckar',
  'Goethe',
  'Schiller',
  'Mozart',
  'Kant',
  'Lessing',
  'Uhland',
  'Hölderlin',
  'Bismarck',
  'Müller',
  'Blumen',
  'Friedrich',
  'Römer',
];
const SUFFIXES = ['straße', 'weg', 'gasse', 'allee', 'platz', 'ring'];
/** Streets every German city has, so searches in tests and demos always find something. */
const ALWAYS = new Set(['Hauptstraße', 'Bahnhofstraße', 'Müllerweg', 'Hölderlinweg']);
const DISTRICTS = ['Altstadt', 'Nord', 'Süd', 'West', 'Ost', 'Rheinviertel'];

interface StreetRule {
  street: Street;
  /** For split streets: house numbers and the schedule group of each. */
  houseNumbers: { number: HouseNumber; group: number }[];
  group: number;
}

function buildStreets(): StreetRule[] {
  const random = new SeededRandom(2026);
  const rules: StreetRule[] = [];
  const seen = new Set<string>();
  for (const stem of STEMS) {
    for (const suffix of SUFFIXES) {
      const name = `${stem}${suffix}`;
      const chosen = random.chance(0.45);
      if (!chosen && !ALWAYS.has(name)) continue;
      if (seen.has(name)) continue;
      seen.add(name);
      const id = slug(name);
      const split = random.chance(0.15);
      const group = random.int(0, 4);
      const houseNumbers = split
        ? [1, 2, 3].map((part) => ({
            number: { id: `${id}-${part}`, label: part === 1 ? '1–29' : part === 2 ? '30–79' : 'ab 80' },
            group: (group + part) % 5,
          }))
        : [];
      rules.push({ street: { id, name, district: random.pick(DISTRICTS), split }, houseNumbers, group });
    }
  }
  return rules;
}

export function slug(text: string): string {
  return foldDiacritics(text)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

export const streetRules: StreetRule[] = buildStreets();
export const streets: Street[] = streetRules.map((rule) => rule.street);

export const fractions: Fraction[] = [
  { id: 'residual', name: 'Restmüll', icon: 'residual', color: '#3d4148', pattern: 'solid' },
  { id: 'organic', name: 'Bioabfall', icon: 'organic', color: '#7a4a1e', pattern: 'dots' },
  { id: 'paper', name: 'Papier', icon: 'paper', color: '#1f5fa8', pattern: 'stripes' },
  { id: 'packaging', name: 'Gelber Sack', icon: 'packaging', color: '#f2c200', pattern: 'grid' },
  { id: 'glass', name: 'Glas', icon: 'glass', color: '#2e7d32', pattern: 'waves' },
  { id: 'garden', name: 'Grünschnitt', icon: 'garden', color: '#558b2f', pattern: 'diagonal' },
  { id: 'christmas-tree', name: 'Weihnachtsbäume', icon: 'christmas-tree', color: '#1b5e20', pattern: 'cross' },
  { id: 'hazardous', name: 'Schadstoffmobil', icon: 'hazardous', color: '#b3261e', pattern: 'checks' },
];

/** Whether `fraction` is collected on `date` (before holiday shifts) for schedule `group`. */
function collectedOn(fraction: string, date: string, group: number): boolean {
  const day = weekday(date);
  const collectionDay = (group % 5) + 1; // Monday … Friday by group
  const week = isoWeekNumber(date);
  const month = Number(date.slice(5, 7));
  switch (fraction) {
    case 'residual':
      return day === collectionDay && week % 2 === group % 2;
    case 'organic':
      return day === collectionDay;
    case 'paper':
      return day === ((collectionDay + 1) % 5) + 1 && week % 4 === group % 4;
    case 'packaging':
      return day === ((collectionDay + 2) % 5) + 1 && week % 2 !== group % 2;
    case 'glass':
      return day === ((collectionDay + 3) % 5) + 1 && week % 4 === (group + 2) % 4;
    case 'garden':
      return month >= 4 && month <= 11 && day === 6 && week % 4 === group % 4;
    case 'christmas-tree':
      return month === 1 && day === 6 && (week === 2 || week === 3);
    case 'hazardous':
      return [3, 6, 9, 11].includes(month) && day === 6 && Number(date.slice(8)) <= 7 && group % 2 === 0;
    default:
      return false;
  }
}

/**
 * Collections in [from, to]. A collection that falls on a public holiday moves to the next working
 * day (Monday–Saturday, not a holiday) and keeps its original date and the reason.
 */
export function collectionsFor(
  streetId: string,
  group: number,
  from: string,
  to: string,
  fractionIds?: readonly string[],
): Collection[] {
  const wanted = fractionIds?.length ? fractions.filter((fraction) => fractionIds.includes(fraction.id)) : fractions;
  const result: Collection[] = [];
  // Start a week early: a collection planned before `from` may be shifted into the range.
  for (let date = addDays(from, -7); date <= to; date = addDays(date, 1)) {
    for (const fraction of wanted) {
      if (!collectedOn(fraction.id, date, group)) continue;
      const holiday = holidayOn(date);
      let actual = date;
      while (holidayOn(actual) || weekday(actual) === 7) actual = addDays(actual, 1);
      if (actual < from || actual > to) continue;
      result.push({
        id: `${streetId}-${fraction.id}-${date}`,
        date: actual,
        fractionId: fraction.id,
        ...(holiday ? { originalDate: date, shiftReason: holiday } : {}),
      });
    }
  }
  return result.sort((a, b) =>
    a.date === b.date ? a.fractionId.localeCompare(b.fractionId) : a.date < b.date ? -1 : 1,
  );
}

function isoWeekNumber(date: string): number {
  const value = new Date(`${date}T12:00:00Z`);
  const thursday = new Date(value);
  thursday.setUTCDate(value.getUTCDate() + 4 - (value.getUTCDay() || 7));
  const yearStart = Date.UTC(thursday.getUTCFullYear(), 0, 1);
  return Math.ceil(((thursday.getTime() - yearStart) / 86_400_000 + 1) / 7);
}
