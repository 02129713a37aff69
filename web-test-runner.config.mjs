// Browser tests of every package, in Chromium, Firefox ESR and WebKitGTK (Debian builds).
// `pnpm test:browsers`; CIVIC_BROWSERS=chromium,firefox,webkit and CIVIC_TEST_FILES narrow a run.
import { createRequire } from 'node:module';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { keyChordPlugin } from './scripts/wtr/key-chord-plugin.mjs';
import { assertInstalled, launchersFor, selectedEngines } from './scripts/wtr/browsers.mjs';

const require = createRequire(import.meta.url);
const mswWorker = require.resolve('msw/mockServiceWorker.js');
const rootDir = fileURLToPath(new URL('.', import.meta.url));

// Browsers start in a zone west of UTC so tests prove that dates render in the city's zone
// (Europe/Berlin by default), not the browser's. Launched browsers inherit this variable.
process.env.TZ = 'America/New_York';

const engines = selectedEngines();
assertInstalled(engines);

export default {
  rootDir,
  // Benchmarks run in their own pass (`pnpm test:bench`), one engine at a time: timings taken while
  // three browsers share two cores say more about the machine than about the widget.
  files: process.env.CIVIC_TEST_FILES ?? ['packages/*/test/**/*.test.ts', '!packages/*/test/**/*.bench.test.ts'],
  nodeResolve: { exportConditions: ['browser', 'development'] },
  plugins: [
    keyChordPlugin(),
    esbuildPlugin({ ts: true, tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url)) }),
  ],
  // MSW's service worker must be served from the root scope.
  middleware: [
    function serveMswWorker(context, next) {
      if (context.path === '/mockServiceWorker.js') {
        context.url = `/${relative(rootDir, mswWorker)}`;
      }
      return next();
    },
  ],
  browsers: launchersFor(engines),
  concurrency: 1,
  concurrentBrowsers: 3,
  browserStartTimeout: 60_000,
  testsStartTimeout: 60_000,
  testsFinishTimeout: 180_000,
  testFramework: { config: { timeout: 10_000 } },
  // Errors, and benchmark results (console.log('[bench] …')).
  filterBrowserLogs: ({ type, args }) =>
    type === 'error' || (type === 'log' && typeof args[0] === 'string' && args[0].startsWith('[bench]')),
};
