// `pnpm build`: writes each widget's standalone module to packages/<widget>/dist/ and prints its size.
import { fileURLToPath } from 'node:url';
import { buildStandalone } from './standalone.js';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
export const WIDGETS = [
  { pkg: 'appointment-picker', fileName: 'civic-appointment-picker' },
  { pkg: 'waste-calendar', fileName: 'civic-waste-calendar' },
] as const;

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
for (const { pkg, fileName } of WIDGETS) {
  const outdir = `${ROOT}packages/${pkg}/dist`;
  const result = await buildStandalone(`@civic-widgets/${pkg}`, ROOT, { outdir, fileName, write: true });
  console.log(`${fileName}: first render ${kb(result.initialGzip)} gzip, all parts ${kb(result.totalGzip)} gzip`);
  for (const chunk of result.chunks)
    console.log(`  ${chunk.file}  ${kb(chunk.gzip)}${chunk.eager ? '' : ' (on demand)'}`);
}
