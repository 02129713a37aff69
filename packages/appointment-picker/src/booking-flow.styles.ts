import { css } from 'lit';

/** Styles of the booking flow's views; they arrive with the flow's module (see booking-flow.ts). */
export const flowStyles = css`
  ul.slots {
    grid-template-columns: repeat(auto-fill, minmax(7em, 1fr));
  }
  button.slot,
  button.link {
    font: inherit;
    min-block-size: 44px;
    inline-size: 100%;
    border: 2px solid var(--_color-primary);
    border-radius: var(--_radius);
    background: var(--_color-surface);
    color: var(--_color-primary);
    cursor: pointer;
  }
  .day-list ul {
    grid-template-columns: minmax(0, 1fr);
  }
  button.link {
    overflow-wrap: anywhere;
    border: 0;
    text-align: start;
    text-decoration: underline;
  }
  dl.summary {
    display: grid;
    gap: calc(var(--_space) / 2);
    margin: 0;
  }
  dl.summary dt {
    font-weight: 600;
  }
  dl.summary dd {
    margin: 0 0 var(--_space);
    overflow-wrap: anywhere;
  }
  .notice {
    padding: var(--_space) calc(var(--_space) * 1.5);
    border-radius: var(--_radius);
    background: var(--_color-surface-alt);
  }
`;
