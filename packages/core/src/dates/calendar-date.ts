/**
 * Calendar dates as ISO strings ("2026-11-22"): a day in the city's calendar, with no time and no
 * zone. Arithmetic runs on UTC noon so neither the browser's zone nor a daylight-saving change can
 * move a date. Instants (slot start times) are different: see `format.ts`.
 */

/** An ISO calendar date, `YYYY-MM-DD`. */
export type IsoDate = string;
/** An ISO calendar month, `YYYY-MM`. */
export type IsoMonth = string;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const ISO_MONTH = /^(\d{4})-(\d{2})$/;
const DAY_MS = 86_400_000;

export interface DateParts {
  year: number;
  month: number; // 1–12
  day: number; // 1–31
}

/** Parses `YYYY-MM-DD`; undefined for anything else, including impossible days like 2026-02-30. */
export function parseIsoDate(value: string | null | undefined): DateParts | undefined {
  const match = value ? ISO_DATE.exec(value) : null;
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const probe = utcNoon(year, month, day);
  if (probe.getUTCFullYear() !== year || probe.getUTCMonth() !== month - 1 || probe.getUTCDate() !== day) {
    return undefined;
  }
  return { year, month, day };
}

export function isIsoDate(value: unknown): value is IsoDate {
  return typeof value === 'string' && parseIsoDate(value) !== undefined;
}

/** True for `YYYY-MM` with a real month. */
export function isIsoMonth(value: unknown): boolean {
  return typeof value === 'string' && ISO_MONTH.test(value) && parseIsoDate(`${value}-01`) !== undefined;
}

const pad = (value: number, width = 2) => String(value).padStart(width, '0');

/** UTC noon of a day. setUTCFullYear, because Date.UTC reads the years 0–99 as 1900–1999. */
function utcNoon(year: number, month: number, day: number): Date {
  const value = new Date(Date.UTC(2000, 0, 1, 12));
  value.setUTCFullYear(year, month - 1, day);
  return value;
}

export function toIsoDate({ year, month, day }: DateParts): IsoDate {
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
}

/** UTC noon of a calendar date: the one `Date` that names it safely in any zone. */
export function dateToUtcNoon(date: IsoDate): Date {
  const parts = mustParse(date);
  return utcNoon(parts.year, parts.month, parts.day);
}

function fromUtc(value: Date): IsoDate {
  return toIsoDate({ year: value.getUTCFullYear(), month: value.getUTCMonth() + 1, day: value.getUTCDate() });
}

export function addDays(date: IsoDate, days: number): IsoDate {
  return fromUtc(new Date(dateToUtcNoon(date).getTime() + days * DAY_MS));
}

/** Adds months, keeping the day where it exists and clamping to the month's end otherwise (31 Jan + 1 → 28/29 Feb). */
export function addMonths(date: IsoDate, months: number): IsoDate {
  const { year, month, day } = mustParse(date);
  const index = year * 12 + (month - 1) + months;
  const targetYear = Math.floor(index / 12);
  const targetMonth = (index % 12) + 1;
  return toIsoDate({ year: targetYear, month: targetMonth, day: Math.min(day, daysInMonth(targetYear, targetMonth)) });
}

export function daysInMonth(year: number, month: number): number {
  return utcNoon(year, month + 1, 0).getUTCDate();
}

/** ISO weekday: 1 = Monday … 7 = Sunday. */
export function isoWeekday(date: IsoDate): number {
  const weekday = dateToUtcNoon(date).getUTCDay();
  return weekday === 0 ? 7 : weekday;
}

export function monthOf(date: IsoDate): IsoMonth {
  return date.slice(0, 7);
}

export function firstOfMonth(month: IsoMonth): IsoDate {
  return `${month}-01`;
}

export function lastOfMonth(month: IsoMonth): IsoDate {
  const [year, monthNumber] = month.split('-').map(Number) as [number, number];
  return toIsoDate({ year, month: monthNumber, day: daysInMonth(year, monthNumber) });
}

export function addMonthsToMonth(month: IsoMonth, months: number): IsoMonth {
  return monthOf(addMonths(firstOfMonth(month), months));
}

/** Start of the week that holds `date`, for a week starting on `weekStart` (1 = Monday … 7 = Sunday). */
export function startOfWeek(date: IsoDate, weekStart: number): IsoDate {
  return addDays(date, -((isoWeekday(date) - weekStart + 7) % 7));
}

export function compareDates(a: IsoDate, b: IsoDate): number {
  return a < b ? -1 : a > b ? 1 : 0; // ISO strings sort as dates
}

export function clampDate(date: IsoDate, min?: IsoDate, max?: IsoDate): IsoDate {
  if (min && date < min) return min;
  if (max && date > max) return max;
  return date;
}

/** The calendar date that `instant` falls on in `timeZone` (e.g. "today" in Europe/Berlin). */
export function dateInZone(instant: Date, timeZone: string): IsoDate {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).formatToParts(instant);
  const get = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((part) => part.type === type)?.value);
  return toIsoDate({ year: get('year'), month: get('month'), day: get('day') });
}

function mustParse(date: IsoDate): DateParts {
  const parts = parseIsoDate(date);
  if (!parts) throw new RangeError(`Not an ISO calendar date: ${date}`);
  return parts;
}
