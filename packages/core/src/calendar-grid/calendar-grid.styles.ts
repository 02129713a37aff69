import { css } from 'lit';

export const calendarGridStyles = css`
  :host {
    --_cell-size: var(--civic-calendar-grid-cell-size, 2.75em);
    --_marker-size: var(--civic-calendar-grid-marker-size, 1.1em);
    display: block;
    max-inline-size: 100%;
  }
  /* Seven cells wide where there is room; narrower screens (320 px) shrink the cells instead. */
  .calendar {
    max-inline-size: calc(var(--_cell-size) * 7);
  }
  .header {
    display: flex;
    align-items: center;
    justify-content: space-between;
    gap: var(--_space);
    margin-block-end: var(--_space);
  }
  .heading {
    margin: 0;
    font-size: 1.125em;
    font-weight: 700;
    text-align: center;
    flex: 1;
  }
  .nav {
    font: inherit;
    min-inline-size: 44px;
    min-block-size: 44px;
    border: 2px solid var(--_color-border);
    border-radius: var(--_radius);
    background: var(--_color-surface);
    color: var(--_color-primary);
    cursor: pointer;
  }
  .nav[aria-disabled='true'] {
    cursor: not-allowed;
    color: var(--_color-text-muted);
    border-style: dashed;
  }
  table {
    border-collapse: collapse;
    table-layout: fixed;
    inline-size: 100%;
  }
  th {
    font-size: 0.875em;
    font-weight: 600;
    color: var(--_color-text-muted);
    padding-block-end: calc(var(--_space) / 2);
  }
  td {
    padding: 2px;
    text-align: center;
    vertical-align: top;
  }
  td[tabindex] {
    block-size: var(--_cell-size);
    border: 2px solid transparent;
    border-radius: var(--_radius);
    cursor: pointer;
    position: relative;
  }
  td[tabindex]:hover {
    border-color: var(--_color-border);
  }
  td[tabindex]:focus-visible {
    outline: var(--_focus-ring-width) solid var(--_color-focus);
    outline-offset: -1px;
  }
  td[aria-current='date'] .day {
    text-decoration: underline;
    text-decoration-thickness: 2px;
    text-underline-offset: 3px;
    font-weight: 700;
  }
  td[aria-current='date'] {
    background: var(--_color-surface-alt);
  }
  td[aria-selected='true'] {
    background: var(--_color-primary);
    color: var(--_color-on-primary);
    font-weight: 700;
  }
  td[aria-disabled='true'] {
    color: var(--_color-text-muted);
    cursor: not-allowed;
  }
  td[aria-disabled='true'] .day {
    text-decoration: line-through;
    text-decoration-thickness: 1px;
  }
  .markers {
    display: flex;
    justify-content: center;
    flex-wrap: wrap;
    gap: 1px;
    min-block-size: var(--_marker-size);
  }
  .marker {
    display: inline-grid;
    place-items: center;
    inline-size: var(--_marker-size);
    block-size: var(--_marker-size);
    font-size: 0.75em;
    font-weight: 700;
    line-height: 1;
    border-radius: 2px;
    background: var(--_marker-color, var(--_color-primary));
    color: var(--_marker-text, var(--_color-on-primary));
  }
  td[aria-selected='true'] .marker {
    outline: 1px solid var(--_color-on-primary);
  }
  @media (forced-colors: active) {
    td[aria-selected='true'] {
      background: Highlight;
      color: HighlightText;
      forced-color-adjust: none;
    }
    td[aria-current='date'] {
      border-color: CanvasText;
    }
    .marker {
      border: 1px solid CanvasText;
    }
  }
`;
