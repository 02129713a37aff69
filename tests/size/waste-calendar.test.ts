// Budget of the standalone waste calendar (Lit, the core parts it uses, the waste client and the
// widget, bundled and minified, gzip): the module a page loads ≤ 25 KB, and with the texts the first
// view (the address step) needs in German (the default) still ≤ 25 KB. The views (filter, list, month
// with the core calendar grid, year, print, .ics export) and each language's texts arrive as chunks on
// demand. English needs one more small chunk, the core's English texts (German ones are built in as
// the fallback): measured and held to 26 KB. Everything together is printed and kept under a ceiling.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { buildStandalone, type ChunkSize } from '../../scripts/standalone.js';
import { kb } from '../support/bundle-size.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const BUDGET = 25 * 1024;
const FIRST_VIEW_BUDGET = { de: BUDGET, en: 26 * 1024 };
/** Everything, both languages: a guard against growth, not the budget. */
const ALL_PARTS_CEILING = 40 * 1024;

const containing = (chunks: ChunkSize[], input: string) =>
  chunks.filter((chunk) => chunk.inputs.some((path) => path.endsWith(input)));

describe('standalone <civic-waste-calendar> (minified + gzip)', () => {
  it(`the module ≤ ${kb(BUDGET)}, the address step in German ≤ ${kb(BUDGET)}; the views on demand`, async () => {
    const build = await buildStandalone('@civic-widgets/waste-calendar', ROOT, {
      outdir: `${ROOT}packages/waste-calendar/dist`,
      fileName: 'civic-waste-calendar',
      write: false,
    });
    const eager = build.chunks.filter((chunk) => chunk.eager);
    const onDemand = build.chunks.filter((chunk) => !chunk.eager);
    // What the address step needs besides the eager module: its texts (and, in English, the core's).
    const firstView = {
      de: [...eager, ...containing(onDemand, 'waste-calendar/src/i18n/de.ts')],
      en: [
        ...eager,
        ...containing(onDemand, 'waste-calendar/src/i18n/en.ts'),
        ...containing(onDemand, 'core/src/i18n/en.ts'),
      ],
    };
    const sum = (chunks: ChunkSize[]) => chunks.reduce((total, chunk) => total + chunk.gzip, 0);
    console.log(`  the module: ${kb(sum(eager))} in ${eager.length} files`);
    assert.ok(sum(eager) <= BUDGET, `the module is ${kb(sum(eager))}`);
    for (const language of ['de', 'en'] as const) {
      const chunks = firstView[language];
      console.log(`  address step (${language}): ${kb(sum(chunks))} in ${chunks.length} files`);
      assert.equal(new Set(chunks).size, chunks.length, 'a catalog chunk is not shared with the entry');
      assert.ok(chunks.length > eager.length, `the ${language} texts are a chunk of their own`);
      assert.ok(sum(chunks) <= FIRST_VIEW_BUDGET[language], `the address step (${language}) is ${kb(sum(chunks))}`);
    }
    const views = containing(onDemand, 'waste-calendar/src/calendar-views.ts');
    console.log(`  the views: ${kb(sum(views))} in ${views.length} file(s)`);
    console.log(`  all parts: ${kb(build.totalGzip)} in ${build.chunks.length} files`);
    assert.ok(build.totalGzip <= ALL_PARTS_CEILING, `all parts are ${kb(build.totalGzip)}`);

    // The split itself: the views, the grid, the marks, the .ics writer and the texts are not in the first script.
    const eagerInputs = eager.flatMap((chunk) => chunk.inputs);
    const later = [
      'waste-calendar/src/calendar-views.ts',
      'waste-calendar/src/calendar-views.styles.ts',
      'waste-calendar/src/parts/views.ts',
      'waste-calendar/src/parts/fraction-mark.ts',
      'waste-calendar/src/ics.ts',
      'waste-calendar/src/i18n/de.ts',
      'waste-calendar/src/i18n/en.ts',
      'waste-calendar/src/i18n/de-views.ts',
      'waste-calendar/src/i18n/en-views.ts',
      'core/src/calendar-grid/calendar-grid.component.ts',
    ];
    for (const path of later)
      assert.ok(!eagerInputs.some((input) => input.endsWith(path)), `${path} is loaded up front`);
    assert.ok(views.length > 0, 'the views are a chunk loaded on demand');
    assert.ok(
      eagerInputs.some((path) => path.endsWith('core/src/i18n/de.ts')),
      'German core texts come with the entry',
    );
    // What the first script must hold: the element, the address step and the waste client, not zod.
    for (const path of ['waste-calendar/src/parts/address.ts', 'api-client/src/clients/waste.ts', 'lit-html.js'])
      assert.ok(
        eagerInputs.some((input) => input.endsWith(path)),
        `${path} is missing from the first script`,
      );
    assert.deepEqual(
      build.chunks.flatMap((chunk) => chunk.inputs).filter((input) => input.includes('/zod')),
      [],
    );
  });
});
