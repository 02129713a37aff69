import { provide } from '@lit/context';
import { css, html, LitElement, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { defineElement } from '../element/define.js';
import { notifyLangChanged } from '../element/locale-observer.js';
import { themePresets } from '../theme/tokens.js';
import { civicConfigContext, type CivicConfigValue } from './context.js';

/**
 * Sets the API, language, time zone and theme once for every civic widget inside it. It renders
 * nothing of its own (`display: contents`), so it can wrap widgets anywhere in a page.
 *
 * ```html
 * <civic-config api-base="https://stadt.example/api/v1" lang="de" time-zone="Europe/Berlin"
 *               style="--civic-color-primary: #8a1538">
 *   <civic-appointment-picker></civic-appointment-picker>
 * </civic-config>
 * ```
 *
 * @tag civic-config
 * The language is the standard `lang` attribute: widgets inside find it like any `[lang]` ancestor.
 *
 * @slot - The widgets to configure.
 * @cssprop --civic-* Any system token set here applies to every widget inside.
 */
export class CivicConfig extends LitElement {
  static override styles = [
    themePresets,
    css`
      :host {
        display: contents;
      }
    `,
  ];

  static define(tag = 'civic-config', registry?: CustomElementRegistry): void {
    defineElement(tag, this, registry);
  }

  /** Base URL of the city's API for the widgets inside. */
  @property({ attribute: 'api-base' }) apiBase?: string;

  /** IANA time zone of the city; default Europe/Berlin. */
  @property({ attribute: 'time-zone' }) timeZone?: string;

  /** Theme preset: `light` (default), `dark` or `high-contrast`. Single tokens override any preset. */
  @property({ reflect: true }) theme: 'light' | 'dark' | 'high-contrast' = 'light';

  /** A ready client shared by every widget inside (npm users); wins over `api-base`. */
  @property({ attribute: false }) client?: unknown;

  @provide({ context: civicConfigContext })
  protected config: CivicConfigValue = {};

  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'lang'];
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    if (name === 'lang' && old !== value) notifyLangChanged();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('apiBase') || changed.has('timeZone') || changed.has('client')) {
      // A new object, so consumers that subscribed are told.
      this.config = { apiBase: this.apiBase, timeZone: this.timeZone, client: this.client };
    }
  }

  protected override render() {
    return html`<slot></slot>`;
  }
}
