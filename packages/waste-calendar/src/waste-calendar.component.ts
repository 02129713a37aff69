import {
  createWasteClient,
  type AddressRef,
  type CollectionSchedule,
  type Fraction,
  type HouseNumber,
  type Street,
  type WasteApi,
} from '@civic-widgets/api-client/waste';
import {
  addMonthsToMonth,
  CivicElement,
  dateInZone,
  fieldStyles,
  firstOfMonth,
  isIsoDate,
  isIsoMonth,
  lastOfMonth,
  LiveAnnouncer,
  monthOf,
  parseApiBase,
  renderError,
  renderLoading,
  statusStyles,
  TaskStatusController,
  type Catalogs,
  type IsoDate,
} from '@civic-widgets/core';
import { Task, TaskStatus } from '@lit/task';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { forgetAddress, loadAddresses, rememberAddress, sameAddress, type SavedAddress } from './address-store.js';
import { de } from './i18n/de.js';
import { en } from './i18n/en.js';
import type { WasteMessages } from './i18n/messages.js';
import { buildIcs, isReminder } from './ics.js';
import { renderHouseNumberSelect, renderSavedAddresses, renderStreetCombobox } from './parts/address.js';
import { fractionMark, markStyleSheet } from './parts/fraction-mark.js';
import {
  groupByDay,
  renderListView,
  renderMonthView,
  renderYearView,
  shiftNote,
  yearMonths,
  type Day,
  type ViewContext,
} from './parts/views.js';
import { StreetSearch } from './street-search.js';
import { wasteCalendarStyles } from './waste-calendar.styles.js';

const catalogs: Catalogs<WasteMessages> = { de, en };

type WasteClient = { waste: WasteApi };

export type WasteView = 'list' | 'month' | 'year';
const VIEWS: readonly WasteView[] = ['list', 'month', 'year'];
const LIST_PAGE = 8;
/** The contract allows at most 400 days per request: 13 months always fit. */
const MAX_MONTHS = 13;

export interface WasteAddressSelectedDetail {
  streetId: string;
  houseNumberId?: string;
}

export interface WasteExportedDetail {
  /** `ics`: a file was generated in the browser; `webcal`: the subscription link was followed. */
  format: 'ics' | 'webcal';
  fractionIds: string[];
  /** Number of collections in the file (ics only). */
  count?: number;
  /** Reminder time the evening before, `HH:MM`, when one was chosen. */
  reminder?: string;
}

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
export class CivicWasteCalendar extends CivicElement<WasteClient> {
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

  @state() private streetId?: string;
  @state() private streetName?: string;
  /** Undefined while unknown (a preset street): then the house numbers are asked for. */
  @state() private split?: boolean;
  @state() private houseNumberId?: string;
  @state() private comboOpen = false;
  @state() private activeIndex = -1;
  @state() private chosen?: string[];
  @state() private saved: SavedAddress[] = [];
  @state() private listLimit = LIST_PAGE;
  @state() private month?: string;
  @state() private selectedDate?: IsoDate;
  @state() private reminderOn = false;
  @state() private reminderTime = '18:00';

  private readonly announcer = new LiveAnnouncer(this);
  private announcedSearch = '';
  /** The rules that draw the year view's marks, for the fractions the API listed. */
  private markSheet?: { fractions: readonly Fraction[]; sheet: CSSStyleSheet };
  private downloadUrl?: string;

  private readonly search = new StreetSearch(this, async (query, signal) => {
    const api = this.api;
    if (!api.ok) return [];
    return (await api.client.waste.searchStreets(query, { signal, limit: 10 })).streets;
  });

  private get messages(): WasteMessages {
    return this.messagesFrom(catalogs);
  }

  private get api() {
    return this.resolveClient((baseUrl) => createWasteClient({ baseUrl }));
  }

  /** Today in the city's zone (or the `today` override). */
  get currentDate(): IsoDate {
    return isIsoDate(this.today) ? this.today : dateInZone(new Date(), this.effectiveTimeZone);
  }

  private get range(): { from: IsoDate; to: IsoDate; months: string[] } {
    const months = Math.min(MAX_MONTHS, Math.max(1, Math.round(this.monthsAhead) || 12));
    const first = monthOf(this.currentDate);
    const last = addMonthsToMonth(first, months - 1);
    return { from: firstOfMonth(first), to: lastOfMonth(last), months: yearMonths(first, months) };
  }

  private readonly fractionsTask = new Task(this, {
    args: () => [this.api] as const,
    task: async ([api], { signal }) => (api.ok ? (await api.client.waste.listFractions({ signal })).fractions : []),
  });

  private readonly houseNumbersTask = new Task(this, {
    args: () => [this.api, this.streetId, this.split] as const,
    task: async ([api, streetId, split], { signal }): Promise<{ streetId?: string; numbers: HouseNumber[] }> => {
      if (!api.ok || !streetId || split === false) return { streetId, numbers: [] };
      return { streetId, numbers: (await api.client.waste.listHouseNumbers(streetId, { signal })).houseNumbers };
    },
  });

  private readonly collectionsTask = new Task(this, {
    args: () => {
      const address = this.address;
      const { from, to } = this.range;
      return [this.api, address?.streetId, address?.houseNumberId, from, to] as const;
    },
    task: async ([api, streetId, houseNumberId, from, to], { signal }) => {
      if (!api.ok || !streetId) return undefined;
      return api.client.waste.getCollections({ streetId, houseNumberId }, { from, to }, { signal });
    },
  });

  private readonly subscriptionTask = new Task(this, {
    args: () => {
      const address = this.address;
      const reminder = this.reminderOn && isReminder(this.reminderTime) ? this.reminderTime : undefined;
      return [this.api, address?.streetId, address?.houseNumberId, this.chosenIds.join(','), reminder] as const;
    },
    task: async ([api, streetId, houseNumberId, fractionIds, reminder], { signal }) => {
      if (!api.ok || !streetId || !fractionIds) return undefined;
      try {
        return await api.client.waste.getSubscription(
          { streetId, houseNumberId },
          { fractionIds: fractionIds.split(','), reminder },
          { signal },
        );
      } catch {
        return undefined; // No feed on offer (or not now): the .ics download remains.
      }
    },
  });

  private readonly collectionsView = new TaskStatusController<CollectionSchedule | undefined>(
    this,
    this.collectionsTask,
    this.announcer,
    {
      complete: (schedule) => (schedule ? this.renderSchedule(schedule) : html``),
      loadingLabel: () => this.messages.collections.loading,
      errorTitle: () => this.messages.collections.errorTitle,
      announceComplete: (schedule) =>
        this.messages.collections.loaded(
          { count: schedule ? this.chosenCollections(schedule).length : 0 },
          this.format,
        ),
    },
  );

  /** The complete address, once street (and house number where needed) are known. */
  private get address(): AddressRef | undefined {
    const streetId = this.streetId;
    if (!streetId) return undefined;
    if (this.houseNumberId) return { streetId, houseNumberId: this.houseNumberId };
    if (this.split === false) return { streetId };
    const numbers = this.houseNumbersTask.value;
    if (this.split === undefined && numbers?.streetId === streetId && numbers.numbers.length === 0) return { streetId };
    return undefined;
  }

  private get knownFractions(): readonly Fraction[] {
    return this.fractionsTask.value ?? [];
  }

  /** Ids of the waste types shown, in the API's order. */
  private get chosenIds(): string[] {
    const known = this.knownFractions.map((fraction) => fraction.id);
    if (this.chosen) return known.filter((id) => this.chosen?.includes(id));
    const preset = (this.fractions ?? '').split(/[\s,]+/).filter(Boolean);
    const fromAttribute = known.filter((id) => preset.includes(id));
    return fromAttribute.length ? fromAttribute : known;
  }

  private chosenCollections(schedule: CollectionSchedule) {
    const ids = new Set(this.chosenIds);
    return schedule.collections.filter((collection) => ids.has(collection.fractionId));
  }

  private days(schedule: CollectionSchedule): Day[] {
    const ids = new Set(this.chosenIds);
    const fractions = new Map(this.knownFractions.filter((f) => ids.has(f.id)).map((f) => [f.id, f]));
    return groupByDay(schedule.collections, fractions);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.saved = loadAddresses();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    if (this.downloadUrl) URL.revokeObjectURL(this.downloadUrl);
    this.downloadUrl = undefined;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('street') || changed.has('houseNumber')) {
      this.streetId = this.street?.trim() || undefined;
      this.houseNumberId = this.streetId ? this.houseNumber?.trim() || undefined : undefined;
      this.split = undefined;
      this.streetName = undefined;
    }
    if (changed.has('fractions')) this.chosen = undefined;
    this.adoptMarkSheet();
    if (!VIEWS.includes(this.view)) this.view = 'list';
    if (this.search.status === 'complete' && this.search.resultsFor !== this.announcedSearch) {
      this.announcedSearch = this.search.resultsFor;
      this.announcer.announce(
        this.search.results.length
          ? this.messages.address.results({ count: this.search.results.length }, this.format)
          : this.messages.address.noMatch({ query: this.search.resultsFor }),
      );
    }
  }

  private adoptMarkSheet(): void {
    const fractions = this.fractionsTask.value;
    const root = this.shadowRoot;
    if (!fractions || !root || this.markSheet?.fractions === fractions) return;
    const previous = this.markSheet?.sheet;
    const sheet = markStyleSheet(fractions);
    this.markSheet = { fractions, sheet };
    root.adoptedStyleSheets = [...root.adoptedStyleSheets.filter((entry) => entry !== previous), sheet];
  }

  protected override render(): TemplateResult {
    const api = this.api;
    if (!api.ok) return this.renderConfigProblem(api.problem);
    const messages = this.messages;
    return html`<div class="waste" part="base">
      <div class="title" role="heading" aria-level=${this.headingLevel}>${messages.title}</div>
      ${this.announcer.render()} ${this.renderAddress()} ${this.address ? this.renderCalendar() : nothing}
    </div>`;
  }

  // ── Address ────────────────────────────────────────────────────────────────────────────────

  private renderAddress(): TemplateResult {
    const messages = this.messages;
    const address = this.address;
    const schedule = this.collectionsTask.value;
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
    this.listLimit = LIST_PAGE;
    this.selectedDate = undefined;
    this.month = undefined;
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

  // ── Calendar ───────────────────────────────────────────────────────────────────────────────

  private renderCalendar(): TemplateResult {
    const messages = this.messages;
    const schedule = this.collectionsTask.value;
    const label = schedule?.address.label ?? this.streetName;
    return html`<section class="calendar" aria-labelledby="calendar-heading">
      <div id="calendar-heading" class="section-heading" role="heading" aria-level=${this.headingLevel + 1}>
        ${label ? messages.address.current({ label }) : messages.views.legend}
      </div>
      ${this.renderFilter()} ${this.renderViewSwitch()} ${this.collectionsView.render()}
      ${schedule && this.collectionsTask.status === TaskStatus.COMPLETE ? this.renderExport(schedule) : nothing}
    </section>`;
  }

  private renderFilter(): TemplateResult {
    const messages = this.messages;
    return this.fractionsTask.render({
      pending: () => renderLoading(this.coreMessages, messages.fractions.loading),
      error: (error) =>
        renderError({
          error,
          messages: this.coreMessages,
          format: this.format,
          title: messages.fractions.errorTitle,
          onRetry: () => void this.fractionsTask.run(),
        }),
      complete: (fractions) => {
        const chosen = new Set(this.chosenIds);
        return html`<fieldset class="filter" part="filter">
          <legend>${messages.fractions.legend}</legend>
          <ul class="fractions">
            ${fractions.map(
              (fraction) =>
                html`<li>
                  <input
                    type="checkbox"
                    id=${`fraction-${fraction.id}`}
                    .checked=${chosen.has(fraction.id)}
                    @change=${(event: Event) =>
                      this.toggleFraction(fraction.id, (event.target as HTMLInputElement).checked)}
                  />
                  <label for=${`fraction-${fraction.id}`}>${fractionMark(fraction)} ${fraction.name}</label>
                </li>`,
            )}
          </ul>
          ${chosen.size === 0 ? html`<p class="hint" role="status">${messages.fractions.noneChosen}</p>` : nothing}
        </fieldset>`;
      },
    }) as TemplateResult;
  }

  private toggleFraction(id: string, on: boolean): void {
    const current = new Set(this.chosenIds);
    if (on) current.add(id);
    else current.delete(id);
    this.chosen = this.knownFractions.map((fraction) => fraction.id).filter((known) => current.has(known));
  }

  private renderViewSwitch(): TemplateResult {
    const messages = this.messages;
    return html`<fieldset class="views" part="views">
      <legend>${messages.views.legend}</legend>
      ${VIEWS.map(
        (view) =>
          html`<span class="view-option">
            <input
              type="radio"
              name="view"
              id=${`view-${view}`}
              value=${view}
              .checked=${this.view === view}
              @change=${() => (this.view = view)}
            />
            <label for=${`view-${view}`}>${messages.views[view]}</label>
          </span>`,
      )}
    </fieldset>`;
  }

  private get viewContext(): ViewContext {
    return {
      messages: this.messages,
      format: this.format,
      today: this.currentDate,
      headingLevel: Math.min(6, this.headingLevel + 2),
    };
  }

  private renderSchedule(schedule: CollectionSchedule): TemplateResult {
    const days = this.days(schedule);
    const context = this.viewContext;
    const { from, to, months } = this.range;
    if (this.view === 'month') {
      const month = this.month && isIsoMonth(this.month) ? this.month : monthOf(context.today);
      return renderMonthView(
        days,
        {
          month,
          selected: this.selectedDate,
          min: from,
          max: to,
          onMonth: (next) => (this.month = next),
          onDate: (date) => (this.selectedDate = date),
        },
        context,
      );
    }
    if (this.view === 'year') {
      const ids = new Set(this.chosenIds);
      return renderYearView(
        days,
        months,
        this.knownFractions.filter((fraction) => ids.has(fraction.id)),
        context,
        () => window.print(),
      );
    }
    return renderListView(days, this.listLimit, context, () => {
      // Focus the first of the newly shown days: the button may be gone once all are shown.
      const first = this.listLimit;
      this.listLimit += LIST_PAGE;
      void this.updateComplete.then(() => this.renderRoot.querySelectorAll<HTMLElement>('.days > li')[first]?.focus());
    });
  }

  // ── Export ─────────────────────────────────────────────────────────────────────────────────

  private renderExport(schedule: CollectionSchedule): TemplateResult {
    const messages = this.messages;
    const subscription = this.subscriptionTask.value;
    const none = this.chosenIds.length === 0;
    return html`<section class="export" part="export" aria-labelledby="export-heading">
      <div id="export-heading" class="section-heading" role="heading" aria-level=${this.headingLevel + 2}>
        ${messages.export.heading}
      </div>
      <div class="reminder">
        <span class="check">
          <input
            type="checkbox"
            id="reminder"
            .checked=${this.reminderOn}
            @change=${(event: Event) => (this.reminderOn = (event.target as HTMLInputElement).checked)}
          />
          <label for="reminder">${messages.export.reminder}</label>
        </span>
        ${
          this.reminderOn
            ? html`<span class="time">
                <label for="reminder-time">${messages.export.reminderTime}</label>
                <input
                  type="time"
                  id="reminder-time"
                  step="300"
                  .value=${this.reminderTime}
                  @change=${(event: Event) => {
                    const value = (event.target as HTMLInputElement).value;
                    if (isReminder(value)) this.reminderTime = value;
                  }}
                />
              </span>`
            : nothing
        }
      </div>
      <div class="export-actions">
        <button
          type="button"
          class="civic-button download"
          part="download-button"
          ?disabled=${none}
          @click=${() => this.download(schedule)}
        >
          ${messages.export.download}
        </button>
        ${
          subscription && !none
            ? html`<a
                class="subscribe"
                part="subscribe-link"
                href=${subscription.webcalUrl}
                aria-describedby="subscribe-hint"
                @click=${() => this.emit('civic-waste-exported', { format: 'webcal', fractionIds: this.chosenIds, ...this.reminderDetail() })}
                >${messages.export.subscribe}</a
              >`
            : nothing
        }
      </div>
      ${
        subscription && !none
          ? html`<p class="hint" id="subscribe-hint">${messages.export.subscribeHint}</p>
              <div class="civic-field feed">
                <label for="feed-url">${messages.export.feedUrl}</label>
                <input id="feed-url" type="url" readonly .value=${subscription.icsUrl} />
              </div>`
          : nothing
      }
    </section>`;
  }

  private reminderDetail(): { reminder?: string } {
    return this.reminderOn && isReminder(this.reminderTime) ? { reminder: this.reminderTime } : {};
  }

  /** Makes the .ics for the chosen waste types (from today on) and hands it to the browser as a download. */
  private download(schedule: CollectionSchedule): void {
    const messages = this.messages;
    const today = this.currentDate;
    const names = new Map(this.knownFractions.map((fraction) => [fraction.id, fraction.name]));
    const events = this.chosenCollections(schedule)
      .filter((collection) => collection.date >= today)
      .map((collection) => ({
        id: collection.id,
        date: collection.date,
        summary: names.get(collection.fractionId) ?? collection.fractionId,
        description: shiftNote(collection, { messages, format: this.format }) || undefined,
      }));
    const base = parseApiBase(this.apiBase ?? this.civicConfig?.apiBase, document.baseURI);
    const { reminder } = this.reminderDetail();
    const text = buildIcs({
      name: messages.export.calendarName({ address: schedule.address.label }),
      events,
      now: new Date(),
      uidDomain: (base.ok ? base.url.hostname : '') || location.hostname || 'civic-widgets.invalid',
      reminder,
      reminderText: (event) => messages.export.reminderText({ fraction: event.summary }),
    });
    if (this.downloadUrl) URL.revokeObjectURL(this.downloadUrl);
    this.downloadUrl = URL.createObjectURL(new Blob([text], { type: 'text/calendar;charset=utf-8' }));
    const link = document.createElement('a');
    link.href = this.downloadUrl;
    link.download = `${messages.export.fileName}.ics`;
    link.hidden = true;
    this.renderRoot.appendChild(link);
    link.click();
    link.remove();
    this.announcer.announce(messages.export.exported({ count: events.length }, this.format));
    this.emit('civic-waste-exported', {
      format: 'ics',
      fractionIds: this.chosenIds,
      count: events.length,
      ...(reminder ? { reminder } : {}),
    });
  }
}
