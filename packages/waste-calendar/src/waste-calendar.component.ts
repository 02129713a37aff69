import { createWasteClient, type AddressRef, type HouseNumber, type Street } from '@civic-widgets/api-client/waste';
import {
  CivicElement,
  dateInZone,
  fieldStyles,
  isIsoDate,
  LazyCatalogs,
  LiveAnnouncer,
  parseApiBase,
  renderError,
  renderLoading,
  statusStyles,
  type IsoDate,
  OnDemand,
} from '@civic-widgets/core';
import { Task } from '@lit/task';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { forgetAddress, loadAddresses, rememberAddress, sameAddress, type SavedAddress } from './address-store.js';
import {
  VIEWS,
  type CalendarHost,
  type WasteAddressSelectedDetail,
  type WasteClient,
  type WasteExportedDetail,
  type WasteView,
} from './calendar-host.js';
import type { CalendarViews } from './calendar-views.js';
import type { ShellMessages } from './i18n/messages.js';
import { renderHouseNumberSelect, renderSavedAddresses, renderStreetCombobox } from './parts/address.js';
import { StreetSearch } from './street-search.js';
import { wasteCalendarStyles } from './waste-calendar.styles.js';

export type { WasteAddressSelectedDetail, WasteExportedDetail, WasteView } from './calendar-host.js';

declare global {
  interface GlobalEventHandlersEventMap {
    'civic-waste-address-selected': CustomEvent<WasteAddressSelectedDetail>;
    'civic-waste-exported': CustomEvent<WasteExportedDetail>;
  }
}

/**
 * A household's waste collection dates: find the street (and house number where the street is
 * split), then the next collections, a month on the calendar grid or a printable year overview,
 * filtered by waste type, and take them into a calendar app (.ics file or subscription).
 *
 * @tag civic-waste-calendar
 * @fires civic-waste-address-selected - The citizen chose an address; detail: streetId, houseNumberId.
 * @fires civic-waste-exported - A calendar file was made or the subscription followed; detail: format, fractionIds, count, reminder.
 * @csspart base - The whole widget.
 * @csspart address - The address block (search, house number, remembered addresses).
 * @csspart street-input - The street search input.
 * @csspart street-listbox - The list of matching streets.
 * @csspart street-option - Each matching street.
 * @csspart saved-addresses - The remembered addresses.
 * @csspart filter - The waste type filter.
 * @csspart views - The view switch.
 * @csspart content - The region that loads the collection dates.
 * @csspart list - The next-collections view.
 * @csspart day - Each day of the list.
 * @csspart day-soon - Today's and tomorrow's entries of the list.
 * @csspart entry - One collection (mark, waste type, shift note).
 * @csspart shift-note - "verschoben vom … wegen …".
 * @csspart month - The month view.
 * @csspart calendar - The calendar grid of the month view.
 * @csspart year - The year view.
 * @csspart year-table - The year table.
 * @csspart legend - The key of marks under the year table.
 * @csspart print-button - The print button.
 * @csspart export - The export block.
 * @csspart download-button - The .ics download button.
 * @csspart subscribe-link - The webcal subscription link.
 * @cssprop [--civic-waste-calendar-gap=1em] Space between the blocks.
 * @cssprop [--civic-waste-calendar-mark-size=1.5em] Size of a waste type's mark in lists and the filter.
 * @cssprop [--civic-waste-calendar-soon-background=var(--civic-color-surface-alt)] Background of today's and tomorrow's collections.
 * @cssprop [--civic-waste-calendar-year-font-size=0.75em] Text size of the year table.
 */
export class CivicWasteCalendar extends CivicElement<WasteClient> implements CalendarHost {
  static override styles = [CivicElement.styles, statusStyles, fieldStyles, wasteCalendarStyles];

  /** Preset street by id (as the API names it), e.g. from the host page's own address data. */
  @property() street?: string;

  /** Preset house number by id, for streets whose collection days depend on it. */
  @property({ attribute: 'house-number' }) houseNumber?: string;

  /** Waste types shown at first, comma-separated ids (default: all the API lists). */
  @property() fractions?: string;

  /** The view: `list` (next collections), `month` or `year`. */
  @property() view: WasteView = 'list';

  /** How many months, starting with this one, are loaded and shown (1–13, default 12). */
  @property({ type: Number, attribute: 'months-ahead' }) monthsAhead = 12;

  /** Level of the widget's heading in the host page's outline. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;

  /** Overrides "today" (`YYYY-MM-DD`), e.g. for a demo with fixed data. Default: today in the city's zone. */
  @property() today?: string;

  /** @internal Loads the views' module (a chunk of its own); tests replace it to see a failed load. */
  static viewsModule = () => import('./calendar-views.js');

  /** @internal The street's name as chosen in the search. */
  @state() streetName?: string;
  @state() private streetId?: string;
  /** Undefined while unknown (a preset street): then the house numbers are asked for. */
  @state() private split?: boolean;
  @state() private houseNumberId?: string;
  @state() private comboOpen = false;
  @state() private activeIndex = -1;
  @state() private saved: SavedAddress[] = [];
  /** The views (filter, list, month, year, export), once their module has loaded. */
  private readonly viewsPart = new OnDemand(this, () =>
    CivicWasteCalendar.viewsModule().then(({ CalendarViews }) => new CalendarViews(this)),
  );
  private focusViewsSlot = false;
  /** After a retry of the texts: focus goes back into the widget once they are there. */
  private focusAfterCatalogRetry = false;

  /** @internal */
  readonly announcer = new LiveAnnouncer(this);
  private announcedSearch = '';

  /** Texts in the element's language, loaded on demand (a page downloads only the language it shows). */
  private readonly catalog = new LazyCatalogs<ShellMessages>(this, {
    de: () => import('./i18n/de.js').then((module) => module.de),
    en: () => import('./i18n/en.js').then((module) => module.en),
  });

  private readonly search = new StreetSearch(this, async (query, signal) => {
    const api = this.api;
    if (!api.ok) return [];
    return (await api.client.waste.searchStreets(query, { signal, limit: 10 })).streets;
  });

  /** Only read once the catalog is there: `render` shows the core's loading view until then. */
  private get messages(): ShellMessages {
    const messages = this.catalog.messages;
    if (!messages) throw new Error('civic-waste-calendar: messages read before the catalog loaded');
    return messages;
  }

  /** @internal */
  get api() {
    return this.resolveClient((baseUrl) => createWasteClient({ baseUrl }));
  }

  /** @internal The API's host name ('' when unknown), for the .ics event ids. */
  get apiHostname(): string {
    const base = parseApiBase(this.apiBase ?? this.civicConfig?.apiBase, document.baseURI);
    return base.ok ? base.url.hostname : '';
  }

  /** Today in the city's zone (or the `today` override). */
  get currentDate(): IsoDate {
    return isIsoDate(this.today) ? this.today : dateInZone(new Date(), this.effectiveTimeZone);
  }

  private readonly houseNumbersTask = new Task(this, {
    args: () => [this.api, this.streetId, this.split] as const,
    task: async ([api, streetId, split], { signal }): Promise<{ streetId?: string; numbers: HouseNumber[] }> => {
      if (!api.ok || !streetId || split === false) return { streetId, numbers: [] };
      return { streetId, numbers: (await api.client.waste.listHouseNumbers(streetId, { signal })).houseNumbers };
    },
  });

  /** @internal The complete address, once street (and house number where needed) are known. */
  get address(): AddressRef | undefined {
    const streetId = this.streetId;
    if (!streetId) return undefined;
    if (this.houseNumberId) return { streetId, houseNumberId: this.houseNumberId };
    if (this.split === false) return { streetId };
    const numbers = this.houseNumbersTask.value;
    if (this.split === undefined && numbers?.streetId === streetId && numbers.numbers.length === 0) return { streetId };
    return undefined;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.saved = loadAddresses();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('street') || changed.has('houseNumber')) {
      this.streetId = this.street?.trim() || undefined;
      this.houseNumberId = this.streetId ? this.houseNumber?.trim() || undefined : undefined;
      this.split = undefined;
      this.streetName = undefined;
    }
    if (changed.has('fractions')) this.views?.resetFilter();
    if (!VIEWS.includes(this.view)) this.view = 'list';
    // A street is chosen or preset, or a remembered one is a click away: the views are needed now
    // (for a preset address their module and requests run beside the texts' request).
    if (this.streetId || this.saved.length) this.viewsPart.ensure();
    if (this.search.status === 'complete' && this.search.resultsFor !== this.announcedSearch) {
      this.announcedSearch = this.search.resultsFor;
      const messages = this.catalog.messages;
      if (messages)
        this.announcer.announce(
          this.search.results.length
            ? messages.address.results({ count: this.search.results.length }, this.format)
            : messages.address.noMatch({ query: this.search.resultsFor }),
        );
    }
  }

  protected override firstUpdated(): void {
    // The address step is on its way: fetch the views while the citizen types.
    setTimeout(() => void CivicWasteCalendar.viewsModule().catch(() => undefined), 0);
  }

  protected override updated(): void {
    if (this.focusAfterCatalogRetry && !this.shadowRoot?.activeElement) {
      // The retry button is gone: focus the loading view, then the street search once it is there.
      if (this.catalog.messages) this.focusAfterCatalogRetry = false;
      this.renderRoot.querySelector<HTMLElement>(this.catalog.messages ? '#street' : '.catalog-pending')?.focus();
    }
    if (this.focusViewsSlot) {
      // The retry button is gone with the error view; keep focus in the widget, not on <body>.
      this.focusViewsSlot = false;
      const active = this.shadowRoot?.activeElement;
      if (!active || !active.isConnected) this.renderRoot.querySelector<HTMLElement>('.views-slot')?.focus();
    }
  }

  private get views(): CalendarViews | undefined {
    return this.viewsPart.value;
  }

  private retryViews(): void {
    this.focusViewsSlot = true;
    this.viewsPart.retry();
  }

  protected override render(): TemplateResult {
    const api = this.api;
    if (!api.ok) return this.renderConfigProblem(api.problem);
    const messages = this.catalog.messages;
    if (!messages) return this.renderCatalogPending();
    return html`<div class="waste" part="base">
      <div class="title" role="heading" aria-level=${this.headingLevel}>${messages.title}</div>
      ${this.announcer.render()} ${this.renderAddress()}
      ${
        this.address
          ? // One wrapper for loading, error and views: focus can rest on it while the views arrive.
            html`<div
              class="views-slot"
              tabindex="-1"
              aria-busy=${this.views || this.viewsPart.error !== undefined ? 'false' : 'true'}
            >
              ${this.views ? this.views.render() : this.renderViewsPending()}
            </div>`
          : nothing
      }
    </div>`;
  }

  private renderCatalogPending(): TemplateResult {
    const error = this.catalog.error;
    return html`<div class="waste catalog-pending" part="base" tabindex="-1" aria-busy=${error ? 'false' : 'true'}>
      ${
        error
          ? renderError({
              error,
              messages: this.coreMessages,
              format: this.format,
              onRetry: () => {
                this.focusAfterCatalogRetry = true;
                this.catalog.retry();
              },
            })
          : renderLoading(this.coreMessages)
      }
    </div>`;
  }

  /** While the views' module loads (usually already done), or when it could not be loaded. */
  private renderViewsPending(): TemplateResult {
    if (this.viewsPart.error !== undefined) {
      return renderError({
        error: this.viewsPart.error,
        messages: this.coreMessages,
        format: this.format,
        title: this.messages.loadingViewsError,
        onRetry: () => this.retryViews(),
      });
    }
    return renderLoading(this.coreMessages, this.messages.loadingViews);
  }

  // ── Address ────────────────────────────────────────────────────────────────────────────────

  private renderAddress(): TemplateResult {
    const messages = this.messages;
    const address = this.address;
    const schedule = this.views?.schedule;
    const label = address && schedule && sameAddress(schedule.address, address) ? schedule.address.label : undefined;
    const isSaved = address ? this.saved.some((entry) => sameAddress(entry, address)) : false;
    return html`<section class="address" part="address" aria-labelledby="address-heading">
      <div id="address-heading" class="section-heading" role="heading" aria-level=${this.headingLevel + 1}>
        ${messages.address.heading}
      </div>
      ${renderSavedAddresses({
        saved: this.saved,
        current: address,
        messages,
        onUse: (entry) => this.useSaved(entry),
        onForget: (entry) => this.forget(entry),
      })}
      ${renderStreetCombobox({
        search: this.search,
        open: this.comboOpen,
        activeIndex: this.activeIndex,
        messages,
        core: this.coreMessages,
        format: this.format,
        onInput: (value) => {
          this.comboOpen = true;
          this.activeIndex = -1;
          this.search.input(value);
        },
        onKeyDown: (event) => this.onComboKey(event),
        onBlur: () => {
          this.comboOpen = false;
        },
        onChoose: (street) => this.chooseStreet(street),
        onRetry: () => void this.search.run(),
      })}
      ${this.renderHouseNumbers()}
      ${
        label && address
          ? html`<div class="remember">
              <input
                type="checkbox"
                id="remember"
                aria-describedby="remember-hint"
                .checked=${isSaved}
                @change=${(event: Event) =>
                  (event.target as HTMLInputElement).checked
                    ? this.remember({ ...address, label })
                    : this.forget({ ...address, label })}
              />
              <label for="remember">${messages.address.remember}</label>
              <p class="hint" id="remember-hint">${messages.address.rememberHint}</p>
            </div>`
          : nothing
      }
    </section>`;
  }

  private renderHouseNumbers(): TemplateResult | typeof nothing {
    if (!this.streetId || this.split === false) return nothing;
    const messages = this.messages;
    return this.houseNumbersTask.render({
      pending: () => renderLoading(this.coreMessages, messages.address.houseNumbersLoading),
      error: (error) =>
        renderError({
          error,
          messages: this.coreMessages,
          format: this.format,
          title: messages.address.houseNumbersErrorTitle,
          onRetry: () => void this.houseNumbersTask.run(),
        }),
      complete: ({ streetId, numbers }) =>
        streetId === this.streetId && numbers.length
          ? renderHouseNumberSelect({
              houseNumbers: numbers,
              value: this.houseNumberId,
              messages,
              onChange: (id) => this.chooseHouseNumber(id, numbers),
            })
          : html``,
    }) as TemplateResult;
  }

  private onComboKey(event: KeyboardEvent): void {
    const results = this.search.results;
    const open = this.comboOpen && results.length > 0;
    switch (event.key) {
      case 'ArrowDown':
      case 'ArrowUp': {
        event.preventDefault();
        if (!results.length) {
          if (this.search.query.trim() && this.search.status !== 'pending') void this.search.run();
          this.comboOpen = true;
          return;
        }
        if (!open || event.altKey) {
          this.comboOpen = true;
          if (event.altKey) return;
          this.activeIndex = event.key === 'ArrowDown' ? 0 : results.length - 1;
          return;
        }
        const step = event.key === 'ArrowDown' ? 1 : -1;
        this.activeIndex = (this.activeIndex + step + results.length) % results.length;
        void this.updateComplete.then(() =>
          this.renderRoot.querySelector('[role="option"][aria-selected="true"]')?.scrollIntoView({ block: 'nearest' }),
        );
        return;
      }
      case 'Enter': {
        const street = open ? results[this.activeIndex] : undefined;
        if (street) {
          event.preventDefault();
          this.chooseStreet(street);
        } else if (this.search.query.trim()) {
          event.preventDefault();
          this.comboOpen = true;
          void this.search.run();
        }
        return;
      }
      case 'Escape':
        if (open) {
          event.preventDefault();
          this.comboOpen = false;
          this.activeIndex = -1;
        } else if (this.search.query) {
          event.preventDefault();
          this.search.clear();
        }
        return;
      case 'Tab':
        this.comboOpen = false;
        return;
      default:
        return;
    }
  }

  private chooseStreet(street: Street): void {
    this.search.cancel();
    this.search.query = street.name;
    this.comboOpen = false;
    this.activeIndex = -1;
    this.streetId = street.id;
    this.streetName = street.name;
    this.split = street.split;
    this.houseNumberId = undefined;
    this.resetViewState();
    if (street.split) this.announcer.announce(this.messages.address.houseNumberHint);
    else this.selected({ streetId: street.id });
  }

  private chooseHouseNumber(id: string, numbers: readonly HouseNumber[]): void {
    const number = numbers.find((entry) => entry.id === id);
    this.houseNumberId = number?.id;
    this.split = true;
    this.resetViewState();
    if (number && this.streetId) this.selected({ streetId: this.streetId, houseNumberId: number.id });
  }

  private useSaved(entry: SavedAddress): void {
    this.search.clear();
    this.streetId = entry.streetId;
    this.houseNumberId = entry.houseNumberId;
    this.split = entry.houseNumberId ? true : undefined;
    this.streetName = undefined;
    this.resetViewState();
    this.selected({ streetId: entry.streetId, ...(entry.houseNumberId ? { houseNumberId: entry.houseNumberId } : {}) });
  }

  private selected(detail: WasteAddressSelectedDetail): void {
    this.emit('civic-waste-address-selected', detail);
  }

  private resetViewState(): void {
    this.views?.resetViewState();
  }

  private remember(entry: SavedAddress): void {
    this.saved = rememberAddress(entry);
    this.announcer.announce(this.messages.address.remembered({ label: entry.label }));
  }

  private forget(entry: SavedAddress): void {
    this.saved = forgetAddress(entry);
    this.announcer.announce(this.messages.address.forgotten({ label: entry.label }));
    // Focus was on the removed button; keep it in the widget.
    void this.updateComplete.then(() => {
      const active = this.shadowRoot?.activeElement;
      if (!active || !active.isConnected) this.renderRoot.querySelector<HTMLInputElement>('#street')?.focus();
    });
  }
}
