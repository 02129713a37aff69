import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { createMockApi, type ScenarioInput } from '@civic-widgets/mocks';
import { html } from 'lit';
import { userEvent, waitFor } from 'storybook/test';
import '@civic-widgets/waste-calendar';

const mocks = (scenarios: Record<string, ScenarioInput> = {}) => ({
  msw: { handlers: createMockApi({ now: new Date(), scenarios }).handlers },
});

interface Args {
  street?: string;
  houseNumber?: string;
  view?: 'list' | 'month' | 'year';
  fractions?: string;
  monthsAhead?: number;
}

const meta: Meta<Args> = {
  title: 'Widgets/Waste calendar',
  component: 'civic-waste-calendar',
  parameters: { ...mocks(), layout: 'padded' },
  argTypes: { view: { control: 'inline-radio', options: ['list', 'month', 'year'] } },
  render: ({ street, houseNumber, view, fractions, monthsAhead }) =>
    html`<civic-waste-calendar
      api-base="/api/v1"
      street=${street ?? ''}
      house-number=${houseNumber ?? ''}
      view=${view ?? 'list'}
      fractions=${fractions ?? ''}
      months-ahead=${monthsAhead ?? 12}
    ></civic-waste-calendar>`,
};
export default meta;
type Story = StoryObj<Args>;

/** Start: the street search (a WAI-ARIA combobox; try "strasse" or "holder"). */
export const FindAddress: Story = {};

/** The next collections for a preset address; today and tomorrow stand out. */
export const NextCollections: Story = { args: { street: 'hauptstrasse' } };

/** The month on the calendar grid, one mark per collection (icon, pattern and name, not colour alone). */
export const Month: Story = { args: { street: 'hauptstrasse', view: 'month' } };

/** The year overview, ready to print on A4 (try the print button or the browser's print preview). */
export const Year: Story = { args: { street: 'hauptstrasse', view: 'year' } };

/** Only some waste types, preset by the host page. */
export const FilteredFractions: Story = { args: { street: 'hauptstrasse', fractions: 'paper,glass,packaging' } };

/** A street whose collection days depend on the house number: the widget asks for it. */
export const SplitStreet: Story = { args: { street: 'mullerweg' } };

/** A split street with the house number preset. */
export const SplitStreetWithHouseNumber: Story = {
  args: { street: 'mullerweg', houseNumber: 'mullerweg-2', view: 'month' },
};

export const Loading: Story = {
  args: { street: 'hauptstrasse' },
  parameters: mocks({ getCollections: { kind: 'slow', delayMs: 600_000 } }),
};
export const NoCollections: Story = {
  args: { street: 'hauptstrasse' },
  parameters: mocks({ getCollections: 'empty' }),
};
export const ServerError: Story = {
  tags: ['expected-http-errors'],
  args: { street: 'hauptstrasse' },
  parameters: mocks({ getCollections: 'server-error' }),
};
export const RateLimited: Story = {
  tags: ['expected-http-errors'],
  args: { street: 'hauptstrasse' },
  parameters: mocks({ getCollections: { kind: 'rate-limited', retryAfterSeconds: 30 } }),
};
export const NetworkDown: Story = {
  args: { street: 'hauptstrasse' },
  parameters: mocks({ getCollections: 'network' }),
};
/** The search cannot reach the server: what was typed stays, with a retry. */
export const StreetSearchFails: Story = {
  parameters: mocks({ searchStreets: 'network' }),
  play: async ({ canvasElement }) => {
    const widget = canvasElement.querySelector('civic-waste-calendar');
    // The address step shows once its texts have loaded (on demand).
    const input = await waitFor(() => {
      const street = widget?.shadowRoot?.querySelector<HTMLInputElement>('#street');
      if (!street) throw new Error('the street input is not shown yet');
      return street;
    });
    input.value = 'haupt';
    input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
  },
};
export const NotConfigured: Story = { render: () => html`<civic-waste-calendar></civic-waste-calendar>` };

/**
 * Two addresses this device remembers (the citizen ticked "remember"): each is one click away and can
 * be removed; the play function picks the second. The story stores them before it renders and removes
 * them afterwards, so no other story starts with remembered addresses.
 */
export const SavedAddresses: Story = {
  beforeEach: () => {
    const key = 'civic-waste-calendar:addresses';
    localStorage.setItem(
      key,
      JSON.stringify([
        { streetId: 'hauptstrasse', label: 'Hauptstraße' },
        { streetId: 'mullerweg', houseNumberId: 'mullerweg-2', label: 'Müllerweg 30–79' },
      ]),
    );
    return () => localStorage.removeItem(key);
  },
  play: async ({ canvasElement }) => {
    const root = () => canvasElement.querySelector('civic-waste-calendar')?.shadowRoot;
    const second = await waitFor(
      () => {
        const button = root()?.querySelectorAll<HTMLButtonElement>('[part~="saved-addresses"] button.use')[1];
        if (!button) throw new Error('No remembered addresses yet');
        return button;
      },
      { timeout: 15_000 },
    );
    await userEvent.click(second);
    await waitFor(
      () => {
        if (!root()?.querySelector('[part~="list"]')) throw new Error('The remembered address has no dates yet');
      },
      { timeout: 15_000 },
    );
  },
};
