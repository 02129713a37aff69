// Minified + gzip size of what an import pulls in, bundled the way a widget build would.
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

export interface BundleSize {
  minified: number;
  gzip: number;
  /** Source files that ended up in the bundle. */
  inputs: string[];
}

/** Bundles `source` (module code with imports) for browsers and measures it. */
export async function bundleSize(source: string, resolveDir: string): Promise<BundleSize> {
  const result = await build({
    stdin: { contents: source, resolveDir, loader: 'ts' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    write: false,
    treeShaking: true,
    legalComments: 'none',
    conditions: ['browser', 'production'],
    metafile: true,
  });
  const code = result.outputFiles[0]?.contents ?? new Uint8Array();
  const inputs = Object.values(result.metafile.outputs).flatMap((output) => Object.keys(output.inputs));
  return { minified: code.byteLength, gzip: gzipSync(code, { level: 9 }).byteLength, inputs };
}

export const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
