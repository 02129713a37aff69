import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { createMockApi, type ScenarioInput } from '@civic-widgets/mocks';
import { html } from 'lit';
import '@civic-widgets/appointment-picker';

const mocks = (scenarios: Record<string, ScenarioInput> = {}) => ({
  msw: { handlers: createMockApi({ now: new Date(), scenarios }).handlers },
});

interface Args {
  service?: string;
  office?: string;
}

const meta: Meta<Args> = {
  title: 'Widgets/Appointment picker',
  component: 'civic-appointment-picker',
  parameters: { ...mocks(), layout: 'padded' },
  render: ({ service, office }) =>
    html`<civic-appointment-picker
      api-base="/api/v1"
      service=${service ?? ''}
      office=${office ?? ''}
    ></civic-appointment-picker>`,
};
export default meta;
type Story = StoryObj<Args>;

/** Step 1: search, popular services, counts. */
export const ChooseService: Story = {};

/** A host page that already knows the service (e.g. the identity card page) preselects it. */
export const PreselectedService: Story = { args: { service: 'personalausweis' } };

export const Loading: Story = { parameters: mocks({ listServices: { kind: 'slow', delayMs: 600_000 } }) };
export const ServerError: Story = {
  tags: ['expected-http-errors'],
  parameters: mocks({ listServices: 'server-error' }),
};
export const RateLimited: Story = {
  tags: ['expected-http-errors'],
  parameters: mocks({ listServices: { kind: 'rate-limited', retryAfterSeconds: 30 } }),
};
export const NoServices: Story = { parameters: mocks({ listServices: 'empty' }) };
export const NotConfigured: Story = { render: () => html`<civic-appointment-picker></civic-appointment-picker>` };
