import type { CSSResult } from 'lit';

/**
 * Adds `styles` to an element's shadow root after its static styles, for parts that arrive later
 * (a step or view loaded on demand brings its own CSS). Falls back to a <style> element where
 * constructable style sheets are missing.
 */
export function addStyles(root: HTMLElement | DocumentFragment, styles: CSSResult): void {
  const sheet = styles.styleSheet;
  if (root instanceof ShadowRoot && sheet) {
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  } else {
    const element = document.createElement('style');
    element.textContent = styles.cssText;
    root.append(element);
  }
}
