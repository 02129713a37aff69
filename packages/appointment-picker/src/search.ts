import type { Service } from '@civic-widgets/api-client/appointments';

/** Lower case without diacritics, with ß as ss: "Führerschein" and "fuhrerschein" meet. */
export function fold(text: string): string {
  return text
    .replace(/ß/g, 'ss')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
}

/**
 * Services whose name or keywords contain every typed word at the start of one of their words,
 * e.g. "Perso" finds "Personalausweis" by its keyword, "fuhrer ums" finds "Führerschein umtauschen".
 * Name matches come before keyword-only matches.
 */
export function searchServices(services: readonly Service[], query: string): Service[] {
  const terms = fold(query).split(/\s+/).filter(Boolean);
  if (terms.length === 0) return [...services];
  const wordsOf = (text: string) =>
    fold(text)
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
