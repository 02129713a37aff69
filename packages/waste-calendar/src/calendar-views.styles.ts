import { css } from 'lit';

/** Styles of the views, the filter and the export; they arrive with the views' module (calendar-views.ts). */
export const viewsStyles = css`
  .calendar {
    display: grid;
    gap: var(--_gap);
    min-inline-size: 0;
  }
  .view-heading {
    font-size: 1.2em;
    font-weight: 700;
  }
  .details-heading {
    font-weight: 700;
    margin-block: var(--_space);
  }
  .scroll-hint {
    color: var(--_color-text-muted);
    margin: 0;
  }
  .mark {
    inline-size: var(--_mark-size);
    block-size: var(--_mark-size);
    flex: none;
    vertical-align: middle;
    print-color-adjust: exact;
    -webkit-print-color-adjust: exact;
  }
  .grid-mark {
    display: block;
  }

  .feed input,
  .time input {
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
  .time input {
    inline-size: auto;
  }
  .reminder .check {
    display: grid;
    grid-template-columns: auto 1fr;
    gap: calc(var(--_space) / 2) var(--_space);
    align-items: center;
  }
  /* Filter and view switch */
  fieldset {
    margin: 0;
    padding: var(--_space) calc(var(--_space) * 1.5) calc(var(--_space) * 1.5);
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius);
    min-inline-size: 0;
  }
  legend {
    font-weight: 600;
    padding-inline: calc(var(--_space) / 2);
  }
  .fractions {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(11em, 1fr));
    gap: var(--_space);
  }
  .fractions li,
  .view-option {
    display: flex;
    align-items: center;
    gap: var(--_space);
  }
  .fractions label {
    display: inline-flex;
    align-items: center;
    gap: calc(var(--_space) / 1.5);
  }
  .views {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space) calc(var(--_space) * 2.5);
  }
  .views legend {
    margin-block-end: var(--_space);
  }

  /* List view */
  .days,
  .entries,
  .legend,
  .shifts {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .days {
    display: grid;
    gap: var(--_space);
    margin-block-start: var(--_space);
  }
  .day {
    padding: var(--_space) calc(var(--_space) * 1.5);
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius);
  }
  .day.soon {
    background: var(--_soon-background);
    border-inline-start: 0.5em solid var(--_color-primary);
  }
  .when {
    margin: 0 0 calc(var(--_space) / 2);
    display: flex;
    flex-wrap: wrap;
    gap: 0 0.4em;
  }
  .soon-names::before {
    content: '– ';
  }
  .entries {
    display: grid;
    gap: calc(var(--_space) / 2);
  }
  .entry {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0 var(--_space);
  }
  .shift {
    color: var(--_color-warning);
    font-style: italic;
    flex-basis: 100%;
    padding-inline-start: calc(var(--_mark-size) + var(--_space));
  }
  .more {
    justify-self: start;
    margin-block-start: var(--_space);
  }
  .view {
    display: grid;
    gap: var(--_space);
    min-inline-size: 0;
  }
  civic-calendar-grid {
    --civic-calendar-grid-marker-size: 1.15em;
  }
  civic-calendar-grid::part(marker) {
    background: transparent;
  }

  /* Year view */
  .year-header {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
    justify-content: space-between;
    align-items: center;
  }
  .year-scroll {
    overflow-x: auto;
    max-inline-size: 100%;
  }
  table.year {
    border-collapse: collapse;
    inline-size: 100%;
    font-size: var(--_year-font-size);
    table-layout: fixed;
    min-inline-size: 76em; /* weekday and three marks per cell */
  }
  .year th,
  .year td {
    border: 1px solid var(--_color-border);
    padding: 1px 2px;
    block-size: 1.6em;
    text-align: start;
    vertical-align: middle;
    white-space: nowrap;
    overflow: hidden;
  }
  .year thead th {
    text-align: center;
    background: var(--_color-surface-alt);
  }
  .year .day-col {
    inline-size: 2.2em;
  }
  .year tbody th {
    text-align: center;
    background: var(--_color-surface-alt);
  }
  .year td.weekend {
    background: var(--_color-surface-alt);
  }
  .year td.void {
    background: repeating-linear-gradient(45deg, transparent 0 4px, var(--_color-border) 4px 5px);
  }
  .year td.today {
    outline: 2px solid var(--_color-primary);
    outline-offset: -2px;
  }
  .year td {
    color: var(--_color-text-muted);
  }
  .m {
    display: inline-block;
    inline-size: 1.35em;
    block-size: 1.35em;
    margin-inline-end: 1px;
    vertical-align: middle;
    border-radius: 3px;
    box-shadow: inset 0 0 0 1px rgb(0 0 0 / 0.3);
    print-color-adjust: exact;
    -webkit-print-color-adjust: exact;
    forced-color-adjust: none;
  }
  .legend .m {
    inline-size: var(--_mark-size);
    block-size: var(--_mark-size);
  }
  .moved {
    font-weight: 700;
  }
  .legend {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space) calc(var(--_space) * 2);
  }
  .legend li {
    display: flex;
    align-items: center;
    gap: calc(var(--_space) / 2);
  }
  .shifts li::before {
    content: '* ';
  }

  /* Export */
  .export {
    display: grid;
    gap: var(--_space);
    padding-block-start: var(--_gap);
    border-block-start: 1px solid var(--_color-border);
  }
  .reminder {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space) calc(var(--_space) * 2);
    align-items: center;
  }
  .reminder .time {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space);
  }
  .export-actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
  }
  a.subscribe {
    display: inline-flex;
    align-items: center;
    min-block-size: 44px;
    padding: 0 calc(var(--_space) * 2);
    border: 2px solid var(--_color-primary);
    border-radius: var(--_radius);
    background: var(--_color-surface);
    color: var(--_color-primary);
    font-weight: 600;
  }
  .feed input {
    max-inline-size: 100%;
  }

  @media (forced-colors: active) {
    .day.soon {
      border-inline-start-color: CanvasText;
    }
    .mark {
      forced-color-adjust: none;
    }
    a.subscribe {
      border-color: LinkText;
      color: LinkText;
    }
  }

  /* Print: the year overview on one A4 page, without controls. */
  @media print {
    :host {
      max-inline-size: none;
      --_year-font-size: 7.5pt;
    }
    .address,
    .filter,
    .views,
    .export,
    .print,
    .scroll-hint,
    [role='status'],
    [role='alert'] {
      display: none !important;
    }
    .waste,
    .calendar {
      gap: 2mm;
    }
    .title {
      font-size: 14pt;
    }
    .section-heading,
    .view-heading {
      font-size: 11pt;
    }
    .year-scroll {
      overflow: visible;
    }
    table.year {
      min-inline-size: 0;
    }
    .year th,
    .year td {
      block-size: 6.3mm;
      padding: 0 1px;
    }
    .year .m {
      inline-size: 3.6mm;
      block-size: 3.6mm;
    }
    .year thead th,
    .year tbody th,
    .year td.weekend {
      print-color-adjust: exact;
      -webkit-print-color-adjust: exact;
    }
    .legend,
    .shifts {
      font-size: 8pt;
    }
  }
`;
