import type { AppointmentVariant, Service } from '@civic-widgets/api-client/appointments';
import { renderField, type CivicFormatter, type CoreMessages } from '@civic-widgets/core';
import { html, nothing, type TemplateResult } from 'lit';
import type { ShellMessages } from '../i18n/messages.js';
import { chosenServices, combinableExtras, commonVariants } from '../journey.js';
import { searchServices } from '../search.js';

export interface ServiceStepView {
  services: readonly Service[];
  counts: Readonly<Record<string, number>>;
  query: string;
  variant: AppointmentVariant;
  messages: ShellMessages;
  core: CoreMessages;
  format: CivicFormatter;
  onQuery: (query: string) => void;
  onCount: (serviceId: string, count: number) => void;
  onVariant: (variant: AppointmentVariant) => void;
}

/** Step 1: find services, set how many of each, and how the appointment takes place. */
export function renderServiceStep(view: ServiceStepView): TemplateResult {
  const { messages, format } = view;
  const chosen = chosenServices(view.counts);
  const selected = view.services.filter((service) => (view.counts[service.id] ?? 0) > 0);
  const searching = view.query.trim() !== '';
  const found = searchServices(view.services, view.query);
  const list =
    chosen.length > 0
      ? combinableExtras(view.services, chosen)
      : searching
        ? found
        : view.services.filter((service) => service.popular);
  const variants = commonVariants(view.services, chosen);
  return html`
    ${
      chosen.length === 0
        ? html`${renderField({
              id: 'service-search',
              name: 'service-search',
              type: 'search',
              label: messages.service.searchLabel,
              hint: messages.service.searchHint,
              value: view.query,
              messages: view.core,
              autocomplete: 'off',
              onInput: (value) => view.onQuery(value),
            })}
            <p class="sr-only" role="status">
              ${searching ? messages.service.results({ count: found.length }, format) : ''}
            </p>
            ${searching && found.length === 0 ? html`<p class="hint">${messages.service.noMatch({ query: view.query })}</p>` : nothing}`
        : html`<ul class="services chosen" aria-label=${messages.steps.service}>
            ${selected.map((service) => renderService(service, view))}
          </ul>`
    }
    ${
      list.length > 0
        ? html`<h3 class="list-heading">
              ${chosen.length > 0 ? messages.service.extras : searching ? messages.service.searchLabel : messages.service.popular}
            </h3>
            <ul class="services">
              ${list.map((service) => renderService(service, view))}
            </ul>`
        : nothing
    }
    ${
      variants.length > 1
        ? html`<fieldset class="variants">
            <legend>${messages.service.variantLegend}</legend>
            ${variants.map(
              (variant) =>
                html`<label class="choice">
                  <input
                    type="radio"
                    name="variant"
                    value=${variant}
                    .checked=${view.variant === variant}
                    @change=${() => view.onVariant(variant)}
                  />
                  ${messages.variants[variant]}
                </label>`,
            )}
          </fieldset>`
        : nothing
    }
  `;
}

function renderService(service: Service, view: ServiceStepView): TemplateResult {
  const { messages, format } = view;
  const count = view.counts[service.id] ?? 0;
  const id = `count-${service.id}`;
  return html`<li class="service ${count > 0 ? 'selected' : ''}" part="service">
    <div class="service-text">
      <span class="service-name" id="${id}-name">${service.name}</span>
      <span class="service-meta">
        ${messages.service.duration({ minutes: service.durationMinutes }, format)} ·
        ${service.fee ? format.money(service.fee.amount, service.fee.currency) : messages.service.free}
      </span>
      ${
        service.documents.length > 0
          ? html`<details class="documents">
              <summary>${messages.service.bring}</summary>
              <ul>
                ${service.documents.map((document) => html`<li>${document}</li>`)}
              </ul>
            </details>`
          : nothing
      }
    </div>
    <label class="count">
      <span class="sr-only">${messages.service.countLabel({ name: service.name })}</span>
      <select
        .value=${String(count)}
        @change=${(event: Event) => view.onCount(service.id, Number((event.target as HTMLSelectElement).value))}
      >
        ${Array.from({ length: service.maxCount + 1 }, (_, value) => html`<option value=${value} ?selected=${value === count}>${value}</option>`)}
      </select>
    </label>
  </li>`;
}
