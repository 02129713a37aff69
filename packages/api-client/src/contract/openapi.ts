import * as z from 'zod/mini';
import { toJSONSchema } from 'zod/v4/core';
import { components } from './components.js';
import { API_DESCRIPTION, propertyDocs, schemaDocs } from './docs.js';

import { routes, type Route } from './routes.js';

type Json = Record<string, unknown>;

const GENERIC_ERRORS: Record<number, { description: string; code: string }> = {
  429: { description: 'Too many requests; `Retry-After` says when to try again.', code: 'rate-limited' },
  500: { description: 'Unexpected server error.', code: 'internal' },
  503: {
    description: 'Temporarily unavailable (maintenance, overload); may carry `Retry-After`.',
    code: 'unavailable',
  },
};

const ERROR_TEXT: Record<number, string> = {
  400: 'The request is invalid; `errors` names the fields.',
  401: 'The token is missing or wrong.',
  404: 'No such resource.',
  409: 'Conflicts with the current state.',
  410: 'Expired.',
  413: 'The file is too large.',
  415: 'This file type is not allowed.',
  422: 'Understood but cannot be done.',
};

/** Builds the OpenAPI 3.1 document from the route table and the schemas. */
export function buildOpenApi(): Json {
  const registry = z.registry<{ id: string; description?: string; examples?: unknown[] }>();
  const names = new Map<z.ZodMiniType, string>();
  for (const [name, schema] of Object.entries(components)) {
    const doc = schemaDocs[name];
    registry.add(schema, {
      id: name,
      ...(doc?.description ? { description: doc.description } : {}),
      ...(doc?.example === undefined ? {} : { examples: [doc.example] }),
    });
    names.set(schema, name);
  }
  const generated = toJSONSchema(registry, { uri: (id) => `#/components/schemas/${id}`, target: 'draft-2020-12' }) as {
    schemas: Record<string, Json>;
  };
  const schemas = Object.fromEntries(
    Object.entries(generated.schemas).map(([name, schema]) => {
      const { $schema: _dialect, $id: _id, ...rest } = schema;
      return [name, rest];
    }),
  );

  for (const [name, properties] of Object.entries(propertyDocs)) {
    const target = schemas[name]?.properties as Record<string, Json> | undefined;
    for (const [property, description] of Object.entries(properties)) {
      const schema = target?.[property];
      if (!target || !schema) throw new Error(`propertyDocs: ${name}.${property} is not in the contract`);
      target[property] = { ...schema, description };
    }
  }

  // The schemas check these with patterns (smaller bundles); OpenAPI readers also get the format.
  for (const [name, format] of Object.entries({ DateTime: 'date-time', Date: 'date', Url: 'uri' })) {
    const schema = schemas[name];
    if (schema) schemas[name] = { ...schema, format };
  }

  const ref = (schema: z.ZodMiniType) => {
    const name = names.get(schema);
    if (!name) throw new Error('A route uses a schema that is not in components.ts');
    return { $ref: `#/components/schemas/${name}` };
  };

  const paths: Record<string, Record<string, Json>> = {};
  for (const route of routes) {
    (paths[route.path] ??= {})[route.method] = operation(route, ref);
  }

  return {
    openapi: '3.1.0',
    info: {
      title: 'civic-widgets city API',
      version: '1.0.0',
      description: API_DESCRIPTION,
      license: { name: 'EUPL-1.2', identifier: 'EUPL-1.2' },
    },
    jsonSchemaDialect: 'https://spec.openapis.org/oas/3.1/dialect/base',
    servers: [{ url: 'https://stadt.example/api/v1', description: 'A city (example)' }],
    tags: [
      {
        name: 'Appointments',
        description: 'Booking at citizen offices: services → offices → free slots → hold → confirm → manage.',
      },
      { name: 'Waste', description: 'Household waste collection calendar.' },
      { name: 'Facilities', description: 'Offices, glass containers, public toilets and more, as GeoJSON.' },
      { name: 'Payments', description: 'Fees and the public-sector redirect payment (XBezahldienste / ePayBL style).' },
      { name: 'Video', description: 'Video appointments and document exchange.' },
    ],
    paths,
    components: {
      schemas,
      parameters: {
        AcceptLanguage: {
          name: 'Accept-Language',
          in: 'header',
          required: false,
          description: 'Language of texts in the answer, e.g. `de` or `en`.',
          schema: { type: 'string' },
          example: 'de',
        },
        IdempotencyKey: {
          name: 'Idempotency-Key',
          in: 'header',
          required: false,
          description:
            'A UUID chosen by the client. A repeat with the same key returns the first result instead of acting again.',
          schema: { type: 'string', format: 'uuid' },
          example: '0f8fad5b-d9cb-469f-a165-70867728950e',
        },
      },
      headers: {
        RetryAfter: { description: 'Seconds to wait, or an HTTP date.', schema: { type: 'string' }, example: '30' },
      },
      securitySchemes: {
        resourceToken: {
          type: 'http',
          scheme: 'bearer',
          description:
            "The secret `token` of the reservation or appointment (from the booking answer or the citizen's manage link).",
        },
      },
    },
  };
}

function operation(route: Route, ref: (schema: z.ZodMiniType) => Json): Json {
  const parameters: Json[] = [
    ...(route.parameters ?? []).map((parameter) => ({
      name: parameter.name,
      in: parameter.in,
      required: parameter.required,
      description: parameter.description,
      schema: { type: 'string' },
      ...(parameter.example === undefined ? {} : { example: parameter.example }),
    })),
    { $ref: '#/components/parameters/AcceptLanguage' },
    ...(route.idempotent ? [{ $ref: '#/components/parameters/IdempotencyKey' }] : []),
  ];
  const success: Json =
    route.response.status === 204
      ? { description: 'Done.' }
      : {
          description: 'OK.',
          content:
            route.response.mediaType === 'text/calendar'
              ? {
                  'text/calendar': {
                    schema: { type: 'string' },
                    example: 'BEGIN:VCALENDAR\r\nVERSION:2.0\r\n…\r\nEND:VCALENDAR\r\n',
                  },
                }
              : { 'application/json': { schema: route.response.schema ? ref(route.response.schema) : {} } },
        };
  const responses: Record<string, Json> = { [String(route.response.status)]: success };
  for (const [status, code] of Object.entries(route.errors)) {
    responses[status] = problemResponse(Number(status), ERROR_TEXT[Number(status)] ?? 'Error.', code);
  }
  for (const [status, { description, code }] of Object.entries(GENERIC_ERRORS)) {
    responses[status] = problemResponse(Number(status), description, code);
  }
  return {
    operationId: route.id,
    tags: [route.tag],
    summary: route.summary,
    ...(route.description ? { description: route.description } : {}),
    parameters,
    ...(route.body
      ? { requestBody: { required: true, content: { 'application/json': { schema: ref(route.body) } } } }
      : route.upload
        ? {
            requestBody: {
              required: true,
              content: {
                'multipart/form-data': {
                  schema: {
                    type: 'object',
                    required: ['file'],
                    properties: { file: { type: 'string', contentMediaType: 'application/octet-stream' } },
                  },
                },
              },
            },
          }
        : {}),
    ...(route.token ? { security: [{ resourceToken: [] }] } : {}),
    responses,
  };
}

function problemResponse(status: number, description: string, code: string): Json {
  const retryable = status === 429 || status === 503;
  return {
    description,
    ...(retryable ? { headers: { 'Retry-After': { $ref: '#/components/headers/RetryAfter' } } } : {}),
    content: {
      'application/problem+json': {
        schema: { $ref: '#/components/schemas/Problem' },
        example: { title: description, status, code },
      },
    },
  };
}
