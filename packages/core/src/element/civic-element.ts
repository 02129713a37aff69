import { consume, ContextRoot } from '@lit/context';
import { html, LitElement, type CSSResultGroup, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { parseApiBase } from '../config/api-base.js';
import { civicConfigContext, type CivicConfigValue } from '../config/context.js';
import type { Catalogs } from '../i18n/catalog.js';
import { coreCatalogFor, defaultCoreCatalog, loadCoreCatalog } from '../i18n/core-catalogs.js';
import { CivicFormatter, DEFAULT_TIME_ZONE, isValidTimeZone } from '../i18n/format.js';
import { findLang, resolveLocale, type ResolvedLocale } from '../i18n/locale.js';
import type { CoreMessages } from '../i18n/messages.js';
import { baseStyles, tokens } from '../theme/tokens.js';
import { configProblemStyles } from './config-problem.styles.js';
import { defineElement } from './define.js';
import { notifyLangChanged, observeLangChanges } from './locale-observer.js';

const CONTEXT_ROOT = Symbol.for('civic-widgets/context-root');

/**
 * A widget may connect before <civic-config> is defined (script order, two bundles). A ContextRoot
 * keeps its unanswered request and replays it when the provider appears. One per document.
 */
function ensureContextRoot(): void {
  const root = document.documentElement as HTMLElement & { [CONTEXT_ROOT]?: true };
  if (root[CONTEXT_ROOT]) return;
  root[CONTEXT_ROOT] = true;
  new ContextRoot().attach(root);
}

/** A setting the webmaster got wrong, shown in the widget and logged once. */
export interface ConfigProblem {
  attribute: 'api-base' | 'time-zone';
  /** The element whose attribute it is: the widget itself or the enclosing civic-config. */
  element: string;
  kind: 'missing' | 'invalid';
  value: string;
}

export type ClientResolution<Client> = { ok: true; client: Client } | { ok: false; problem: ConfigProblem };

/** Detail type of a civic event named in `GlobalEventHandlersEventMap`. */
export type CivicEventDetail<K extends keyof GlobalEventHandlersEventMap> =
  GlobalEventHandlersEventMap[K] extends CustomEvent<infer Detail> ? Detail : never;

/**
 * Base of every civic element: guarded definition, typed events, locale and time zone, and the
 * resolution of the API client.
 *
 * @cssprop --civic-* System tokens, see `tokens` in `@civic-widgets/core`.
 */
export class CivicElement<Client = unknown> extends LitElement {
  static override styles: CSSResultGroup = [tokens, baseStyles, configProblemStyles];

  /** Defines `tag` for this class unless it is taken (two bundles on one page): then it warns once. */
  static define(tag: string, registry?: CustomElementRegistry): void {
    defineElement(tag, this, registry);
  }

  /** Base URL of the city's API, e.g. `https://stadt.example/api/v1` or `/api/v1`. */
  @property({ attribute: 'api-base' }) apiBase?: string;

  /** A ready API client; wins over `<civic-config>` and `api-base`. */
  @property({ attribute: false }) client?: Client;

  /** IANA time zone of the city (default: the enclosing `<civic-config>`'s, else Europe/Berlin). */
  @property({ attribute: 'time-zone' }) timeZone?: string;

  /** Settings from the nearest `<civic-config>`, if any. */
  @consume({ context: civicConfigContext, subscribe: true })
  @state()
  protected civicConfig?: CivicConfigValue;

  @state() private resolvedLocale: ResolvedLocale = resolveLocale(undefined);

  private stopObservingLang?: () => void;
  private formatterCache?: CivicFormatter;
  private clientCache?: { key: string; client: Client };
  private lastResolution?: ClientResolution<Client>;
  private readonly loggedProblems = new Set<string>();

  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'lang'];
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    if (name === 'lang' && old !== value) {
      this.refreshLocale();
      notifyLangChanged(); // elements inside this one's shadow root resolve through it
    }
  }

  override connectedCallback(): void {
    ensureContextRoot();
    // Before the controllers connect: a catalog loader then fetches the page's language, not the default.
    this.refreshLocale();
    super.connectedCallback();
    this.stopObservingLang = observeLangChanges(() => this.refreshLocale());
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.stopObservingLang?.();
    this.stopObservingLang = undefined;
  }

  /** The catalog language and Intl locale now in force. */
  get locale(): ResolvedLocale {
    return this.resolvedLocale;
  }

  /** The city's time zone as configured, or Europe/Berlin when unset or invalid. */
  get effectiveTimeZone(): string {
    const configured = this.configuredTimeZone();
    return configured && isValidTimeZone(configured) ? configured : DEFAULT_TIME_ZONE;
  }

  /**
   * Dates, times, money and plurals in this element's locale and the city's zone.
   * @internal for the element and the core's shared parts
   */
  get format(): CivicFormatter {
    const { intlLocale } = this.resolvedLocale;
    const timeZone = this.effectiveTimeZone;
    if (this.formatterCache?.locale !== intlLocale || this.formatterCache.timeZone !== timeZone) {
      this.formatterCache = new CivicFormatter(intlLocale, timeZone);
    }
    return this.formatterCache;
  }

  /** This element's messages from a package's catalogs, in the current language. */
  protected messagesFrom<T extends object>(catalogs: Catalogs<T>): T {
    return catalogs[this.resolvedLocale.language];
  }

  /** @internal the core's messages in the current language, for the shared parts */
  get coreMessages(): CoreMessages {
    return coreCatalogFor(this.resolvedLocale.language) ?? defaultCoreCatalog;
  }

  /**
   * Holds an update until the core's texts in the element's language are there (German is built in,
   * other languages load on demand), so a page in English never flashes German. If the catalog cannot
   * load, the element renders in German rather than not at all.
   */
  // eslint-disable-next-line @typescript-eslint/no-invalid-void-type -- the signature of LitElement#scheduleUpdate
  protected override scheduleUpdate(): void | Promise<unknown> {
    const language = this.resolvedLocale.language;
    if (coreCatalogFor(language)) return super.scheduleUpdate();
    return loadCoreCatalog(language)
      .catch(() => undefined)
      .then(() => super.scheduleUpdate());
  }

  /**
   * Fires a typed civic event (bubbling, composed). Returns false when a listener called
   * `preventDefault()` on a cancelable event, so the element can skip the vetoed action.
   */
  emit<K extends keyof GlobalEventHandlersEventMap>(
    type: K,
    detail: CivicEventDetail<K>,
    options: { cancelable?: boolean } = {},
  ): boolean {
    const event = new CustomEvent(type, {
      detail,
      bubbles: true,
      composed: true,
      cancelable: options.cancelable ?? false,
    });
    return this.dispatchEvent(event);
  }

  /**
   * The client to use: the `client` property, else the enclosing `<civic-config>`'s, else one made by
   * `createClient` from `api-base` (own attribute first, then `<civic-config>`'s). The made client is
   * kept while the base URL stays the same.
   */
  protected resolveClient(createClient: (baseUrl: URL) => Client): ClientResolution<Client> {
    // The same object while nothing changed, so it can sit in a Task's args without re-running it
    // on every render (a fresh object each time would refetch in a loop).
    const next = this.computeResolution(createClient);
    const last = this.lastResolution;
    const same =
      last !== undefined &&
      (last.ok && next.ok
        ? last.client === next.client
        : !last.ok && !next.ok && JSON.stringify(last.problem) === JSON.stringify(next.problem));
    if (!same) this.lastResolution = next;
    return this.lastResolution ?? next;
  }

  private computeResolution(createClient: (baseUrl: URL) => Client): ClientResolution<Client> {
    const timeZoneProblem = this.timeZoneProblem();
    if (timeZoneProblem) return { ok: false, problem: timeZoneProblem };
    if (this.client) return { ok: true, client: this.client };
    if (!this.apiBase && this.civicConfig?.client) return { ok: true, client: this.civicConfig.client as Client };
    const parsed = parseApiBase(this.apiBase ?? this.civicConfig?.apiBase, document.baseURI);
    if (!parsed.ok) {
      const element = this.apiBase || !this.civicConfig?.apiBase ? this.localName : 'civic-config';
      return { ok: false, problem: { attribute: 'api-base', element, kind: parsed.problem, value: parsed.value } };
    }
    const key = parsed.url.href;
    if (this.clientCache?.key !== key) this.clientCache = { key, client: createClient(parsed.url) };
    return { ok: true, client: this.clientCache.client };
  }

  /** A configuration message for the citizen that names the attribute for the webmaster; logs it once. */
  protected renderConfigProblem(problem: ConfigProblem): TemplateResult {
    const messages = this.coreMessages.config;
    const tag = problem.element;
    const text = problemText(problem, tag, messages);
    const logKey = `${problem.attribute}|${problem.kind}|${problem.value}`;
    if (!this.loggedProblems.has(logKey)) {
      this.loggedProblems.add(logKey);
      // In English for the webmaster whatever the page language (loaded on demand; the page's words if not).
      const report = (messages: CoreMessages['config'], detail: string) =>
        console.error(`civic-widgets: <${this.localName}>: ${messages.title}. ${detail}`, this);
      loadCoreCatalog('en').then(
        () => {
          const english = coreCatalogFor('en')?.config ?? messages;
          report(english, problemText(problem, tag, english));
        },
        () => report(messages, text),
      );
    }
    return html`<div class="civic-config-problem" part="config-problem" role="alert">
      <p class="title"><strong>${messages.title}</strong></p>
      <p>${messages.forCitizens}</p>
      <p class="detail"><code>${text}</code></p>
    </div>`;
  }

  private configuredTimeZone(): string | undefined {
    return this.timeZone?.trim() || this.civicConfig?.timeZone?.trim() || undefined;
  }

  private timeZoneProblem(): ConfigProblem | undefined {
    const configured = this.configuredTimeZone();
    if (!configured || isValidTimeZone(configured)) return undefined;
    const element = this.timeZone?.trim() ? this.localName : 'civic-config';
    return { attribute: 'time-zone', element, kind: 'invalid', value: configured };
  }

  private refreshLocale(): void {
    const next = resolveLocale(findLang(this));
    if (next.intlLocale !== this.resolvedLocale.intlLocale || next.language !== this.resolvedLocale.language) {
      this.resolvedLocale = next;
    }
  }
}

function problemText(problem: ConfigProblem, tag: string, messages: CoreMessages['config']): string {
  if (problem.attribute === 'time-zone') return messages.invalidTimeZone({ tag, value: problem.value });
  return problem.kind === 'missing'
    ? messages.missingApiBase({ tag })
    : messages.invalidApiBase({ tag, value: problem.value });
}
