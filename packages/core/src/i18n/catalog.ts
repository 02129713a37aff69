import type { Language } from './locale.js';

/**
 * A package's catalog is one interface of nested messages (text, or a function of its parameters
 * and a `CivicFormatter` for numbers, dates and plurals) and one object per language typed by it,
 * so a missing key is a type error; the catalog test also compares the keys at run time.
 */
export type Catalogs<T extends object> = Record<Language, T>;

/** Keys of a catalog as dotted paths, e.g. "calendar.nextMonth". */
export function catalogKeys(tree: object, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([key, value]: [string, unknown]) =>
    typeof value === 'object' && value !== null ? catalogKeys(value, `${prefix}${key}.`) : [`${prefix}${key}`],
  );
}
