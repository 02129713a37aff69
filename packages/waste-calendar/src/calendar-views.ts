// Everything after the address: the waste type filter, the view switch, the list, month and year
// views and the export. The element loads this module on demand (early: right after its first render,
// at once when an address is preset or remembered), so the address step comes from a smaller script.
import type { CollectionSchedule, Fraction } from '@civic-widgets/api-client/waste';
import {
  addMonthsToMonth,
  addStyles,
  firstOfMonth,
  isIsoMonth,
  lastOfMonth,
  monthOf,
  renderError,
  renderLoading,
  TaskStatusController,
  type Catalogs,
  type IsoDate,
} from '@civic-widgets/core';
import { Task, TaskStatus } from '@lit/task';
import { html, nothing, type ReactiveController, type TemplateResult } from 'lit';
import { VIEWS, type CalendarHost } from './calendar-host.js';
import { viewsStyles } from './calendar-views.styles.js';
import { deViews } from './i18n/de-views.js';
import { enViews } from './i18n/en-views.js';
import type { ViewsMessages } from './i18n/messages.js';
import { buildIcs, isReminder } from './ics.js';
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

// Both languages' view texts come with the views (about 1 KB): a language switch needs no request.
const viewsCatalogs: Catalogs<ViewsMessages> = { de: deViews, en: enViews };

const LIST_PAGE = 8;
/** The contract allows at most 400 days per request: 13 months always fit. */
const MAX_MONTHS = 13;

interface ViewsState {
  /** The waste types ticked in the filter; undefined: as the `fractions` attribute says. */
  chosen?: string[];
  listLimit: number;
  month?: string;
  selectedDate?: IsoDate;
  reminderOn: boolean;
  reminderTime: string;
}

export class CalendarViews implements ReactiveController {
  private state: ViewsState = { listLimit: LIST_PAGE, reminderOn: false, reminderTime: '18:00' };
  /** The rules that draw the year view's marks, for the fractions the API listed. */
  private markSheet?: { fractions: readonly Fraction[]; sheet: CSSStyleSheet };
  private downloadUrl?: string;

  private readonly fractionsTask;
  private readonly collectionsTask;
  private readonly subscriptionTask;
  private readonly collectionsView;

  constructor(private readonly host: CalendarHost) {
    host.addController(this);
    addStyles(host.renderRoot, viewsStyles);

    this.fractionsTask = new Task(host, {
      args: () => [host.api] as const,
      task: async ([api], { signal }) => (api.ok ? (await api.client.waste.listFractions({ signal })).fractions : []),
    });

    this.collectionsTask = new Task(host, {
      args: () => {
        const address = host.address;
        const { from, to } = this.range;
        return [host.api, address?.streetId, address?.houseNumberId, from, to] as const;
      },
      task: async ([api, streetId, houseNumberId, from, to], { signal }) => {
        if (!api.ok || !streetId) return undefined;
        return api.client.waste.getCollections({ streetId, houseNumberId }, { from, to }, { signal });
      },
    });

    this.subscriptionTask = new Task(host, {
      args: () => {
        const address = host.address;
        const { reminderOn, reminderTime } = this.state;
        const reminder = reminderOn && isReminder(reminderTime) ? reminderTime : undefined;
        return [host.api, address?.streetId, address?.houseNumberId, this.chosenIds.join(','), reminder] as const;
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

    this.collectionsView = new TaskStatusController<CollectionSchedule | undefined>(
      host,
      this.collectionsTask,
      host.announcer,
      {
        complete: (schedule) => (schedule ? this.renderSchedule(schedule) : html``),
        loadingLabel: () => this.messages.collections.loading,
        errorTitle: () => this.messages.collections.errorTitle,
        announceComplete: (schedule) =>
          this.messages.collections.loaded(
            { count: schedule ? this.chosenCollections(schedule).length : 0 },
            host.format,
          ),
      },
    );
  }

  private get messages(): ViewsMessages {
    return viewsCatalogs[this.host.locale.language];
  }

  /** The schedule shown, once loaded (the element names the address with it). */
  get schedule(): CollectionSchedule | undefined {
    return this.collectionsTask.value;
  }

  hostUpdate(): void {
    this.adoptMarkSheet();
  }

  hostDisconnected(): void {
    if (this.downloadUrl) URL.revokeObjectURL(this.downloadUrl);
    this.downloadUrl = undefined;
  }

  /** A new address: the list starts again at its first page, the month view at this month. */
  resetViewState(): void {
    this.set({ listLimit: LIST_PAGE, selectedDate: undefined, month: undefined });
  }

  /** The `fractions` attribute changed: it decides again which waste types are shown. */
  resetFilter(): void {
    this.set({ chosen: undefined });
  }

  private set(patch: Partial<ViewsState>): void {
    this.state = { ...this.state, ...patch };
    this.host.requestUpdate();
  }

  private get range(): { from: IsoDate; to: IsoDate; months: string[] } {
    const months = Math.min(MAX_MONTHS, Math.max(1, Math.round(this.host.monthsAhead) || 12));
    const first = monthOf(this.host.currentDate);
    const last = addMonthsToMonth(first, months - 1);
    return { from: firstOfMonth(first), to: lastOfMonth(last), months: yearMonths(first, months) };
  }

  private get knownFractions(): readonly Fraction[] {
    return this.fractionsTask.value ?? [];
  }

  /** Ids of the waste types shown, in the API's order. */
  private get chosenIds(): string[] {
    const known = this.knownFractions.map((fraction) => fraction.id);
    const chosen = this.state.chosen;
    if (chosen) return known.filter((id) => chosen.includes(id));
    const preset = (this.host.fractions ?? '').split(/[\s,]+/).filter(Boolean);
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

  private adoptMarkSheet(): void {
    const fractions = this.fractionsTask.value;
    const root = this.host.shadowRoot;
    if (!fractions || !root || this.markSheet?.fractions === fractions) return;
    const previous = this.markSheet?.sheet;
    const sheet = markStyleSheet(fractions);
    this.markSheet = { fractions, sheet };
    root.adoptedStyleSheets = [...root.adoptedStyleSheets.filter((entry) => entry !== previous), sheet];
  }

  render(): TemplateResult {
    const host = this.host;
    const messages = this.messages;
    const schedule = this.collectionsTask.value;
    const label = schedule?.address.label ?? host.streetName;
    return html`<section class="calendar" aria-labelledby="calendar-heading">
      <div id="calendar-heading" class="section-heading" role="heading" aria-level=${host.headingLevel + 1}>
        ${label ? messages.current({ label }) : messages.views.legend}
      </div>
      ${this.renderFilter()} ${this.renderViewSwitch()} ${this.collectionsView.render()}
      ${schedule && this.collectionsTask.status === TaskStatus.COMPLETE ? this.renderExport(schedule) : nothing}
    </section>`;
  }

  private renderFilter(): TemplateResult {
    const host = this.host;
    const messages = this.messages;
    return this.fractionsTask.render({
      pending: () => renderLoading(host.coreMessages, messages.fractions.loading),
      error: (error) =>
        renderError({
          error,
          messages: host.coreMessages,
          format: host.format,
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
    this.set({ chosen: this.knownFractions.map((fraction) => fraction.id).filter((known) => current.has(known)) });
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
              .checked=${this.host.view === view}
              @change=${() => (this.host.view = view)}
            />
            <label for=${`view-${view}`}>${messages.views[view]}</label>
          </span>`,
      )}
    </fieldset>`;
  }

  private get viewContext(): ViewContext {
    return {
      messages: this.messages,
      format: this.host.format,
      today: this.host.currentDate,
      headingLevel: Math.min(6, this.host.headingLevel + 2),
    };
  }

  private renderSchedule(schedule: CollectionSchedule): TemplateResult {
    const host = this.host;
    const days = this.days(schedule);
    const context = this.viewContext;
    const { from, to, months } = this.range;
    if (host.view === 'month') {
      const month = this.state.month && isIsoMonth(this.state.month) ? this.state.month : monthOf(context.today);
      return renderMonthView(
        days,
        {
          month,
          selected: this.state.selectedDate,
          min: from,
          max: to,
          onMonth: (next) => this.set({ month: next }),
          onDate: (date) => this.set({ selectedDate: date }),
        },
        context,
      );
    }
    if (host.view === 'year') {
      const ids = new Set(this.chosenIds);
      return renderYearView(
        days,
        months,
        this.knownFractions.filter((fraction) => ids.has(fraction.id)),
        context,
        () => window.print(),
      );
    }
    return renderListView(days, this.state.listLimit, context, () => {
      // Focus the first of the newly shown days: the button may be gone once all are shown.
      const first = this.state.listLimit;
      this.set({ listLimit: first + LIST_PAGE });
      void host.updateComplete.then(() => host.renderRoot.querySelectorAll<HTMLElement>('.days > li')[first]?.focus());
    });
  }

  // ── Export ─────────────────────────────────────────────────────────────────────────────────

  private renderExport(schedule: CollectionSchedule): TemplateResult {
    const host = this.host;
    const messages = this.messages;
    const { reminderOn, reminderTime } = this.state;
    const subscription = this.subscriptionTask.value;
    const none = this.chosenIds.length === 0;
    return html`<section class="export" part="export" aria-labelledby="export-heading">
      <div id="export-heading" class="section-heading" role="heading" aria-level=${host.headingLevel + 2}>
        ${messages.export.heading}
      </div>
      <div class="reminder">
        <span class="check">
          <input
            type="checkbox"
            id="reminder"
            .checked=${reminderOn}
            @change=${(event: Event) => this.set({ reminderOn: (event.target as HTMLInputElement).checked })}
          />
          <label for="reminder">${messages.export.reminder}</label>
        </span>
        ${
          reminderOn
            ? html`<span class="time">
                <label for="reminder-time">${messages.export.reminderTime}</label>
                <input
                  type="time"
                  id="reminder-time"
                  step="300"
                  .value=${reminderTime}
                  @change=${(event: Event) => {
                    const value = (event.target as HTMLInputElement).value;
                    if (isReminder(value)) this.set({ reminderTime: value });
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
                @click=${() => host.emit('civic-waste-exported', { format: 'webcal', fractionIds: this.chosenIds, ...this.reminderDetail() })}
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
    const { reminderOn, reminderTime } = this.state;
    return reminderOn && isReminder(reminderTime) ? { reminder: reminderTime } : {};
  }

  /** Makes the .ics for the chosen waste types (from today on) and hands it to the browser as a download. */
  private download(schedule: CollectionSchedule): void {
    const host = this.host;
    const messages = this.messages;
    const today = host.currentDate;
    const names = new Map(this.knownFractions.map((fraction) => [fraction.id, fraction.name]));
    const events = this.chosenCollections(schedule)
      .filter((collection) => collection.date >= today)
      .map((collection) => ({
        id: collection.id,
        date: collection.date,
        summary: names.get(collection.fractionId) ?? collection.fractionId,
        description: shiftNote(collection, { messages, format: host.format }) || undefined,
      }));
    const { reminder } = this.reminderDetail();
    const text = buildIcs({
      name: messages.export.calendarName({ address: schedule.address.label }),
      events,
      now: new Date(),
      uidDomain: host.apiHostname || location.hostname || 'civic-widgets.invalid',
      reminder,
      reminderText: (event) => messages.export.reminderText({ fraction: event.summary }),
    });
    if (this.downloadUrl) URL.revokeObjectURL(this.downloadUrl);
    this.downloadUrl = URL.createObjectURL(new Blob([text], { type: 'text/calendar;charset=utf-8' }));
    const link = document.createElement('a');
    link.href = this.downloadUrl;
    link.download = `${messages.export.fileName}.ics`;
    link.hidden = true;
    host.renderRoot.appendChild(link);
    link.click();
    link.remove();
    host.announcer.announce(messages.export.exported({ count: events.length }, host.format));
    host.emit('civic-waste-exported', {
      format: 'ics',
      fractionIds: this.chosenIds,
      count: events.length,
      ...(reminder ? { reminder } : {}),
    });
  }
}
