import { css } from 'lit';

export const configProblemStyles = css`
  .civic-config-problem {
    border: 2px solid var(--_color-danger);
    border-left-width: 0.5em;
    border-radius: var(--_radius);
    padding: var(--_space) calc(var(--_space) * 2);
    background: var(--_color-surface);
    color: var(--_color-text);
  }
  .civic-config-problem p {
    margin: 0 0 var(--_space);
  }
  .civic-config-problem .detail {
    margin: 0;
    color: var(--_color-text-muted);
    overflow-wrap: anywhere;
  }
  .civic-config-problem code {
    font-family: inherit;
  }
`;
