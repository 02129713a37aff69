// openapi.json: up to date with the contract, valid OpenAPI 3.1, with examples that the schemas accept.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { Validator } from '@seriousme/openapi-schema-validator';
import { buildOpenApi, components, routes, schemaDocs } from '@civic-widgets/api-client/contract';

const committedPath = new URL('../../packages/api-client/openapi.json', import.meta.url);
const committed = JSON.parse(readFileSync(committedPath, 'utf8')) as {
  openapi: string;
  paths: Record<string, Record<string, { operationId: string; responses: Record<string, unknown> }>>;
  info: { description: string };
};

describe('openapi.json', () => {
  it('is up to date with the contract (regenerate: pnpm --filter @civic-widgets/api-client openapi)', () => {
    assert.deepEqual(committed, JSON.parse(JSON.stringify(buildOpenApi())));
  });

  it('validates as OpenAPI 3.1', async () => {
    const validator = new Validator();
    const result = await validator.validate(committed);
    assert.equal(committed.openapi, '3.1.0');
    assert.ok(result.valid, JSON.stringify(result.errors, null, 2));
  });

  it('documents every route of all five services, with error bodies', () => {
    const operations = Object.values(committed.paths).flatMap((methods) => Object.values(methods));
    assert.deepEqual(
      operations.map((operation) => operation.operationId).sort(),
      routes.map((route) => route.id).sort(),
    );
    for (const tag of ['Appointments', 'Waste', 'Facilities', 'Payments', 'Video']) {
      assert.ok(
        routes.some((route) => route.tag === tag),
        tag,
      );
    }
    for (const operation of operations) {
      for (const status of ['429', '500', '503'])
        assert.ok(operation.responses[status], `${operation.operationId} documents ${status}`);
    }
  });

  it('states the idempotency and time-zone rules', () => {
    assert.match(committed.info.description, /Idempotency-Key/);
    assert.match(committed.info.description, /time zone/);
    assert.match(committed.info.description, /Europe\/Berlin/);
  });

  it('has examples that its own schemas accept', () => {
    let checked = 0;
    for (const [name, doc] of Object.entries(schemaDocs)) {
      if (doc?.example === undefined) continue;
      const schema = components[name];
      assert.ok(schema, `${name} is a component`);
      const result = schema.safeParse(doc.example);
      assert.ok(result.success, `${name} example: ${JSON.stringify(result.error?.issues)}`);
      checked++;
    }
    assert.ok(checked >= 15, `${checked} examples`);
  });
});
