import { expect, fixture, html } from '@open-wc/testing';
import '../src/config/civic-config.js';
import '../test-support/parts-preview.js';
import type { PartsPreview } from '../test-support/parts-preview.js';

/** WCAG 2.1 relative luminance of an sRGB colour given as rgb()/rgba() or #rrggbb. */
function luminance(color: string): number {
  const probe = document.createElement('span');
  probe.style.color = color;
  document.body.append(probe);
  const rgb = getComputedStyle(probe)
    .color.match(/[\d.]+/g)!
    .slice(0, 3)
    .map(Number);
  probe.remove();
  const [r, g, b] = rgb.map((channel) => {
    const c = channel / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function contrast(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

// [foreground token, background token, minimum ratio]: text 4.5:1, borders and focus ring 3:1.
const PAIRS: [string, string, number][] = [
  ['text', 'surface', 4.5],
  ['text', 'surface-alt', 4.5],
  ['text-muted', 'surface', 4.5],
  ['text-muted', 'surface-alt', 4.5],
  ['primary', 'surface', 4.5],
  ['on-primary', 'primary', 4.5],
  ['danger', 'surface', 4.5],
  ['success', 'surface', 4.5],
  ['warning', 'surface', 4.5],
  ['border', 'surface', 3],
  ['focus', 'surface', 3],
];

describe('theme tokens', () => {
  for (const theme of ['light', 'dark', 'high-contrast']) {
    it(`meet WCAG AA contrast in the ${theme} preset`, async () => {
      const config = await fixture(
        html`<civic-config theme=${theme}><civic-parts-preview view="empty"></civic-parts-preview></civic-config>`,
      );
      const preview = config.querySelector<PartsPreview>('civic-parts-preview')!;
      await preview.updateComplete;
      const style = getComputedStyle(preview);
      const token = (name: string) => style.getPropertyValue(`--_color-${name}`).trim();
      for (const [foreground, background, minimum] of PAIRS) {
        const ratio = contrast(token(foreground), token(background));
        expect(ratio, `${theme}: ${foreground} on ${background} is ${ratio.toFixed(2)}:1`).to.be.at.least(minimum);
      }
    });
  }

  it('lets a city override a single token from outside', async () => {
    const config = await fixture(
      html`<civic-config theme="dark" style="--civic-color-primary: rgb(138, 21, 56)">
        <civic-parts-preview view="empty"></civic-parts-preview>
      </civic-config>`,
    );
    const preview = config.querySelector<PartsPreview>('civic-parts-preview')!;
    expect(getComputedStyle(preview).getPropertyValue('--_color-primary').trim()).to.equal('rgb(138, 21, 56)');
    // The rest of the dark preset stays.
    expect(luminance(getComputedStyle(preview).getPropertyValue('--_color-surface').trim())).to.be.below(0.05);
  });
});
