import type { ReactiveController } from 'lit';
import type { CivicElement } from '../element/civic-element.js';
import type { Language } from './locale.js';

/** How a widget loads its catalog for one language, e.g. `() => import('./i18n/en.js').then((m) => m.en)`. */
export type CatalogLoaders<T extends object> = Record<Language, () => Promise<T>>;

/**
 * A widget's message catalog, loaded on demand for the language the element resolves to. A page
 * then downloads only the language it shows: the catalog request runs beside the widget's first
 * API call, and a language switch keeps showing the old texts until the new ones are there.
 * Until the first catalog arrives `messages` is undefined: render the core's loading view.
 */
export class LazyCatalogs<T extends object> implements ReactiveController {
  private readonly loaded = new Map<Language, T>();
  private shown?: T;
  private loading?: Language;
  /** Why the catalog could not be loaded (a failed request); `retry()` tries again. */
  error?: unknown;

  constructor(
    private readonly host: CivicElement,
    private readonly loaders: CatalogLoaders<T>,
  ) {
    host.addController(this);
  }

  /** The current language's catalog, or the one shown until it arrives. */
  get messages(): T | undefined {
    return this.loaded.get(this.host.locale.language) ?? this.shown;
  }

  hostConnected(): void {
    this.ensure();
  }

  hostUpdate(): void {
    this.ensure();
  }

  retry(): void {
    this.error = undefined;
    this.ensure();
  }

  private ensure(): void {
    const language = this.host.locale.language;
    if (this.loaded.has(language) || this.loading === language || this.error) return;
    this.loading = language;
    this.loaders[language]()
      .then(
        (catalog) => {
          this.loaded.set(language, catalog);
          if (this.host.locale.language === language || !this.shown) this.shown = catalog;
        },
        (error: unknown) => (this.error = error),
      )
      .finally(() => {
        if (this.loading === language) this.loading = undefined;
        this.host.requestUpdate();
      });
  }
}
