import { de } from './de.js';
import type { Language } from './locale.js';
import type { CoreMessages } from './messages.js';

// The core's texts (status views, errors, calendar labels). German, the default, comes with every
// widget; other languages load on demand, once per page, shared by all elements.
const loaded: Partial<Record<Language, CoreMessages>> = { de };
const loaders: Record<Exclude<Language, 'de'>, () => Promise<CoreMessages>> = {
  en: () => import('./en.js').then((module) => module.en),
};
const loading = new Map<Language, Promise<void>>();

/** The core catalog of `language` if it is loaded. */
export function coreCatalogFor(language: Language): CoreMessages | undefined {
  return loaded[language];
}

/** The German catalog: the fallback while (or if) another language cannot be loaded. */
export const defaultCoreCatalog: CoreMessages = de;

/** Loads the core catalog of `language` (once; a failed load may be tried again). */
export function loadCoreCatalog(language: Language): Promise<void> {
  if (language === 'de' || loaded[language]) return Promise.resolve();
  let pending = loading.get(language);
  if (!pending) {
    pending = loaders[language]().then(
      (catalog) => {
        loaded[language] = catalog;
      },
      (error: unknown) => {
        loading.delete(language);
        throw error;
      },
    );
    loading.set(language, pending);
  }
  return pending;
}
