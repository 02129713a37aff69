// Builds the demo once and serves the build on a free local port, as a city's web server would.
import { fileURLToPath } from 'node:url';
import { build, preview, type PreviewServer } from 'vite';

const CONFIG = fileURLToPath(new URL('../../demo/vite.config.ts', import.meta.url));

export interface DemoServer {
  url: string;
  close: () => Promise<void>;
}

export async function serveDemo(): Promise<DemoServer> {
  await build({ configFile: CONFIG, logLevel: 'warn' });
  const server: PreviewServer = await preview({
    configFile: CONFIG,
    preview: { port: 0, host: '127.0.0.1' },
    logLevel: 'warn',
  });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('The demo preview server did not report a URL.');
  return { url, close: () => server.close() };
}
