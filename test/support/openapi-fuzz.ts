/**
 * Reading the OpenAPI document the API serves, for the input fuzz test: every operation with its path,
 * query and body fields, a plausible baseline request for each, and the numeric fields without bounds.
 */

export interface Schema {
  $ref?: string;
  type?: string;
  format?: string;
  nullable?: boolean;
  enum?: unknown[];
  example?: unknown;
  minimum?: number;
  maximum?: number;
  items?: Schema;
  properties?: Record<string, Schema>;
  required?: string[];
}

interface Parameter {
  in: 'path' | 'query' | 'header' | 'cookie';
  name: string;
  required?: boolean;
  schema?: Schema;
}

interface Operation {
  parameters?: Parameter[];
  requestBody?: { content?: Record<string, { schema?: Schema }> };
}

export interface OpenApiDocument {
  paths: Record<string, Record<string, Operation>>;
  components?: { schemas?: Record<string, Schema> };
}

/** One field a request can carry: a query parameter, or a body property (nested ones as a path). */
export interface Field {
  name: string;
  path: (string | number)[];
  schema: Schema;
  required: boolean;
}

export interface Route {
  method: string;
  template: string;
  pathParams: string[];
  query: Field[];
  /** null when the operation declares no JSON body. */
  body: Field[] | null;
  bodySchema: Schema | null;
}

const METHODS = ['get', 'post', 'put', 'patch', 'delete'];

export function routesOf(doc: OpenApiDocument): Route[] {
  const routes: Route[] = [];
  for (const [template, operations] of Object.entries(doc.paths)) {
    for (const [method, op] of Object.entries(operations)) {
      if (!METHODS.includes(method)) continue;
      const params = op.parameters ?? [];
      const bodySchema = op.requestBody?.content?.['application/json']?.schema ?? null;
      routes.push({
        method: method.toUpperCase(),
        template,
        pathParams: params.filter((p) => p.in === 'path').map((p) => p.name),
        query: params.filter((p) => p.in === 'query').map((p) => ({ name: p.name, path: [p.name], schema: p.schema ?? {}, required: Boolean(p.required) })),
        body: bodySchema ? bodyFields(doc, bodySchema) : null,
        bodySchema: bodySchema ? resolve(doc, bodySchema) : null,
      });
    }
  }
  return routes;
}

export function resolve(doc: OpenApiDocument, schema: Schema): Schema {
  if (!schema.$ref) return schema;
  const name = schema.$ref.replace('#/components/schemas/', '');
  const found = doc.components?.schemas?.[name];
  if (!found) throw new Error(`OpenAPI 文档缺少 ${schema.$ref}`);
  return found;
}

/** Every property of a body, and those of objects nested in it (an array of objects through its first item). */
function bodyFields(doc: OpenApiDocument, root: Schema): Field[] {
  const fields: Field[] = [];
  const pending: { schema: Schema; prefix: (string | number)[] }[] = [{ schema: resolve(doc, root), prefix: [] }];
  for (let next = pending.pop(); next; next = pending.pop()) {
    const { schema, prefix } = next;
    for (const [name, property] of Object.entries(schema.properties ?? {})) {
      const path = [...prefix, name];
      fields.push({ name: path.join('.'), path, schema: property, required: (schema.required ?? []).includes(name) });
      if (property.$ref) pending.push({ schema: resolve(doc, property), prefix: path });
      if (property.items?.$ref) pending.push({ schema: resolve(doc, property.items), prefix: [...path, 0] });
    }
  }
  return fields;
}

/**
 * A plausible value of a field, so that the one hostile field of a request is what the API judges:
 * the example when the document gives one, a real record id for the id fields, else something of the type.
 */
export function plausible(doc: OpenApiDocument, name: string, schema: Schema, idFor: (name: string) => string): unknown {
  if (/(^id|Id)$/.test(name)) return idFor(name);
  if (schema.$ref) return baseline(doc, schema, idFor);
  if (schema.example !== undefined) return schema.example;
  if (schema.enum?.length) return schema.enum[0];
  if (schema.items?.$ref) return [baseline(doc, schema.items, idFor)];
  switch (schema.type) {
    case 'integer':
    case 'number':
      return schema.minimum ?? 1;
    case 'boolean':
      return false;
    case 'array':
      return [];
    case 'object':
      return {};
    default:
      return schema.format === 'date' ? '2027-01-04' : '某';
  }
}

/** A body with every required property (and its nested objects) filled plausibly. */
export function baseline(doc: OpenApiDocument, schema: Schema, idFor: (name: string) => string): Record<string, unknown> {
  const resolved = resolve(doc, schema);
  const body: Record<string, unknown> = {};
  for (const name of resolved.required ?? []) body[name] = plausible(doc, name, resolved.properties?.[name] ?? {}, idFor);
  return body;
}

/** Every integer or number in the document (parameters and schema properties) that has no maximum or no minimum. */
export function unboundedNumbers(doc: OpenApiDocument): string[] {
  const found: string[] = [];
  const check = (where: string, schema: Schema | undefined) => {
    if (!schema) return;
    if ((schema.type === 'integer' || schema.type === 'number') && (typeof schema.maximum !== 'number' || typeof schema.minimum !== 'number')) found.push(where);
    if (schema.items) check(`${where}[]`, schema.items);
    for (const [name, property] of Object.entries(schema.properties ?? {})) check(`${where}.${name}`, property);
  };
  for (const [name, schema] of Object.entries(doc.components?.schemas ?? {})) check(name, schema);
  for (const [template, operations] of Object.entries(doc.paths)) {
    for (const [method, op] of Object.entries(operations)) {
      for (const p of op.parameters ?? []) check(`${method.toUpperCase()} ${template} ${p.in}.${p.name}`, p.schema);
    }
  }
  return found;
}

/** Runs `task` over `items`, at most `size` at a time. */
export async function inPool<T>(items: T[], size: number, task: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(size, items.length) }, async () => {
      while (next < items.length) await task(items[next++]);
    }),
  );
}
