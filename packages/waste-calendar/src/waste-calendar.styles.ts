import { css } from 'lit';

/** Styles of the frame and the address step; the views bring theirs (calendar-views.styles.ts). */
export const wasteCalendarStyles = css`
  :host {
    --_gap: var(--civic-waste-calendar-gap, calc(var(--_space) * 2));
    --_mark-size: var(--civic-waste-calendar-mark-size, 1.5em);
    --_soon-background: var(--civic-waste-calendar-soon-background, var(--_color-surface-alt));
    --_year-font-size: var(--civic-waste-calendar-year-font-size, 0.75em);
    max-inline-size: 60em;
  }
  .waste,
  .address {
    display: grid;
    gap: var(--_gap);
    min-inline-size: 0;
  }
  .title {
    font-size: 1.5em;
    font-weight: 700;
  }
  .section-heading {
    font-size: 1.2em;
    font-weight: 700;
  }
  .hint,
  .status-line,
  .district {
    color: var(--_color-text-muted);
    margin: 0;
  }
  .status-line:empty {
    display: none;
  }
  /* Combobox */
  .combobox-wrap {
    position: relative;
  }
  .combobox input,
  select {
    box-sizing: border-box;
    inline-size: 100%;
    max-inline-size: 30em;
    min-block-size: 2.75em;
    padding: var(--_space);
    font: inherit;
    color: inherit;
    background: var(--_color-surface);
    border: 2px solid var(--_color-border);
    border-radius: var(--_radius);
  }
  [role='listbox'] {
    position: absolute;
    z-index: 2;
    inset-inline-start: 0;
    box-sizing: border-box;
    inline-size: 100%;
    max-inline-size: 30em;
    max-block-size: 16em;
    overflow-y: auto;
    margin: 2px 0 0;
    padding: 0;
    list-style: none;
    background: var(--_color-surface);
    border: 2px solid var(--_color-border);
    border-radius: var(--_radius);
    box-shadow: 0 4px 12px rgb(0 0 0 / 0.2);
  }
  [role='listbox'][hidden] {
    display: none;
  }
  [role='option'] {
    padding: var(--_space) calc(var(--_space) * 1.5);
    cursor: pointer;
    overflow-wrap: anywhere;
  }
  [role='option']:hover {
    background: var(--_color-surface-alt);
  }
  [role='option'][aria-selected='true'] {
    background: var(--_color-primary);
    color: var(--_color-on-primary);
    outline: 2px solid var(--_color-focus);
    outline-offset: -2px;
  }
  [role='option'][aria-selected='true'] .district {
    color: inherit;
  }

  /* Saved addresses, remember */
  .saved ul {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: var(--_space);
  }
  .saved li {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
  }
  .saved-title {
    margin: 0 0 var(--_space);
    font-weight: 600;
  }
  .use[aria-pressed='true'] {
    border-inline-start-width: 0.5em;
    font-weight: 700;
  }
  .remember {
    display: grid;
    grid-template-columns: auto 1fr;
    gap: calc(var(--_space) / 2) var(--_space);
    align-items: center;
  }
  .remember .hint {
    grid-column: 2;
  }
  input[type='checkbox'],
  input[type='radio'] {
    inline-size: 1.25em;
    block-size: 1.25em;
    margin: 0;
    accent-color: var(--_color-primary);
  }

  label {
    cursor: pointer;
  }
  @media (forced-colors: active) {
    [role='option'][aria-selected='true'] {
      forced-color-adjust: none;
      background: Highlight;
      color: HighlightText;
    }
  }
`;
