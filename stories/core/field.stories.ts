import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../../packages/core/test-support/parts-preview.js';

interface Args {
  fieldValue: string;
  fieldError?: string;
}

const meta: Meta<Args> = {
  title: 'Core/Form field',
  args: { fieldValue: '' },
  render: ({ fieldValue, fieldError }) =>
    html`<civic-parts-preview
      view="field"
      field-value=${fieldValue}
      field-error=${fieldError ?? ''}
    ></civic-parts-preview>`,
};
export default meta;
type Story = StoryObj<Args>;

export const Empty: Story = {};
export const Filled: Story = { args: { fieldValue: 'erika.mustermann@example.org' } };
export const WithError: Story = {
  args: { fieldValue: 'erika.mustermann@', fieldError: 'Bitte geben Sie eine vollständige E-Mail-Adresse an.' },
};
