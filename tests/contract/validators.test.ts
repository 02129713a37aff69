// The committed generated validators must match the zod schemas (regenerate: pnpm --filter @civic-widgets/api-client generate).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { generateValidators } from '../../packages/api-client/src/validation/generate.js';

describe('generated validators', () => {
  const files = generateValidators();

  it('cover the common problem body and all five services', () => {
    assert.deepEqual(Object.keys(files).sort(), ['appointments', 'common', 'facilities', 'payments', 'video', 'waste']);
  });

  for (const [file, source] of Object.entries(files)) {
    it(`${file}.ts is up to date`, () => {
      const committed = readFileSync(
        new URL(`../../packages/api-client/src/validation/generated/${file}.ts`, import.meta.url),
        'utf8',
      );
      assert.equal(committed, source);
    });
  }
});
