import type { Contact, Office } from '@civic-widgets/api-client/appointments';
import { renderField, type CivicFormatter, type CoreMessages } from '@civic-widgets/core';
import { html, nothing, type TemplateResult } from 'lit';
import type { PickerMessages } from '../i18n/messages.js';

import type { ContactDraft, ContactErrors } from '../contact-draft.js';

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** Checks the draft as the office needs it; empty when it can be sent. */
export function validateContact(
  draft: ContactDraft,
  office: Office | undefined,
  messages: PickerMessages,
): ContactErrors {
  const errors: ContactErrors = {};
  if (!draft.name.trim()) errors['contact-name'] = messages.contact.missing({ label: messages.contact.name });
  else if (draft.name.length > 200)
    errors['contact-name'] = messages.contact.tooLong({ label: messages.contact.name, max: 200 });
  if (!draft.email.trim()) errors['contact-email'] = messages.contact.missing({ label: messages.contact.email });
  else if (!EMAIL.test(draft.email.trim())) errors['contact-email'] = messages.contact.emailInvalid;
  if (office?.phoneRequired && !draft.phone.trim())
    errors['contact-phone'] = messages.contact.missing({ label: messages.contact.phone });
  for (const field of office?.customFields ?? []) {
    const value = draft.customFields[field.id]?.trim() ?? '';
    if (field.required && !value)
      errors[`contact-field-${field.id}`] = messages.contact.missing({ label: field.label });
    else if (value.length > field.maxLength)
      errors[`contact-field-${field.id}`] = messages.contact.tooLong({ label: field.label, max: field.maxLength });
  }
  return errors;
}

/** The draft as the contract's Contact, without empty optional values. */
export function toContact(draft: ContactDraft, office: Office | undefined): Contact {
  const customFields = Object.fromEntries(
    (office?.customFields ?? [])
      .map((field): [string, string] => [field.id, draft.customFields[field.id]?.trim() ?? ''])

      .filter(([, value]) => value),
  );
  return {
    name: draft.name.trim(),
    email: draft.email.trim(),
    ...(office?.phoneRequired && draft.phone.trim() ? { phone: draft.phone.trim() } : {}),
    ...(Object.keys(customFields).length > 0 ? { customFields } : {}),
  };
}

export interface ContactStepView {
  draft: ContactDraft;
  office: Office | undefined;
  errors: ContactErrors;
  showSummary: boolean;
  messages: PickerMessages;
  core: CoreMessages;
  format: CivicFormatter;
  /** A change of some fields; merged into the element's current draft, not the one this render saw. */
  onChange: (patch: Partial<ContactDraft>) => void;
  onFocusField: (id: string) => void;
}

/** Step 5: native inputs with autocomplete; inline errors plus a summary linked to the fields. */
export function renderContactStep(view: ContactStepView): TemplateResult {
  const { draft, messages, errors } = view;
  const entries = Object.entries(errors);
  // Autofill fills several fields before the next render: each input reports only its own field.
  const set = (patch: Partial<ContactDraft>) => view.onChange(patch);

  return html`
    ${
      view.showSummary && entries.length > 0
        ? html`<div class="error-summary" role="alert" tabindex="-1">
            <p><strong>${messages.contact.summaryTitle({ count: entries.length }, view.format)}</strong></p>
            <ul>
              ${entries.map(
                ([id, message]) =>
                  html`<li>
                    <a
                      href="#${id}"
                      @click=${(event: Event) => {
                        event.preventDefault();
                        view.onFocusField(id);
                      }}
                      >${message}</a
                    >
                  </li>`,
              )}
            </ul>
          </div>`
        : nothing
    }
    <form class="contact" novalidate @submit=${(event: Event) => event.preventDefault()}>
      ${renderField({ id: 'contact-name', name: 'name', label: messages.contact.name, value: draft.name, autocomplete: 'name', required: true, error: errors['contact-name'], messages: view.core, onInput: (name) => set({ name }) })}
      ${renderField({ id: 'contact-email', name: 'email', type: 'email', label: messages.contact.email, hint: messages.contact.emailHint, value: draft.email, autocomplete: 'email', inputmode: 'email', required: true, error: errors['contact-email'], messages: view.core, onInput: (email) => set({ email }) })}
      ${
        view.office?.phoneRequired
          ? renderField({
              id: 'contact-phone',
              name: 'phone',
              type: 'tel',
              label: messages.contact.phone,
              hint: messages.contact.phoneHint,
              value: draft.phone,
              autocomplete: 'tel',
              inputmode: 'tel',
              required: true,
              error: errors['contact-phone'],
              messages: view.core,
              onInput: (phone) => set({ phone }),
            })
          : nothing
      }
      ${(view.office?.customFields ?? []).map((field) =>
        renderField({
          id: `contact-field-${field.id}`,
          name: field.id,
          label: field.label,
          value: draft.customFields[field.id] ?? '',
          required: field.required,
          error: errors[`contact-field-${field.id}`],
          messages: view.core,
          onInput: (value) => set({ customFields: { [field.id]: value } }),
        }),
      )}
    </form>
  `;
}
