// Serves a built folder (Storybook, the demo) on a free local port.
import { preview, type PreviewServer } from 'vite';

export async function serveFolder(folder: string): Promise<{ url: string; close: () => Promise<void> }> {
  const server: PreviewServer = await preview({
    configFile: false,
    // Serves `folder` as the build output; the root stays the repo, so Vite does not warn that the
    // output could overwrite sources.
    build: { outDir: folder },

    preview: { port: 0, host: '127.0.0.1' },
    logLevel: 'warn',
  });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error(`Could not serve ${folder}.`);
  return { url, close: () => server.close() };
}
