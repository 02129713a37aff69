import { css } from 'lit';

export const pickerStyles = css`
  :host {
    --_gap: var(--civic-appointment-picker-gap, calc(var(--_space) * 2));
    max-inline-size: 48em;
  }
  .picker {
    display: grid;
    gap: var(--_gap);
  }
  /* Grid items may shrink below their content's width: nothing pushes the step past 320 px. */
  .picker > * {
    min-inline-size: 0;
  }
  .progress {
    margin: 0;
    color: var(--_color-text-muted);
  }
  .step-heading {
    margin: 0;
    font-size: 1.375em;
  }
  .list-heading {
    margin: var(--_space) 0 0;
    font-size: 1.0625em;
  }
  ul.services,
  ul.slots,
  .day-list ul {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: var(--_space);
  }
  .service {
    display: flex;
    gap: var(--_space);
    justify-content: space-between;
    align-items: start;
    padding: var(--_space) calc(var(--_space) * 1.5);
    border: 2px solid var(--_color-border);
    border-radius: var(--_radius);
  }
  .service.selected {
    border-color: var(--_color-primary);
    border-inline-start-width: 0.4em;
  }
  .service-text {
    display: grid;
    gap: calc(var(--_space) / 2);
    min-inline-size: 0;
  }
  .service-name {
    font-weight: 600;
    overflow-wrap: anywhere;
    hyphens: auto;
  }
  .service-meta,
  .hint,
  .address,
  .features {
    color: var(--_color-text-muted);
  }
  select,
  input[type='radio'] {
    font: inherit;
    accent-color: var(--_color-primary);
  }
  select {
    min-block-size: 44px;
    min-inline-size: 4em;
    border: 2px solid var(--_color-border);
    border-radius: var(--_radius);
    background: var(--_color-surface);
    color: var(--_color-text);
  }
  fieldset {
    border: 0;
    margin: 0;
    padding: 0;
    display: grid;
    gap: var(--_space);
  }
  legend {
    font-weight: 600;
    margin-block-end: var(--_space);
  }
  .choice {
    display: flex;
    gap: var(--_space);
    align-items: start;
    padding: var(--_space) calc(var(--_space) * 1.5);
    border: 2px solid var(--_color-border);
    border-radius: var(--_radius);
    cursor: pointer;
  }
  .choice input {
    inline-size: 1.25em;
    block-size: 1.25em;
    margin-block-start: 0.15em;
    flex: none;
  }
  .choice > span {
    display: grid;
    gap: calc(var(--_space) / 2);
  }
  .choice:has(input:checked) {
    border-color: var(--_color-primary);
    background: var(--_color-surface-alt);
  }
  .nav {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
    justify-content: space-between;
  }
  .form-error {
    color: var(--_color-danger);
    font-weight: 600;
  }
  @media (forced-colors: active) {
    .choice:has(input:checked),
    .service.selected {
      border-color: Highlight;
    }
  }
`;
