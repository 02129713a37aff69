import type { Service } from '@civic-widgets/api-client/appointments';
import { foldForSearch } from '@civic-widgets/api-client/search';

/**
 * Services whose name or keywords contain every typed word at the start of one of their words,
 * e.g. "Perso" finds "Personalausweis" by its keyword, "fuhrer umt" and "fuehrer umt" find
 * "Führerschein umtauschen" (folded with `foldForSearch`: case, diacritics, ß/ss, ä/ae).
 * Name matches come before keyword-only matches.
 */
export function searchServices(services: readonly Service[], query: string): Service[] {
  const terms = foldForSearch(query).split(/\s+/).filter(Boolean);
  if (terms.length === 0) return [...services];
  const wordsOf = (text: string) =>
    foldForSearch(text)
      .split(/[^a-z0-9]+/)
      .filter(Boolean);
  const matches = (words: string[]) => terms.every((term) => words.some((word) => word.startsWith(term)));
  const byName: Service[] = [];
  const byKeyword: Service[] = [];
  for (const service of services) {
    if (matches(wordsOf(service.name))) byName.push(service);
    else if (matches([...wordsOf(service.name), ...service.keywords.flatMap(wordsOf)])) byKeyword.push(service);
  }
  return [...byName, ...byKeyword];
}
