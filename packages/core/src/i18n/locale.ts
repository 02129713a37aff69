/** The languages with a complete catalog. German is the default: the widgets serve German cities. */
export const SUPPORTED_LANGUAGES = ['de', 'en'] as const;
export type Language = (typeof SUPPORTED_LANGUAGES)[number];
export const DEFAULT_LANGUAGE: Language = 'de';

export interface ResolvedLocale {
  /** Catalog language. */
  language: Language;
  /** BCP 47 tag for Intl, keeping a region the page asked for ("en-GB"); the catalog's own language otherwise. */
  intlLocale: string;
}

/**
 * The nearest `lang` attribute, starting at `element` and walking up through shadow roots to their
 * hosts, then the document. `lang=""` means "unknown" in HTML, so it is skipped.
 */
export function findLang(element: Element): string | undefined {
  let node: Node | null = element;
  while (node) {
    if (node instanceof Element) {
      const lang = node.getAttribute('lang');
      if (lang) return lang;
    }
    node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
  }
  return element.ownerDocument.documentElement.getAttribute('lang') || undefined;
}

/** Maps any BCP 47 tag onto a catalog; unsupported languages fall back to German. */
export function resolveLocale(tag: string | undefined): ResolvedLocale {
  const canonical = canonicalize(tag);
  const primary = canonical?.split('-')[0]?.toLowerCase();
  const language = SUPPORTED_LANGUAGES.find((supported) => supported === primary) ?? DEFAULT_LANGUAGE;
  return { language, intlLocale: canonical && primary === language ? canonical : language };
}

function canonicalize(tag: string | undefined): string | undefined {
  if (!tag) return undefined;
  try {
    return Intl.getCanonicalLocales(tag)[0];
  } catch {
    return undefined; // not a valid tag, e.g. lang="deutsch"
  }
}

/** First day of the week, 1 = Monday … 7 = Sunday. Monday unless the locale names a Sunday-first region. */
export function weekStartFor(intlLocale: string): number {
  const locale = new Intl.Locale(intlLocale);
  if (!locale.region) return 1; // "de", "en": the city's own (German) convention
  const info = (locale as Intl.Locale & { getWeekInfo?: () => { firstDay: number } }).getWeekInfo?.();
  if (info) return info.firstDay;
  return SUNDAY_FIRST_REGIONS.has(locale.region) ? 7 : 1;
}

// For engines without Intl.Locale#getWeekInfo (Firefox ESR): the common Sunday-first regions.
const SUNDAY_FIRST_REGIONS = new Set(['US', 'CA', 'MX', 'BR', 'JP', 'IL', 'PH', 'IN', 'ZA', 'AU', 'KR', 'TW', 'HK']);
