// The standalone build of a widget: one ES module a webmaster can host and load with one script tag,
// with Lit, the API client and the widget bundled and minified. Parts that a widget imports with
// `import()` become chunks beside it, loaded only when needed (by relative URL, so any host works).
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build, type Metafile } from 'esbuild';

export interface ChunkSize {
  file: string;
  minified: number;
  gzip: number;
  /** Loaded with the entry (static import) or on demand (dynamic import). */
  eager: boolean;
  inputs: string[];
}

export interface StandaloneBuild {
  chunks: ChunkSize[];
  /** What the page loads before the widget renders: the entry and its static imports. */
  initialGzip: number;
  /** Everything, including on-demand parts. */
  totalGzip: number;
}

/** Builds `entry` (a module specifier, e.g. "@civic-widgets/appointment-picker") into `outdir`. */
export async function buildStandalone(
  entry: string,
  resolveDir: string,
  { outdir, fileName, write }: { outdir: string; fileName: string; write: boolean },
): Promise<StandaloneBuild> {
  const result = await build({
    stdin: { contents: `import '${entry}';`, resolveDir, loader: 'ts', sourcefile: `${fileName}.ts` },
    bundle: true,
    splitting: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    outdir,
    entryNames: fileName,
    chunkNames: `${fileName}-[hash]`,
    write: false,
    treeShaking: true,
    legalComments: 'none',
    conditions: ['browser', 'production'],
    metafile: true,
    absWorkingDir: resolveDir,
  });
  if (write) {
    await rm(outdir, { recursive: true, force: true });
    for (const file of result.outputFiles) {
      await mkdir(dirname(file.path), { recursive: true });
      await writeFile(file.path, file.contents);
    }
  }
  const eagerFiles = staticClosure(result.metafile);
  const chunks = result.outputFiles.map((file) => {
    const path =
      Object.keys(result.metafile.outputs).find((output) => resolve(resolveDir, output) === file.path) ?? file.path;
    return {
      file: path,
      minified: file.contents.byteLength,
      gzip: gzipSync(file.contents, { level: 9 }).byteLength,
      eager: eagerFiles.has(path),
      inputs: Object.keys(result.metafile.outputs[path]?.inputs ?? {}),
    };
  });
  const sum = (list: ChunkSize[]) => list.reduce((total, chunk) => total + chunk.gzip, 0);
  return { chunks, initialGzip: sum(chunks.filter((chunk) => chunk.eager)), totalGzip: sum(chunks) };
}

/** The entry output and every chunk it imports statically, transitively. */
function staticClosure(metafile: Metafile): Set<string> {
  const outputs = metafile.outputs;
  const entry = Object.keys(outputs).find((path) => outputs[path]?.entryPoint);
  const seen = new Set<string>();
  const visit = (path: string | undefined) => {
    if (!path || seen.has(path)) return;
    seen.add(path);
    for (const imported of outputs[path]?.imports ?? []) if (imported.kind === 'import-statement') visit(imported.path);
  };
  visit(entry);
  return seen;
}
