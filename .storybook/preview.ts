import type { Decorator, Preview } from '@storybook/web-components-vite';
import { html } from 'lit';
import { mswLoader } from 'msw-storybook-addon/csf3';
import { createMockApi } from '@civic-widgets/mocks';
import '@civic-widgets/core/config.js';

/** Every story renders inside <civic-config>, so the toolbar's language and theme reach every widget. */
const withCivicConfig: Decorator = (story, context) => {
  const locale = String(context.globals.locale ?? 'de');
  const theme = String(context.globals.theme ?? 'light');
  const background = theme === 'dark' ? '#15181c' : '#ffffff';
  document.documentElement.lang = locale;
  return html`<div style="padding: 1rem; background: ${background}">
    <civic-config lang=${locale} theme=${theme}> ${story()} </civic-config>
  </div>`;
};

const preview: Preview = {
  decorators: [withCivicConfig],
  loaders: [mswLoader()],
  globalTypes: {
    locale: {
      description: 'Language of the widgets',
      toolbar: {
        title: 'Language',
        icon: 'globe',
        items: [
          { value: 'de', title: 'Deutsch' },
          { value: 'en', title: 'English' },
        ],
        dynamicTitle: true,
      },
    },
    theme: {
      description: 'Theme preset',
      toolbar: {
        title: 'Theme',
        icon: 'paintbrush',
        items: [
          { value: 'light', title: 'Light' },
          { value: 'dark', title: 'Dark' },
          { value: 'high-contrast', title: 'High contrast' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { locale: 'de', theme: 'light' },
  parameters: {
    // Every story talks to the sample city's mock API unless it sets its own handlers.
    msw: { handlers: createMockApi().handlers },
    a11y: { test: 'error' },

    controls: { expanded: true },
  },
};

export default preview;
