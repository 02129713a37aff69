import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { createMockApi, type ScenarioInput } from '@civic-widgets/mocks';
import { html } from 'lit';
import '../support/fraction-list.js';

/** The mock API answers every story; `parameters.msw` picks a failure scenario per route. */
const withScenario = (scenario?: ScenarioInput): StoryObj => ({
  parameters: { msw: { handlers: createMockApi(scenario ? { scenarios: { listFractions: scenario } } : {}).handlers } },
});

const meta: Meta = {
  title: 'Mocks/API scenarios',
  // Most of these stories answer with errors on purpose.
  tags: ['expected-http-errors'],
  parameters: {
    docs: {
      description: {
        component:
          'Sample data for the fictional Musterstadt, served by MSW. Each story switches one scenario on for the waste fractions route, so every widget state can be seen and tested: slow, server error, rate limited, malformed, empty.',
      },
    },
  },
  render: () => html`<story-fraction-list api-base="/api/v1"></story-fraction-list>`,
};
export default meta;
type Story = StoryObj;

export const Normal: Story = withScenario();
export const Slow: Story = withScenario({ kind: 'slow', delayMs: 60_000 });
export const ServerError: Story = withScenario('server-error');
export const RateLimited: Story = withScenario({ kind: 'rate-limited', retryAfterSeconds: 30 });
export const Malformed: Story = withScenario('malformed');
export const Empty: Story = withScenario('empty');
export const NetworkDown: Story = withScenario('network');
