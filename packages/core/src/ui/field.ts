import { css, html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import type { CoreMessages } from '../i18n/messages.js';

export interface FieldOptions {
  /** Unique within the element's shadow root; the hint and error get `${id}-hint` and `${id}-error`. */
  id: string;
  name: string;
  label: string;
  value: string;
  messages: CoreMessages;
  type?: 'text' | 'email' | 'tel' | 'number' | 'search' | 'url' | 'date';
  /** HTML autocomplete token, e.g. "given-name", "email", "tel", so browsers can autofill. */
  autocomplete?: string;
  inputmode?: 'text' | 'email' | 'tel' | 'numeric' | 'decimal' | 'search' | 'url';
  required?: boolean;
  hint?: string;
  /** Shown under the label and announced with the field; also sets `aria-invalid`. */
  error?: string;
  onInput?: (value: string, event: InputEvent) => void;
  onChange?: (value: string, event: Event) => void;
}

/**
 * A labelled native input with hint and error wired for screen readers (`aria-describedby`,
 * `aria-invalid`). It renders into the calling element's shadow root, not its own, so the ids resolve
 * and browser autofill sees a plain input. The element must include `fieldStyles`.
 */
export function renderField(options: FieldOptions): TemplateResult {
  const { id, hint, error, messages } = options;
  const describedBy = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ');
  return html`<div class="civic-field ${error ? 'invalid' : ''}" part="field">
    <label for=${id}>
      ${options.label}${options.required ? html` <span class="required">(${messages.field.required})</span>` : nothing}
    </label>
    ${hint ? html`<p class="hint" id="${id}-hint">${hint}</p>` : nothing}
    ${
      error
        ? html`<p class="error" id="${id}-error">
            <span class="sr-only">${messages.field.errorPrefix}</span> ${error}
          </p>`
        : nothing
    }
    <input
      id=${id}
      name=${options.name}
      type=${options.type ?? 'text'}
      autocomplete=${ifDefined(options.autocomplete)}
      inputmode=${ifDefined(options.inputmode)}
      ?required=${options.required ?? false}
      aria-invalid=${error ? 'true' : 'false'}
      aria-describedby=${ifDefined(describedBy || undefined)}
      .value=${live(options.value)}
      @input=${(event: InputEvent) => options.onInput?.((event.target as HTMLInputElement).value, event)}
      @change=${(event: Event) => options.onChange?.((event.target as HTMLInputElement).value, event)}
    />
  </div>`;
}

export const fieldStyles = css`
  .civic-field {
    display: grid;
    gap: calc(var(--_space) / 2);
    margin-block-end: calc(var(--_space) * 2);
  }
  .civic-field label {
    font-weight: 600;
  }
  .civic-field .required {
    font-weight: normal;
    color: var(--_color-text-muted);
  }
  .civic-field .hint {
    margin: 0;
    color: var(--_color-text-muted);
  }
  .civic-field .error {
    margin: 0;
    color: var(--_color-danger);
    font-weight: 600;
  }
  .civic-field .error::before {
    content: '⚠ ';
  }
  .civic-field input {
    font: inherit;
    min-height: 44px;
    inline-size: 100%;
    max-inline-size: 30em;
    padding: calc(var(--_space) * 0.75) var(--_space);
    border: 2px solid var(--_color-border);
    border-radius: var(--_radius);
    background: var(--_color-surface);
    color: var(--_color-text);
  }
  .civic-field.invalid input {
    border-color: var(--_color-danger);
    border-inline-start-width: 0.4em;
  }
`;
