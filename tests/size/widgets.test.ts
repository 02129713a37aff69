// Budget of the standalone picker (Lit, client and widget bundled and minified, gzip): the module a
// page loads ≤ 25 KB, and with the texts step 1 needs in German (the default) still ≤ 25 KB. Later
// steps and each language's texts arrive as chunks on demand. English needs one more small chunk, the
// core's English texts (German ones are built in as the fallback): measured and held to 26 KB.
// Everything together is printed for the note and kept under a ceiling.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { buildStandalone, type ChunkSize } from '../../scripts/standalone.js';
import { kb } from '../support/bundle-size.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const BUDGET = 25 * 1024;
const FIRST_STEP_BUDGET = { de: BUDGET, en: 26 * 1024 };
/** Everything, every language and manage mode: a guard against growth, not the budget. */
const ALL_PARTS_CEILING = 45 * 1024;

const containing = (chunks: ChunkSize[], input: string) =>
  chunks.filter((chunk) => chunk.inputs.some((path) => path.endsWith(input)));

describe('standalone <civic-appointment-picker> (minified + gzip)', () => {
  it(`the module ≤ ${kb(BUDGET)}, step 1 in German ≤ ${kb(BUDGET)}; the rest on demand`, async () => {
    const build = await buildStandalone('@civic-widgets/appointment-picker', ROOT, {
      outdir: `${ROOT}packages/appointment-picker/dist`,
      fileName: 'civic-appointment-picker',
      write: false,
    });
    const eager = build.chunks.filter((chunk) => chunk.eager);
    const onDemand = build.chunks.filter((chunk) => !chunk.eager);
    // What step 1 needs besides the eager module: its texts (and, in English, the core's English texts).
    const firstStep = {
      de: [...eager, ...containing(onDemand, 'appointment-picker/src/i18n/de.ts')],
      en: [
        ...eager,
        ...containing(onDemand, 'appointment-picker/src/i18n/en.ts'),
        ...containing(onDemand, 'core/src/i18n/en.ts'),
      ],
    };
    const sum = (chunks: ChunkSize[]) => chunks.reduce((total, chunk) => total + chunk.gzip, 0);
    console.log(`  the module: ${kb(sum(eager))} in ${eager.length} files`);
    assert.ok(sum(eager) <= BUDGET, `the module is ${kb(sum(eager))}`);
    for (const language of ['de', 'en'] as const) {
      const chunks = firstStep[language];
      console.log(`  step 1 (${language}): ${kb(sum(chunks))} in ${chunks.length} files`);
      assert.equal(new Set(chunks).size, chunks.length, 'a catalog chunk is not shared with the entry');
      assert.ok(chunks.length > eager.length, `the ${language} texts are a chunk of their own`);
      assert.ok(sum(chunks) <= FIRST_STEP_BUDGET[language], `step 1 (${language}) is ${kb(sum(chunks))}`);
    }
    console.log(`  all parts: ${kb(build.totalGzip)} in ${build.chunks.length} files`);
    assert.ok(build.totalGzip <= ALL_PARTS_CEILING, `all parts are ${kb(build.totalGzip)}`);

    // The split itself: the flow, the calendar and the texts are not in what step 1 loads.
    const eagerInputs = eager.flatMap((chunk) => chunk.inputs);
    for (const later of ['booking-flow.ts', 'calendar-grid.component.ts', 'i18n/de.ts', 'i18n/en.ts', 'de-flow.ts'])
      assert.ok(
        !eagerInputs.some((path) => path.endsWith(`/${later}`) && !path.includes('core/src/i18n/de.ts')),
        `${later} is loaded up front`,
      );
    assert.ok(
      eagerInputs.some((path) => path.endsWith('core/src/i18n/de.ts')),
      'German core texts come with the entry',
    );
  });
});
