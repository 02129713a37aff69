import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../../packages/core/test-support/config-probe.js';

const meta: Meta = {
  title: 'Core/Configuration problems',
  parameters: {
    docs: {
      description: {
        component:
          'What a widget shows when the webmaster left out or mistyped `api-base` or `time-zone`. It names the attribute and logs one console error.',
      },
    },
  },
};
export default meta;
type Story = StoryObj;

export const MissingApiBase: Story = { render: () => html`<civic-config-probe></civic-config-probe>` };
export const InvalidApiBase: Story = {
  render: () => html`<civic-config-probe api-base="htps//stadt.example"></civic-config-probe>`,
};
export const InvalidTimeZone: Story = {
  render: () => html`<civic-config-probe api-base="/api/v1" time-zone="Europe/Atlantis"></civic-config-probe>`,
};
