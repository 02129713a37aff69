import { CivicConfig } from './civic-config.component.js';

export { CivicConfig };

CivicConfig.define('civic-config');

declare global {
  interface HTMLElementTagNameMap {
    'civic-config': CivicConfig;
  }
}
