import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../../packages/core/test-support/task-preview.js';
import type { TaskPreviewOutcome } from '../../packages/core/test-support/task-preview.js';

const meta: Meta<{ outcome: TaskPreviewOutcome }> = {
  title: 'Core/Loading data (task status)',
  parameters: {
    docs: {
      description: {
        component:
          'How every widget shows data from the API: a busy region while loading, the result or an empty view, and for errors a plain-language message with retry. Changes are announced to screen readers.',
      },
    },
  },
  render: ({ outcome }) => html`<civic-task-preview outcome=${outcome}></civic-task-preview>`,
};
export default meta;
type Story = StoryObj<{ outcome: TaskPreviewOutcome }>;

export const Loading: Story = { args: { outcome: 'pending' } };
export const Loaded: Story = { args: { outcome: 'items' } };
export const Empty: Story = { args: { outcome: 'empty' } };
export const Failed: Story = { args: { outcome: 'error:http' } };
