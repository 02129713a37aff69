import type { HouseNumber, Street } from '@civic-widgets/api-client/waste';
import { renderError, type CivicFormatter, type CoreMessages } from '@civic-widgets/core';
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { SavedAddress } from '../address-store.js';
import type { ShellMessages } from '../i18n/messages.js';
import type { StreetSearch } from '../street-search.js';

export interface ComboboxView {
  search: StreetSearch;
  open: boolean;
  activeIndex: number;
  messages: ShellMessages;
  core: CoreMessages;
  format: CivicFormatter;
  onInput: (value: string) => void;
  onKeyDown: (event: KeyboardEvent) => void;
  onBlur: () => void;
  onChoose: (street: Street) => void;
  onRetry: () => void;
}

export const optionId = (index: number) => `street-option-${index}`;

/** Street name with its part of town when it has one, to tell streets of the same name apart. */
export const streetText = (street: Street) => (street.district ? `${street.name} (${street.district})` : street.name);

/** The street input, following the WAI-ARIA combobox pattern with a list box popup. */
export function renderStreetCombobox(view: ComboboxView): TemplateResult {
  const { search, messages, format } = view;
  const results = search.results;
  const expanded = view.open && results.length > 0;
  const status =
    search.status === 'pending'
      ? messages.address.searching
      : search.status === 'complete' && search.query.trim()
        ? results.length
          ? messages.address.results({ count: results.length }, format)
          : messages.address.noMatch({ query: search.resultsFor })
        : '';
  return html`<div class="combobox civic-field" part="street-field">
    <label for="street" id="street-label">${messages.address.street}</label>
    <p class="hint" id="street-hint">${messages.address.streetHint}</p>
    <div class="combobox-wrap">
      <input
        id="street"
        part="street-input"
        type="text"
        role="combobox"
        aria-labelledby="street-label"
        autocomplete="off"
        spellcheck="false"
        aria-autocomplete="list"
        aria-expanded=${expanded ? 'true' : 'false'}
        aria-controls="street-listbox"
        aria-describedby="street-hint street-status"
        aria-activedescendant=${expanded && view.activeIndex >= 0 ? optionId(view.activeIndex) : nothing}
        .value=${live(search.query)}
        @input=${(event: InputEvent) => view.onInput((event.target as HTMLInputElement).value)}
        @keydown=${view.onKeyDown}
        @blur=${view.onBlur}
      />
      <ul
        id="street-listbox"
        role="listbox"
        part="street-listbox"
        aria-label=${messages.address.street}
        ?hidden=${!expanded}
      >
        ${results.map(
          (street, index) =>
            // Options are reached by keyboard through the input (aria-activedescendant), the pattern's way.
            // eslint-disable-next-line lit-a11y/click-events-have-key-events
            html`<li
              id=${optionId(index)}
              role="option"
              part="street-option"
              aria-selected=${index === view.activeIndex ? 'true' : 'false'}
              @mousedown=${(event: MouseEvent) => event.preventDefault()}
              @click=${() => view.onChoose(street)}
            >
              ${street.name}${street.district ? html` <span class="district">${street.district}</span>` : nothing}
            </li>`,
        )}
      </ul>
    </div>
    <p class="status-line" id="street-status">${status}</p>
    ${
      search.status === 'error'
        ? renderError({
            error: search.error,
            messages: view.core,
            format,
            title: messages.address.searchErrorTitle,
            onRetry: view.onRetry,
          })
        : nothing
    }
  </div>`;
}

export interface HouseNumberView {
  houseNumbers: readonly HouseNumber[];
  value?: string;
  messages: ShellMessages;
  onChange: (id: string) => void;
}

export function renderHouseNumberSelect(view: HouseNumberView): TemplateResult {
  const { messages } = view;
  return html`<div class="civic-field" part="house-number-field">
    <label for="house-number">${messages.address.houseNumber}</label>
    <p class="hint" id="house-number-hint">${messages.address.houseNumberHint}</p>
    <select
      id="house-number"
      aria-describedby="house-number-hint"
      @change=${(event: Event) => view.onChange((event.target as HTMLSelectElement).value)}
    >
      <option value="" ?selected=${!view.value}>${messages.address.chooseHouseNumber}</option>
      ${view.houseNumbers.map(
        (number) => html`<option value=${number.id} ?selected=${number.id === view.value}>${number.label}</option>`,
      )}
    </select>
  </div>`;
}

export interface SavedView {
  saved: readonly SavedAddress[];
  current?: { streetId: string; houseNumberId?: string };
  messages: ShellMessages;
  onUse: (address: SavedAddress) => void;
  onForget: (address: SavedAddress) => void;
}

export function renderSavedAddresses(view: SavedView): TemplateResult | typeof nothing {
  const { saved, messages } = view;
  if (!saved.length) return nothing;
  return html`<div class="saved" part="saved-addresses">
    <p class="saved-title" id="saved-title">${messages.address.saved}</p>
    <ul aria-labelledby="saved-title">
      ${saved.map((address) => {
        const current =
          view.current?.streetId === address.streetId &&
          (view.current.houseNumberId ?? '') === (address.houseNumberId ?? '');
        return html`<li>
          <button
            type="button"
            class="civic-button secondary use"
            aria-pressed=${current ? 'true' : 'false'}
            @click=${() => view.onUse(address)}
          >
            ${address.label}
          </button>
          <button type="button" class="civic-button secondary forget" @click=${() => view.onForget(address)}>
            ${messages.address.forget({ label: address.label })}
          </button>
        </li>`;
      })}
    </ul>
  </div>`;
}
