// Which engines the browser tests run in, where their Debian binaries live, and how to launch them.
// Nothing here downloads a browser: a missing one stops the run at once with the install command.
import { existsSync } from 'node:fs';
import { chromeLauncher } from '@web/test-runner-chrome';
import { CHROMIUM_FLAGS } from '../chromium-flags.mjs';
import { puppeteerLauncher } from '@web/test-runner-puppeteer';
import { WebKitGtkLauncher } from './webkitgtk-launcher.mjs';

const APT = 'apt-get update && apt-get install -y';

export const ENGINES = {
  chromium: {
    binary: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    install: `${APT} chromium`,
    launcher: (binary) =>
      chromeLauncher({
        launchOptions: {
          executablePath: binary,
          headless: true,
          args: [...CHROMIUM_FLAGS, '--headless=new'],
        },
      }),
  },
  firefox: {
    binary: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr',
    install: `${APT} firefox-esr`,
    launcher: (binary) =>
      puppeteerLauncher({
        launchOptions: { browser: 'firefox', executablePath: binary, headless: true },
      }),
  },
  webkit: {
    binary: process.env.WEBKIT_MINIBROWSER_PATH ?? '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
    extraBinaries: ['/usr/bin/WebKitWebDriver', '/usr/bin/xvfb-run'],
    install: `${APT} webkit2gtk-driver xvfb xauth`,
    launcher: (binary) => new WebKitGtkLauncher(binary),
  },
};

/** Engines named in CIVIC_BROWSERS (comma-separated), default all three. */
export function selectedEngines() {
  const wanted = (process.env.CIVIC_BROWSERS ?? 'chromium,firefox,webkit')
    .split(',')
    .map((name) => name.trim())
    .filter(Boolean);
  for (const name of wanted) {
    if (!(name in ENGINES)) {
      fail(`Unknown browser "${name}" in CIVIC_BROWSERS. Known: ${Object.keys(ENGINES).join(', ')}.`);
    }
  }
  return wanted;
}

/** Exits with a clear message (never a hang) when an engine's binaries are not installed. */
export function assertInstalled(names) {
  for (const name of names) {
    const engine = ENGINES[name];
    const missing = [engine.binary, ...(engine.extraBinaries ?? [])].filter((path) => !existsSync(path));
    if (missing.length > 0) {
      fail(
        `The ${name} tests need ${missing.join(' and ')}, which is not installed.\n` +
          `Install it with:  ${engine.install}\n` +
          `(or run only some engines: CIVIC_BROWSERS=chromium pnpm test:browsers)`,
      );
    }
  }
}

export function launchersFor(names) {
  return names.map((name) => ENGINES[name].launcher(ENGINES[name].binary));
}

function fail(message) {
  console.error(`\n✖ ${message}\n`);
  process.exit(1);
}
