import { css } from 'lit';

/**
 * The system tokens (`--civic-*`), the public theming API. Each maps to a private `--_*` property with
 * a default, so components read one name and a host page overrides with plain CSS, e.g.
 * `civic-config { --civic-color-primary: #8a1538; }`. The defaults pass WCAG 2.1 AA: text ≥ 4.5:1 on
 * its surface, borders and the focus ring ≥ 3:1.
 *
 * @cssprop [--civic-color-primary=#005a9c] Brand colour: buttons, links, selected days.
 * @cssprop [--civic-color-on-primary=#ffffff] Text on the brand colour.
 * @cssprop [--civic-color-text=#1b1d1f] Body text.
 * @cssprop [--civic-color-text-muted=#4a5058] Secondary text (hints, captions).
 * @cssprop [--civic-color-surface=#ffffff] Background of widgets.
 * @cssprop [--civic-color-surface-alt=#eef1f4] Background of headers, today and hover states.
 * @cssprop [--civic-color-border=#6b7480] Borders of inputs and controls.
 * @cssprop [--civic-color-danger=#b3261e] Errors.
 * @cssprop [--civic-color-success=#1e6b34] Confirmations.
 * @cssprop [--civic-color-warning=#7a4a00] Warnings (e.g. a hold about to expire).
 * @cssprop [--civic-color-focus=#1a56c4] Focus ring.
 * @cssprop [--civic-font-family=system-ui, sans-serif] Font of all text.
 * @cssprop [--civic-font-size=16px] Base size; set in px so a host page's odd `rem` cannot shrink it.
 * @cssprop [--civic-radius=0.375em] Corner radius of controls.
 * @cssprop [--civic-space=0.5em] Base spacing unit.
 * @cssprop [--civic-focus-ring-width=3px] Width of the focus ring.
 */
export const tokens = css`
  :host {
    --_color-primary: var(--civic-color-primary, #005a9c);
    --_color-on-primary: var(--civic-color-on-primary, #ffffff);
    --_color-text: var(--civic-color-text, #1b1d1f);
    --_color-text-muted: var(--civic-color-text-muted, #4a5058);
    --_color-surface: var(--civic-color-surface, #ffffff);
    --_color-surface-alt: var(--civic-color-surface-alt, #eef1f4);
    --_color-border: var(--civic-color-border, #6b7480);
    --_color-danger: var(--civic-color-danger, #b3261e);
    --_color-success: var(--civic-color-success, #1e6b34);
    --_color-warning: var(--civic-color-warning, #7a4a00);
    --_color-focus: var(--civic-color-focus, #1a56c4);
    --_font-family: var(--civic-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif);
    --_font-size: var(--civic-font-size, 16px);
    --_radius: var(--civic-radius, 0.375em);
    --_space: var(--civic-space, 0.5em);
    --_focus-ring-width: var(--civic-focus-ring-width, 3px);
  }
`;

/** Host defaults and helpers every element shares: font, colours, focus ring, motion and forced colours. */
export const baseStyles = css`
  :host {
    display: block;
    box-sizing: border-box;
    font-family: var(--_font-family);
    font-size: var(--_font-size);
    line-height: 1.5;
    color: var(--_color-text);
    -webkit-text-size-adjust: 100%;
    text-size-adjust: 100%;
  }
  :host([hidden]) {
    display: none;
  }
  /* Not "inherit": content slotted into a <details> inherits from the browser's own slot (content-box). */
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  :focus-visible {
    outline: var(--_focus-ring-width) solid var(--_color-focus);
    outline-offset: 2px;
  }
  /* Links take the theme's colour: the browser's default blue fails contrast on dark surfaces. */
  a {
    color: var(--_color-primary);
  }
  .sr-only {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
  }
  button.civic-button {
    font: inherit;
    min-height: 44px;
    padding: calc(var(--_space) * 1) calc(var(--_space) * 2);
    border: 2px solid var(--_color-primary);
    border-radius: var(--_radius);
    background: var(--_color-primary);
    color: var(--_color-on-primary);
    cursor: pointer;
  }
  button.civic-button.secondary {
    background: var(--_color-surface);
    color: var(--_color-primary);
  }
  button.civic-button:disabled {
    cursor: not-allowed;
    opacity: 0.6;
  }
  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      animation-duration: 0.01ms !important;
      animation-iteration-count: 1 !important;
      transition-duration: 0.01ms !important;
      scroll-behavior: auto !important;
    }
  }
  @media (forced-colors: active) {
    :focus-visible {
      outline-color: Highlight;
    }
    button.civic-button {
      border-color: ButtonText;
    }
  }
`;

/** Named presets for `<civic-config theme="…">`; a city can still override any single token. */
export const themePresets = /* @__PURE__ */ css`
  :host([theme='dark']) {
    --civic-color-primary: #8ab4f8;
    --civic-color-on-primary: #0b1220;
    --civic-color-text: #eceff3;
    --civic-color-text-muted: #b8c0ca;
    --civic-color-surface: #15181c;
    --civic-color-surface-alt: #232830;
    --civic-color-border: #8a949f;
    --civic-color-danger: #ffb4ab;
    --civic-color-success: #8fd19e;
    --civic-color-warning: #f2c266;
    --civic-color-focus: #ffd166;
  }
  :host([theme='high-contrast']) {
    --civic-color-primary: #000000;
    --civic-color-on-primary: #ffffff;
    --civic-color-text: #000000;
    --civic-color-text-muted: #000000;
    --civic-color-surface: #ffffff;
    --civic-color-surface-alt: #ffffff;
    --civic-color-border: #000000;
    --civic-color-focus: #c00000;
  }
`;
