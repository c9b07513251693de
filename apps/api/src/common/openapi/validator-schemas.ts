import { AUDIENCES, ISO_DURATION_PATTERN, ZONED_DATE_TIME_PATTERN } from '@duban/domain';
import { getMetadataStorage } from 'class-validator';
import type { ValidationMetadata } from 'class-validator/types/metadata/ValidationMetadata';

/** The part of a JSON schema that validators can state. */
export interface SchemaFacts {
  type?: string;
  format?: string;
  pattern?: string;
  enum?: unknown[];
  minimum?: number;
  maximum?: number;
  minLength?: number;
  maxLength?: number;
  minItems?: number;
  maxItems?: number;
}

/** What the validators of one property say: of the value, of each item (`each: true`), whether it may be left out. */
export interface PropertyFacts {
  value: SchemaFacts;
  items: SchemaFacts;
  optional: boolean;
}

const patternOf = (value: unknown): string => (value instanceof RegExp ? value.source : String(value));

/** The schema facts of one class-validator (or duban) validator; undefined for those no schema can state. */
function factsOf(metadata: ValidationMetadata): SchemaFacts | undefined {
  const [first, second] = (metadata.constraints ?? []) as unknown[];
  switch (metadata.name) {
    case 'isUuid':
      return { type: 'string', format: 'uuid' };
    case 'isString':
      return { type: 'string' };
    case 'isEmail':
      return { type: 'string', format: 'email' };
    case 'isBoolean':
      return { type: 'boolean' };
    case 'isInt':
      return { type: 'integer' };
    case 'isArray':
      return { type: 'array' };
    case 'isObject':
      return { type: 'object' };
    case 'isIn':
      return { enum: first as unknown[] };
    case 'isEnum':
      return { enum: Object.values(first as object) };
    case 'isNotEmpty':
      return { minLength: 1 };
    case 'minLength':
      return { minLength: first as number };
    case 'maxLength':
      return { maxLength: first as number };
    case 'isLength':
      return { minLength: first as number, ...(second === undefined ? {} : { maxLength: second as number }) };
    case 'matches':
      return { pattern: patternOf(first) };
    case 'min':
      return { minimum: first as number };
    case 'max':
      return { maximum: first as number };
    case 'arrayMinSize':
      return { minItems: first as number };
    case 'arrayMaxSize':
      return { maxItems: first as number };
    case 'isCalendarDate':
      return { type: 'string', format: 'date' };
    case 'isZonedDateTime':
      return { type: 'string', format: 'date-time', pattern: ZONED_DATE_TIME_PATTERN.source };
    case 'isAudience':
      return { type: 'string', enum: [...AUDIENCES] };
    case 'isIsoDuration':
      return { type: 'string', pattern: ISO_DURATION_PATTERN.source };
    default:
      return undefined;
  }
}

/** What the validators of a class say of each of its properties (inherited validators included). */
export function validatorFacts(target: Function): Map<string, PropertyFacts> {
  const metadatas = getMetadataStorage().getTargetValidationMetadatas(target, '', true, false);
  const properties = new Map<string, PropertyFacts>();
  for (const metadata of metadatas) {
    const property = properties.get(metadata.propertyName) ?? { value: {}, items: {}, optional: false };
    properties.set(metadata.propertyName, property);
    // `Optional()` and `Nullable()` are the only conditional validations: the property may be left out.
    if (metadata.type === 'conditionalValidation') property.optional = true;
    const facts = factsOf(metadata);
    if (!facts) continue;
    Object.assign(metadata.each ? property.items : property.value, facts);
  }
  return properties;
}

/** The classes that have validators, by name (the name swagger gives their schema). */
export function validatedClasses(): Map<string, Function> {
  const storage = getMetadataStorage() as unknown as { validationMetadatas: Map<Function | string, unknown> };
  const classes = new Map<string, Function>();
  for (const target of storage.validationMetadatas.keys()) if (typeof target === 'function') classes.set(target.name, target);
  return classes;
}

/** A JSON schema as the document holds it (the OpenAPI 3.0 subset swagger writes). */
export interface DocumentSchema extends SchemaFacts {
  $ref?: string;
  allOf?: unknown[];
  nullable?: boolean;
  items?: DocumentSchema;
  properties?: Record<string, DocumentSchema>;
  required?: string[];
  additionalProperties?: boolean | object;
}

/** Makes a property's schema say what its validators enforce: where they disagree, the validators are right. */
export function applyFacts(schema: DocumentSchema, facts: PropertyFacts): void {
  if (schema.$ref !== undefined || schema.allOf !== undefined) return;
  const { type, minLength, ...rest } = facts.value;
  if (type !== undefined && !(type === 'array' && schema.type === 'array')) schema.type = type;
  Object.assign(schema, rest);
  // `IsNotEmpty` refuses only the empty string: a bound of strings alone.
  if (minLength !== undefined && schema.type === 'string') schema.minLength = Math.max(minLength, schema.minLength ?? 0);
  if (Object.keys(facts.items).length > 0 && schema.items && schema.items.$ref === undefined) {
    const { minLength: itemMinLength, ...itemFacts } = facts.items;
    Object.assign(schema.items, itemFacts);
    if (itemMinLength !== undefined && schema.items.type === 'string') schema.items.minLength = itemMinLength;
  }
}

/** Makes an object schema's properties and `required` list say what the class's validators enforce. */
export function applyClassFacts(schema: DocumentSchema, target: Function): void {
  const required = new Set(schema.required ?? []);
  for (const [name, facts] of validatorFacts(target)) {
    const property = schema.properties?.[name];
    if (!property) continue;
    applyFacts(property, facts);
    if (facts.optional) required.delete(name);
    else required.add(name);
  }
  if (required.size > 0) schema.required = [...required];
  else delete schema.required;
}
