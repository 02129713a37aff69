// Takes a full-page screenshot of a URL in Debian's Chromium, for looking at a page as a person would.
// Usage: node scripts/screenshot.mjs <url> <out.png> [width=900] [height=700] [--print]
import { chromium } from 'playwright-core';
import { CHROMIUM_FLAGS } from './chromium-flags.mjs';

const args = process.argv.slice(2);
const print = args.includes('--print');
const [url, out, width = '900', height = '700'] = args.filter((arg) => arg !== '--print');
if (!url || !out) {
  console.error('Usage: node scripts/screenshot.mjs <url> <out.png> [width] [height] [--print]');
  process.exit(2);
}
const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  args: CHROMIUM_FLAGS,
});
try {
  const page = await browser.newPage({ viewport: { width: Number(width), height: Number(height) } });
  page.on('console', (message) => message.type() === 'error' && console.log(`console error: ${message.text()}`));
  page.on('pageerror', (error) => console.log(`page error: ${error.message}`));
  if (print) await page.emulateMedia({ media: 'print' });
  await page.goto(url, { waitUntil: 'networkidle' });
  await page.waitForTimeout(500);
  await page.screenshot({ path: out, fullPage: true });
} finally {
  await browser.close();
}
