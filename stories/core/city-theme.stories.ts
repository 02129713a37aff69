import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '@civic-widgets/core/calendar-grid.js';
import '../../packages/core/test-support/parts-preview.js';
import '../../packages/core/test-support/config-probe.js';

const meta: Meta = {
  title: 'Core/City theme',
  parameters: {
    docs: {
      description: {
        component:
          "A city's own look with CSS custom properties only: no build step, no extra CSS file, nothing but `--civic-*` tokens on an ancestor.",
      },
    },
  },
};
export default meta;
type Story = StoryObj;

const parts = html`
  <civic-calendar-grid
    month="2026-11"
    value="2026-11-18"
    today="2026-11-22"
    .markers=${{ '2026-11-20': [{ label: 'Papier', symbol: 'P' }] }}
  ></civic-calendar-grid>
  <civic-parts-preview view="error" .error=${{ kind: 'timeout' }}></civic-parts-preview>
  <civic-parts-preview view="field" field-value="Erika"></civic-parts-preview>
  <civic-config-probe></civic-config-probe>
`;

/** A burgundy, serif, square-cornered city: as one might see in Heidelberg's colours. */
export const Burgundy: Story = {
  render: () =>
    html`<div
      style="
      --civic-color-primary: #8a1538;
      --civic-color-on-primary: #fff8f0;
      --civic-color-surface-alt: #f7ede6;
      --civic-color-focus: #5a3e00;
      --civic-font-family: Georgia, 'Times New Roman', serif;
      --civic-radius: 0;
      --civic-calendar-grid-cell-size: 3em;
      display: grid; gap: 1.5rem; max-width: 40rem;"
    >
      ${parts}
    </div>`,
};

export const Default: Story = {
  render: () => html`<div style="display: grid; gap: 1.5rem; max-width: 40rem;">${parts}</div>`,
};
