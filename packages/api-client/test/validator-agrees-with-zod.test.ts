// The client checks answers with JSON Schemas generated from the zod schemas. This proves the
// generated checks and zod reach the same verdict: on every documented example and on thousands of
// mutations of them (a field removed, retyped, replaced by random JSON, or a string changed).
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { components, schemaDocs } from '../src/contract/index.js';
import { generateValidators } from '../src/validation/generate.js';
import { check, type Defs } from '../src/validation/validate.js';

/** All defs across the generated modules, by evaluating the generated `defs` literal. */
function allDefs(): Defs {
  const defs: Defs = {};
  for (const source of Object.values(generateValidators())) {
    const literal = /const defs: Defs = (.*);\n/.exec(source)?.[1];
    if (literal) Object.assign(defs, JSON.parse(literal) as Defs);
  }
  return defs;
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** Replaces the value at a random path of `value` with `replacement` (or deletes it). */
function mutate(value: Json, choices: number[], replacement: Json | undefined): Json {
  if (choices.length === 0 || value === null || typeof value !== 'object')
    return replacement === undefined ? null : replacement;
  const [choice = 0, ...rest] = choices;
  if (Array.isArray(value)) {
    if (value.length === 0) return replacement === undefined ? value : [replacement];
    const index = choice % value.length;
    const copy = [...value];
    if (rest.length === 0 && replacement === undefined) copy.splice(index, 1);
    else copy[index] = mutate(copy[index] ?? null, rest, replacement);
    return copy;
  }
  const keys = Object.keys(value);
  if (keys.length === 0) return value;
  const key = keys[choice % keys.length]!;
  if (rest.length === 0 && replacement === undefined) {
    return Object.fromEntries(Object.entries(value).filter(([name]) => name !== key));
  }
  return { ...value, [key]: mutate(value[key] ?? null, rest, replacement) };
}

const replacements: fc.Arbitrary<Json | undefined> = fc.oneof(
  fc.constant(undefined),
  fc.jsonValue() as fc.Arbitrary<Json>,
  fc.string(),
  fc.constantFrom(
    '',
    '2026-13-01',
    '2026-11-23T09:30:00',
    '2026-11-23T09:30:00+01:00',
    'https://x.example/',
    'ftp://x',
    'EUR',
    'eur',
    '09:30',
    '24:00',
  ),
  fc.integer({ min: -100, max: 100_000 }),
  fc.double(),
);

describe('generated validators agree with zod', () => {
  const defs = allDefs();
  const examples = Object.entries(schemaDocs).filter(
    ([name, doc]) => doc?.example !== undefined && components[name] && defs[name],
  );

  it('accept every documented example, as zod does', () => {
    expect(examples.length).to.be.at.least(15);
    for (const [name, doc] of examples) {
      expect(components[name]!.safeParse(doc!.example).success, `zod: ${name}`).to.be.true;
      expect(check({ $ref: name }, doc!.example, defs), `generated: ${name}`).to.be.undefined;
    }
  });

  for (const [name, doc] of examples) {
    it(`${name}: same verdict as zod on mutated data`, () => {
      fc.assert(
        fc.property(fc.array(fc.nat(), { minLength: 1, maxLength: 5 }), replacements, (choices, replacement) => {
          const candidate = mutate(doc!.example as Json, choices, replacement);
          const zodSays = components[name]!.safeParse(candidate).success;
          const oursSays = check({ $ref: name }, candidate, defs) === undefined;
          return zodSays === oursSays;
        }),
        { numRuns: 400, seed: 4242 },
      );
    });
  }
});
