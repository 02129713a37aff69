import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { mswWorker } from '../scripts/vite-msw-worker.js';

// The sample city portal. `pnpm demo` serves it; `pnpm demo:build` writes demo/dist for the e2e tests.
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  plugins: [mswWorker()],
  server: { port: 5173 },
  build: { outDir: 'dist', emptyOutDir: true },
});
