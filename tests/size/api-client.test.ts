// Budget: what a widget imports for its service (transport, errors, that service's schemas and
// client), minified + gzip. The appointment client must stay ≤ 8 KB. Sizes are printed for the note.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { bundleSize, kb } from '../support/bundle-size.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const BUDGETS: Record<string, number> = {
  appointments: 8 * 1024,
  waste: 8 * 1024,
  facilities: 8 * 1024,
  payments: 8 * 1024,
  video: 8 * 1024,
};

describe('api-client size per service (minified + gzip)', () => {
  for (const [service, budget] of Object.entries(BUDGETS)) {
    it(`${service} ≤ ${kb(budget)}`, async () => {
      // What a widget imports: the service's client factory and the error class (types are erased).
      const factory = `create${service[0]!.toUpperCase()}${service.slice(1)}Client`;
      const size = await bundleSize(
        `export { ${factory}, CivicApiError } from '@civic-widgets/api-client/${service}';`,
        ROOT,
      );

      console.log(`  ${service}: ${kb(size.minified)} minified, ${kb(size.gzip)} gzip`);
      assert.ok(size.gzip <= budget, `${service} is ${kb(size.gzip)} gzip, budget ${kb(budget)}`);
      // Answers are checked by the generated validators: zod (about 7 KB gzip) stays out of widgets.
      assert.deepEqual(
        size.inputs.filter((input) => input.includes('node_modules/zod') || input.includes('/zod@')),
        [],
      );
    });
  }

  it('search folding alone ≤ 0.5 KB, without any service', async () => {
    // The picker and the waste calendar filter lists with it; it must not bring a client along.
    const size = await bundleSize(`export { foldForSearch } from '@civic-widgets/api-client/search';`, ROOT);
    console.log(`  search: ${kb(size.minified)} minified, ${kb(size.gzip)} gzip`);
    assert.ok(size.gzip <= 512, `search is ${size.gzip} B gzip`);
    assert.deepEqual(
      size.inputs.filter((input) => input !== '<stdin>' && !/(search\/fold|entries\/search)\.ts$/.test(input)),
      [],
    );
  });

  it('the whole client (all five services) for comparison', async () => {
    const size = await bundleSize(`export * from '@civic-widgets/api-client';`, ROOT);
    console.log(`  all services: ${kb(size.minified)} minified, ${kb(size.gzip)} gzip`);
    assert.ok(size.gzip > 0);
  });
});
