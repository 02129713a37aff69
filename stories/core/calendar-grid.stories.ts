import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '@civic-widgets/core/calendar-grid.js';
import type { CalendarMarker } from '@civic-widgets/core';

interface Args {
  value?: string;
  month?: string;
  min?: string;
  max?: string;
  today?: string;
  label?: string;
  markers?: Record<string, CalendarMarker[]>;
  isDateDisabled?: (date: string) => boolean;
}

const meta: Meta<Args> = {
  title: 'Core/Calendar grid',
  component: 'civic-calendar-grid',
  args: { month: '2026-11', today: '2026-11-22' },
  render: (args) =>
    html`<civic-calendar-grid
      value=${args.value ?? ''}
      month=${args.month ?? ''}
      min=${args.min ?? ''}
      max=${args.max ?? ''}
      today=${args.today ?? ''}
      label=${args.label ?? ''}
      .markers=${args.markers ?? {}}
      .isDateDisabled=${args.isDateDisabled}
    ></civic-calendar-grid>`,
};
export default meta;
type Story = StoryObj<Args>;

export const Default: Story = {};

export const WithSelection: Story = { args: { value: '2026-11-18' } };

export const WithMarkers: Story = {
  args: {
    label: 'Abholtermine',
    markers: {
      '2026-11-03': [{ label: 'Restmüll', symbol: 'R', color: '#3d4148' }],
      '2026-11-10': [
        { label: 'Papier', symbol: 'P', color: '#0b4f8a' },
        { label: 'Bio', symbol: 'B', color: '#1e6b34' },
      ],
      '2026-11-17': [{ label: 'Restmüll', symbol: 'R', color: '#3d4148' }],
      '2026-11-24': [{ label: 'Gelber Sack', symbol: 'G', color: '#7a5b00' }],
    },
  },
};

export const BookableDaysOnly: Story = {
  name: 'Bookable days only (min, max, disabled days)',
  args: {
    min: '2026-11-23',
    max: '2027-02-26',
    label: 'Freie Tage',
    isDateDisabled: (date: string) => {
      const weekday = new Date(`${date}T12:00:00Z`).getUTCDay();
      return weekday === 0 || weekday === 6 || date.endsWith('5');
    },
  },
};

export const SundayFirst: Story = {
  name: 'Week starting on Sunday (en-US)',
  render: () => html`<civic-calendar-grid lang="en-US" month="2026-11" today="2026-11-22"></civic-calendar-grid>`,
};
