import type { Office } from '@civic-widgets/api-client/appointments';
import { html, nothing, type TemplateResult } from 'lit';
import type { PickerMessages } from '../i18n/messages.js';

export const ANY_OFFICE = 'any';

export interface OfficeStepView {
  offices: readonly Office[];
  choice: string | undefined;
  messages: PickerMessages;
  onChoose: (officeId: string) => void;
}

/** Step 2: one office, or any office for the earliest slot anywhere. */
export function renderOfficeStep({ offices, choice, messages, onChoose }: OfficeStepView): TemplateResult {
  if (offices.length === 0) return html`<p class="notice">${messages.office.none}</p>`;
  return html`<fieldset class="offices">
    <legend class="sr-only">${messages.steps.office}</legend>
    ${
      offices.length > 1
        ? html`<label class="choice office">
            <input
              type="radio"
              name="office"
              value=${ANY_OFFICE}
              .checked=${choice === ANY_OFFICE}
              @change=${() => onChoose(ANY_OFFICE)}
            />
            <span>
              <strong>${messages.office.anyOffice}</strong>
              <span class="hint">${messages.office.anyOfficeHint}</span>
            </span>
          </label>`
        : nothing
    }
    ${offices.map(
      (office) =>
        html`<label class="choice office">
          <input
            type="radio"
            name="office"
            value=${office.id}
            .checked=${choice === office.id}
            @change=${() => onChoose(office.id)}
          />
          <span>
            <strong>${office.name}</strong>
            <span class="address"
              >${office.address.street} ${office.address.houseNumber ?? ''}, ${office.address.postalCode}
              ${office.address.city}</span
            >
            ${
              office.accessibility.length > 0
                ? html`<span class="features"
                    ><span class="sr-only">${messages.office.accessibility}: </span
                    >${office.accessibility.map((feature) => messages.features[feature]).join(' · ')}</span
                  >`
                : nothing
            }
          </span>
        </label>`,
    )}
  </fieldset>`;
}
