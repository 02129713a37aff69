import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { API_ERROR_KINDS } from '@civic-widgets/core';
import { html } from 'lit';
import '../../packages/core/test-support/parts-preview.js';

interface Args {
  view: 'loading' | 'error' | 'empty';
  kind: string;
  retryAfterSeconds?: number;
}

const meta: Meta<Args> = {
  title: 'Core/Status views',
  args: { view: 'loading', kind: 'network' },
  argTypes: {
    view: { control: 'inline-radio', options: ['loading', 'error', 'empty'] },
    kind: {
      control: 'select',
      options: [...API_ERROR_KINDS, 'unknown'],
    },
  },
  render: ({ view, kind, retryAfterSeconds }) =>
    html`<civic-parts-preview view=${view} .error=${{ kind, retryAfterSeconds }}></civic-parts-preview>`,
};
export default meta;
type Story = StoryObj<Args>;

export const Loading: Story = {};
export const Empty: Story = { args: { view: 'empty' } };
export const NetworkError: Story = { args: { view: 'error', kind: 'network' } };
export const Timeout: Story = { args: { view: 'error', kind: 'timeout' } };
export const ServerError: Story = { args: { view: 'error', kind: 'http' } };
export const NotFound: Story = { args: { view: 'error', kind: 'not-found' } };
export const Conflict: Story = { args: { view: 'error', kind: 'conflict' } };
export const RateLimited: Story = { args: { view: 'error', kind: 'rate-limited', retryAfterSeconds: 30 } };
export const InvalidResponse: Story = { args: { view: 'error', kind: 'invalid-response' } };
export const Aborted: Story = { args: { view: 'error', kind: 'aborted' } };
export const Unknown: Story = { args: { view: 'error', kind: 'unknown' } };
