/**
 * Checks answers against JSON Schemas generated from the contract's zod schemas
 * (scripts/generate-validators.ts). It understands exactly the keywords the generator emits and
 * the generator refuses any other, so nothing is silently skipped. A differential test compares its
 * verdicts with zod's. Why not zod itself: zod's core is about 7 KB gzip in every widget bundle;
 * this file and the generated schemas are a fraction of that.
 */
export interface JsonSchema {
  $ref?: string;
  type?: 'object' | 'array' | 'string' | 'number' | 'integer' | 'boolean';
  properties?: Record<string, JsonSchema>;
  required?: string[];
  additionalProperties?: JsonSchema | boolean;
  propertyNames?: JsonSchema;
  items?: JsonSchema | false;
  prefixItems?: JsonSchema[];
  minItems?: number;
  maxItems?: number;
  minLength?: number;
  maxLength?: number;
  pattern?: string;
  minimum?: number;
  maximum?: number;
  enum?: readonly unknown[];
  const?: unknown;
}

export type Defs = Record<string, JsonSchema>;

export type ParseResult<T> = { ok: true; value: T } | { ok: false; issue: string };
export type Parser<T> = (value: unknown) => ParseResult<T>;

const patterns = new Map<string, RegExp>();

/** The first way `value` breaks `schema`, as "path: problem"; undefined when it fits. */
export function check(schema: JsonSchema, value: unknown, defs: Defs, path = '(root)'): string | undefined {
  if (schema.$ref) {
    const target = defs[schema.$ref];
    return target ? check(target, value, defs, path) : `${path}: unknown schema ${schema.$ref}`;
  }
  if (schema.const !== undefined && value !== schema.const) return `${path}: expected ${JSON.stringify(schema.const)}`;

  if (schema.enum && !schema.enum.includes(value)) return `${path}: not one of the allowed values`;
  switch (schema.type) {
    case 'string': {
      if (typeof value !== 'string') return `${path}: expected text`;
      const length = value.length; // UTF-16 units, as zod counts
      if (schema.minLength !== undefined && length < schema.minLength) return `${path}: too short`;
      if (schema.maxLength !== undefined && length > schema.maxLength) return `${path}: too long`;
      if (schema.pattern !== undefined) {
        let pattern = patterns.get(schema.pattern);
        if (!pattern) patterns.set(schema.pattern, (pattern = new RegExp(schema.pattern)));
        if (!pattern.test(value)) return `${path}: wrong format`;
      }
      return undefined;
    }
    case 'number':
    case 'integer':
      if (typeof value !== 'number' || !Number.isFinite(value)) return `${path}: expected a number`;
      if (schema.type === 'integer' && !Number.isInteger(value)) return `${path}: expected a whole number`;
      if (schema.minimum !== undefined && value < schema.minimum) return `${path}: too small`;
      if (schema.maximum !== undefined && value > schema.maximum) return `${path}: too large`;
      return undefined;
    case 'boolean':
      return typeof value === 'boolean' ? undefined : `${path}: expected true or false`;
    case 'array':
      return checkArray(schema, value, defs, path);
    case 'object':
      return checkObject(schema, value, defs, path);
    default:
      return undefined;
  }
}

function checkArray(schema: JsonSchema, value: unknown, defs: Defs, path: string): string | undefined {
  if (!Array.isArray(value)) return `${path}: expected a list`;
  if (schema.minItems !== undefined && value.length < schema.minItems) return `${path}: too few entries`;
  if (schema.maxItems !== undefined && value.length > schema.maxItems) return `${path}: too many entries`;
  const prefix = schema.prefixItems ?? [];
  for (let index = 0; index < value.length; index++) {
    const itemSchema = index < prefix.length ? prefix[index] : schema.items;
    if (itemSchema === false) return `${path}.${index}: not allowed`;
    const issue = itemSchema && check(itemSchema, value[index], defs, `${path}.${index}`);
    if (issue) return issue;
  }
  return undefined;
}

function checkObject(schema: JsonSchema, value: unknown, defs: Defs, path: string): string | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return `${path}: expected an object`;
  const record = value as Record<string, unknown>;
  for (const name of schema.required ?? []) {
    if (record[name] === undefined) return `${path}.${name}: missing`;
  }
  for (const [name, propertySchema] of Object.entries(schema.properties ?? {})) {
    if (record[name] === undefined) continue; // optional and absent (required ones were checked)
    const issue = check(propertySchema, record[name], defs, `${path}.${name}`);
    if (issue) return issue;
  }
  // A schema-valued additionalProperties is a record; `false` is not enforced: like zod's parse,
  // unknown keys are allowed, so a server may add fields without breaking older widgets.
  if (typeof schema.additionalProperties === 'object') {
    for (const [name, entry] of Object.entries(record)) {
      if (schema.properties && name in schema.properties) continue;
      const issue =
        (schema.propertyNames && check(schema.propertyNames, name, defs, `${path}[key]`)) ??
        check(schema.additionalProperties, entry, defs, `${path}.${name}`);
      if (issue) return issue;
    }
  }
  return undefined;
}

/** A typed parser for the named schema. The value is returned as is when it fits. */
export function parser<T>(defs: Defs, name: string): Parser<T> {
  return (value) => {
    const issue = check({ $ref: name }, value, defs);
    return issue === undefined ? { ok: true, value: value as T } : { ok: false, issue };
  };
}
