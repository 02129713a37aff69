import type { Fraction } from '@civic-widgets/api-client/waste';
import { svg, type SVGTemplateResult, html, type TemplateResult } from 'lit';

/**
 * Each fraction is told apart by three things besides its colour: an icon, its name and a pattern.
 * The mark is a 24×24 square in the city's colour for the bin, the pattern over it and the icon on
 * top, both in black or white, whichever contrasts more with the colour.
 */

const ICONS: Record<string, string> = {
  residual: 'M6 5h12v2H6zM10 3h4v2h-4zM7 8h10l-1 12H8z',
  organic: 'M5 19C5 10 11 5 19 5c0 9-5 14-14 14zm2-1 8-8',
  paper: 'M7 3h7l4 4v14H7zM9 10h7v1H9zm0 3h7v1H9zm0 3h7v1H9z',
  packaging: 'M6 9h12l-1 12H7zM9 9V7a3 3 0 0 1 6 0v2h-1.6V7a1.4 1.4 0 0 0-2.8 0v2z',
  glass: 'M10 2h4v5l2 3v11H8V10l2-3z',
  garden: 'M4 21c2-6 3-10 3-15 2 5 3 10 3 15h1c0-6 1-11 4-15 0 5 1 10 0 15h1c1-4 3-7 5-9-1 4-1 6-1 9z',
  'christmas-tree': 'M12 2l5 7h-3l4 6h-5v5h-2v-5H6l4-6H7z',
  hazardous: 'M12 3l10 18H2zm-1 6v6h2V9zm0 8v2h2v-2z',
};
const FALLBACK_ICON = 'M12 5a7 7 0 1 1 0 14 7 7 0 0 1 0-14z';

function lines(count: number, draw: (index: number) => string): string {
  return Array.from({ length: count }, (_, index) => draw(index)).join('');
}

const PATTERNS: Record<Fraction['pattern'], string> = {
  solid: '',
  stripes: lines(6, (i) => `M0 ${i * 4 + 1}h24v1.5H0z`),
  dots: lines(16, (i) => `M${(i % 4) * 6 + 2} ${Math.floor(i / 4) * 6 + 2}h2v2h-2z`),
  grid: lines(4, (i) => `M0 ${i * 6 + 2}h24v1H0zM${i * 6 + 2} 0h1v24h-1z`),
  waves: lines(4, (i) => `M0 ${i * 6 + 3}q3-3 6 0t6 0 6 0 6 0v1.5q-3-3-6 0t-6 0-6 0-6 0z`),
  checks: lines(8, (i) => `M${(i % 4) * 6 + (Math.floor(i / 4) % 2) * 3} ${Math.floor(i / 4) * 12}h3v6h-3z`),
  diagonal: lines(7, (i) => `M${i * 6 - 12} 24l12-24h1.5l-12 24z`),
  cross: lines(5, (i) => `M${i * 6 - 12} 24l12-24h1l-12 24zM${i * 6 - 12} 0l12 24h1l-12-24z`),
};

/** Black or white, whichever reads better on `hex` (WCAG relative luminance). */
export function contrastOn(hex: string): '#000000' | '#ffffff' {
  const channel = (offset: number) => {
    const value = parseInt(hex.slice(offset, offset + 2), 16) / 255;
    return value <= 0.03928 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
  };
  const luminance = 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5);
  return (luminance + 0.05) / 0.05 > 1.05 / (luminance + 0.05) ? '#000000' : '#ffffff';
}

/** The mark's drawing (without the outer <svg>), e.g. for a <symbol>. */
export function markShapes(fraction: Fraction): SVGTemplateResult {
  const ink = contrastOn(fraction.color);
  const pattern = PATTERNS[fraction.pattern];
  return svg`<rect width="24" height="24" rx="3" fill=${fraction.color} stroke=${ink} stroke-opacity="0.5" />
    ${pattern ? svg`<path d=${pattern} fill=${ink} opacity="0.35" />` : ''}
    <path d=${ICONS[fraction.icon] ?? FALLBACK_ICON} fill=${ink} stroke=${fraction.color} stroke-width="1.5"
      paint-order="stroke" fill-rule="evenodd" />`;
}

/** A stand-alone mark (its own <svg>), decorative: the fraction's name is always written beside it. */
export function fractionMark(fraction: Fraction): TemplateResult {
  return html`<svg class="mark" viewBox="0 0 24 24" aria-hidden="true" focusable="false">${markShapes(fraction)}</svg>`;
}

// ── Light marks for the year view ──────────────────────────────────────────────────────────
// A year has ~300 collections; hundreds of SVGs (or <use> copies) cost most of the view's render
// time. There, a mark is one <span> drawn by CSS: icon, pattern and colour as background layers. The per-fraction rules go into a constructed style sheet (colours are validated #rrggbb
// by the contract, ids are [A-Za-z0-9._~-], patterns an enum, icons our own paths). One element per
// mark, no pseudo-element, no mask: the icon is a background image too.

const CSS_PATTERNS: Record<Fraction['pattern'], (ink: string) => string> = {
  solid: () => '',
  stripes: (k) => `repeating-linear-gradient(0deg,${k} 0 1.5px,transparent 1.5px 4px)`,
  dots: (k) => `radial-gradient(${k} 1px,transparent 1.4px) 0 0/4px 4px`,
  grid: (k) =>
    `linear-gradient(${k} 1px,transparent 1px) 0 0/4px 4px,linear-gradient(90deg,${k} 1px,transparent 1px) 0 0/4px 4px`,
  waves: (k) =>
    `linear-gradient(135deg,${k} 25%,transparent 25%) -3px 0/6px 6px,linear-gradient(225deg,${k} 25%,transparent 25%) -3px 0/6px 6px`,
  checks: (k) => `conic-gradient(${k} 25%,transparent 0 50%,${k} 0 75%,transparent 0) 0 0/6px 6px`,
  diagonal: (k) => `repeating-linear-gradient(45deg,${k} 0 1.5px,transparent 1.5px 5px)`,
  cross: (k) =>
    `repeating-linear-gradient(45deg,${k} 0 1px,transparent 1px 5px),repeating-linear-gradient(-45deg,${k} 0 1px,transparent 1px 5px)`,
};

/** The CSS rules that draw each fraction's light mark (`markSpan`). */
export function markRules(fractions: readonly Fraction[]): string {
  return fractions
    .map((fraction) => {
      const ink = contrastOn(fraction.color);
      const veil = ink === '#000000' ? 'rgb(0 0 0/.35)' : 'rgb(255 255 255/.4)';
      const pattern = CSS_PATTERNS[fraction.pattern](veil);
      // The icon as an SVG image in the ink colour, with a halo in the bin colour over the pattern.
      const icon = `url("data:image/svg+xml,${encodeURIComponent(
        `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24"><path fill-rule="evenodd" fill="${ink}" stroke="${fraction.color}" stroke-width="1.5" paint-order="stroke" d="${ICONS[fraction.icon] ?? FALLBACK_ICON}"/></svg>`,
      )}") center/86% no-repeat`;
      return `.m[data-f="${fraction.id}"]{background:${icon},${pattern ? `${pattern},` : ''}${fraction.color}}`;
    })
    .join('');
}

/** A style sheet with `markRules`, for a shadow root's adoptedStyleSheets. */
export function markStyleSheet(fractions: readonly Fraction[]): CSSStyleSheet {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(markRules(fractions));
  return sheet;
}

/** A light mark, itself an image named `label` (where no name is written beside it). */
export function markSpan(fraction: Fraction, label?: string): TemplateResult {
  return label
    ? html`<span class="m" data-f=${fraction.id} role="img" aria-label=${label}></span>`
    : html`<span class="m" data-f=${fraction.id} aria-hidden="true"></span>`;
}
