import type { StorybookConfig } from '@storybook/web-components-vite';
import { mswWorker } from '../scripts/vite-msw-worker.js';

const config: StorybookConfig = {
  framework: { name: '@storybook/web-components-vite', options: {} },
  stories: ['../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-a11y'],
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  viteFinal(config) {
    config.plugins = [...(config.plugins ?? []), mswWorker()];
    return config;
  },
};

export default config;
