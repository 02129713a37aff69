// Writes src/validation/generated/*.ts from the zod schemas.
import { writeFileSync } from 'node:fs';
import { generateValidators } from '../src/validation/generate.js';

for (const [file, source] of Object.entries(generateValidators())) {
  const target = new URL(`../src/validation/generated/${file}.ts`, import.meta.url);
  writeFileSync(target, source);
  console.log(`wrote ${target.pathname}`);
}
