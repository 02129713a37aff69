// `pnpm test:bench`: the browser benchmarks (packages/*/test/**/*.bench.test.ts), one engine after the
// other, so each measures with the machine to itself. Each benchmark logs its median ("[bench] …") and
// fails above its ceiling; this exits non-zero if any run fails.
import { spawnSync } from 'node:child_process';

const engines = (process.env.CIVIC_BROWSERS ?? 'chromium,firefox,webkit').split(',');
let failed = false;
for (const engine of engines) {
  const run = spawnSync('pnpm', ['exec', 'wtr'], {
    stdio: 'inherit',
    env: { ...process.env, CIVIC_BROWSERS: engine, CIVIC_TEST_FILES: 'packages/*/test/**/*.bench.test.ts' },
  });
  if (run.status !== 0) failed = true;
}
process.exit(failed ? 1 : 0);
