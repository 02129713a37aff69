// Text folding for search: one implementation for the widgets' own filtering and the mocks' server
// side. No DOM, no schemas: `@civic-widgets/api-client/search` costs a widget a few hundred bytes.

/** Letters that Unicode decomposition leaves alone but a citizen types without their stroke or ligature. */
const SPECIAL: Record<string, string> = { ß: 'ss', æ: 'ae', œ: 'oe', ø: 'o', ł: 'l', đ: 'd', ı: 'i' };
const SPECIAL_LETTERS = /[ßæœøłđı]/g;

/**
 * Lower case without diacritics, ß as "ss": "Straße" → "strasse", "Führerschein" → "fuhrerschein",
 * "Édith Piaf" → "edith piaf", "Łódź" → "lodz". For ids and exact comparisons; search with
 * `foldForSearch`.
 */
export function foldDiacritics(text: string): string {
  return text
    .toLowerCase()
    .replace(SPECIAL_LETTERS, (letter) => SPECIAL[letter] ?? letter)
    .normalize('NFD')
    .replace(/\p{M}/gu, '');
}

/**
 * `foldDiacritics`, then the German spellings without umlaut keys made equal to those without dots:
 * "ae", "oe", "ue" become "a", "o", "u". So "Mueller", "Muller" and "Müller" all fold to "muller", and
 * "Strasse" and "Straße" to "strasse".
 *
 * Both sides of a comparison must be folded with it. Words that are written with "ae"/"oe"/"ue"
 * ("Michael", "Steuer", "Bauer") lose that "e" on both sides and still find themselves, and a typed
 * prefix still folds to a prefix ("Mue" → "mu" finds "Müller"); the price is rare extra matches
 * ("Baur" finds "Bauer"), which a search list can afford.
 */
export function foldForSearch(text: string): string {
  return foldDiacritics(text).replace(/([aou])e/g, '$1');
}
