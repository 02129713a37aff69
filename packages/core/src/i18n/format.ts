import { dateToUtcNoon, isIsoDate, type IsoDate } from '../dates/calendar-date.js';

export const DEFAULT_TIME_ZONE = 'Europe/Berlin';

/** True when `timeZone` is an IANA zone this browser knows. */
export function isValidTimeZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone });
    return true;
  } catch {
    return false;
  }
}

export interface PluralForms {
  zero?: string;
  one: string;
  two?: string;
  few?: string;
  many?: string;
  other: string;
}

/**
 * Every date, time, amount and plural a citizen reads goes through one of these, in the widget's
 * locale and the city's time zone, whatever the browser's own zone is.
 */
export class CivicFormatter {
  private readonly cache = new Map<string, Intl.DateTimeFormat>();
  private readonly pluralRules: Intl.PluralRules;
  private readonly numberFormat: Intl.NumberFormat;

  constructor(
    readonly locale: string,
    readonly timeZone: string = DEFAULT_TIME_ZONE,
  ) {
    this.pluralRules = new Intl.PluralRules(locale);
    this.numberFormat = new Intl.NumberFormat(locale);
  }

  /** A calendar date (no time, no zone), e.g. "Montag, 23. November 2026". */
  date(date: IsoDate, options: Intl.DateTimeFormatOptions = { dateStyle: 'full' }): string {
    if (!isIsoDate(date)) return date; // never throw in a render: show what came
    return this.dateTimeFormat('UTC', options).format(dateToUtcNoon(date));
  }

  /** An instant shown in the city's zone, e.g. a slot's start. */
  dateTime(
    instant: Date | string,
    options: Intl.DateTimeFormatOptions = { dateStyle: 'full', timeStyle: 'short' },
  ): string {
    const date = toDate(instant);
    if (Number.isNaN(date.getTime())) return String(instant); // never throw in a render: show what came
    return this.dateTimeFormat(this.timeZone, options).format(date);
  }

  /** The wall-clock time of an instant in the city's zone, e.g. "09:30". */
  time(instant: Date | string): string {
    return this.dateTime(instant, { hour: '2-digit', minute: '2-digit' });
  }

  /** The hour (0–23) of an instant on the city's clock, whatever the locale's 12/24-hour habit. */
  hour(instant: Date | string): number {
    const date = toDate(instant);
    if (Number.isNaN(date.getTime())) return Number.NaN;
    const parts = this.dateTimeFormat(this.timeZone, { hour: 'numeric', hourCycle: 'h23' }).formatToParts(date);
    return Number(parts.find((part) => part.type === 'hour')?.value);
  }

  /** Month name and year of a calendar month, e.g. "November 2026". */

  month(month: string): string {
    return this.date(`${month}-01`, { month: 'long', year: 'numeric' });
  }

  number(value: number): string {
    return this.numberFormat.format(value);
  }

  /** Money from integer minor units, e.g. (3700, "EUR") → "37,00 €". */
  money(minorUnits: number, currency: string): string {
    const format = new Intl.NumberFormat(this.locale, { style: 'currency', currency });
    const digits = format.resolvedOptions().maximumFractionDigits ?? 2;
    return format.format(minorUnits / 10 ** digits);
  }

  /** Picks the plural form for `count` and puts the formatted count in for `#`. */
  plural(count: number, forms: PluralForms): string {
    const category = this.pluralRules.select(count);
    const form = (count === 0 && forms.zero) || forms[category] || forms.other;
    return form.replaceAll('#', this.number(count));
  }

  /** A list such as "Papier, Glas und Bio". */
  list(items: string[]): string {
    return new Intl.ListFormat(this.locale, { type: 'conjunction' }).format(items);
  }

  private dateTimeFormat(timeZone: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
    const key = `${timeZone}|${JSON.stringify(options)}`;
    let format = this.cache.get(key);
    if (!format) {
      format = new Intl.DateTimeFormat(this.locale, { ...options, timeZone });
      this.cache.set(key, format);
    }
    return format;
  }
}

function toDate(instant: Date | string): Date {
  return typeof instant === 'string' ? new Date(instant) : instant;
}
