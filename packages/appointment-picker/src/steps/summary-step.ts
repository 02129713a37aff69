import type { Office, Reservation, Service } from '@civic-widgets/api-client/appointments';
import type { CivicFormatter } from '@civic-widgets/core';
import { html, nothing, type TemplateResult } from 'lit';
import type { PickerMessages } from '../i18n/messages.js';
import { officeLine, serviceLine } from '../flow-helpers.js';
import type { ContactDraft } from '../contact-draft.js';

export interface SummaryStepView {
  reservation: Reservation;
  services: readonly Service[];
  office: Office | undefined;
  contact: ContactDraft;
  consent: boolean;
  privacyUrl?: string;
  sending: boolean;
  messages: PickerMessages;
  format: CivicFormatter;
  onConsent: (consent: boolean) => void;
  onConfirm: () => void;
}

/** Step 6: everything chosen, the fee, what to bring, consent, and the one confirm button. */
export function renderSummaryStep(view: SummaryStepView): TemplateResult {
  const { messages, format, reservation } = view;
  const chosen = reservation.services.map(({ serviceId, count }) => ({
    service: view.services.find((service) => service.id === serviceId),
    count,
  }));
  const total = chosen.reduce((sum, { service, count }) => sum + (service?.fee?.amount ?? 0) * count, 0);
  const documents = [...new Set(chosen.flatMap(({ service }) => service?.documents ?? []))];
  return html`<dl class="summary">
      <dt>${messages.summary.services}</dt>
      <dd>${serviceLine(reservation.services, view.services)}</dd>
      <dt>${messages.summary.when}</dt>
      <dd>${format.dateTime(reservation.start)} (${messages.variants[reservation.variant]})</dd>
      <dt>${messages.summary.where}</dt>
      <dd>${officeLine(view.office, reservation.officeId)}</dd>

      <dt>${messages.summary.fee}</dt>
      <dd>${total > 0 ? format.money(total, 'EUR') : messages.service.free}</dd>
      <dt>${messages.contact.name}</dt>
      <dd>${view.contact.name}</dd>
      <dt>${messages.contact.email}</dt>
      <dd>${view.contact.email}</dd>
    </dl>
    ${
      documents.length > 0
        ? html`<h3 class="list-heading">${messages.summary.bring}</h3>
            <ul>
              ${documents.map((document) => html`<li>${document}</li>`)}
            </ul>`
        : nothing
    }
    <label class="choice consent">
      <input
        type="checkbox"
        .checked=${view.consent}
        @change=${(event: Event) => view.onConsent((event.target as HTMLInputElement).checked)}
      />
      <span
        >${messages.summary.consent}
        ${view.privacyUrl ? html`<a href=${view.privacyUrl} target="_blank" rel="noopener">${messages.summary.privacyLink}</a>` : nothing}</span
      >
    </label>
    <button
      type="button"
      class="civic-button confirm"
      ?disabled=${view.sending}
      aria-disabled=${view.sending ? 'true' : 'false'}
      @click=${view.onConfirm}
    >
      ${view.sending ? messages.summary.sending : messages.summary.confirm}
    </button>`;
}
