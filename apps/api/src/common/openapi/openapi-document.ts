import { INestApplication } from '@nestjs/common';
import { DocumentBuilder, OpenAPIObject, SwaggerModule } from '@nestjs/swagger';
import type { ParameterObject } from '@nestjs/swagger/dist/interfaces/open-api-spec.interface';
import { collectRoutes, RouteInfo } from './routes';
import { documentStandardResponses } from './standard-responses';
import { applyClassFacts, applyFacts, DocumentSchema, validatedClasses, validatorFacts } from './validator-schemas';

/** Paths served by the API process that are not API operations (the console's static files). */
const NOT_API = [/^\/console(\/|$)/];

/**
 * The OpenAPI document the console's typed client is generated from, so it must tell the truth, for every
 * route including those added later, with no per-route work: the standard refusals derived from each route's
 * metadata; schemas that state what the validators enforce (formats, enums, bounds, lengths, required),
 * objects that refuse unknown fields as the validation pipe does; nothing that is not an API operation.
 */
export function buildOpenApiDocument(app: INestApplication): OpenAPIObject {
  const routes = collectRoutes(app);
  routes.forEach(documentStandardResponses);
  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('督办 duban API')
      .setDescription(
        '按《中共中央关于加强对“一把手”和领导班子监督的意见》及地方规定，调度、提醒、逐级升级监督职责。' +
          '任何文本（请求体、查询参数、路径）都不得含 NUL 字符（\\u0000）或孤立的代理项，否则 400；未列出的字段一律 400。',
      )
      .setVersion('0.1.0')
      .addBearerAuth({ type: 'http', scheme: 'bearer', bearerFormat: 'JWT', description: '先调用 POST /auth/login 取得令牌' })
      .build(),
  );
  for (const path of Object.keys(document.paths)) {
    if (NOT_API.some((pattern) => pattern.test(path))) delete document.paths[path];
  }
  const classes = validatedClasses();
  for (const [name, schema] of Object.entries(document.components?.schemas ?? {}) as [string, DocumentSchema][]) {
    const target = classes.get(name);
    if (target) applyClassFacts(schema, target);
    // The validation pipe refuses unknown fields (forbidNonWhitelisted).
    if (schema.type === 'object' && schema.additionalProperties === undefined) schema.additionalProperties = false;
  }
  const byOperationId = new Map(routes.map((route) => [route.operationId, route]));
  for (const operations of Object.values(document.paths)) {
    for (const operation of Object.values(operations) as Operation[]) {
      const route = operation?.operationId === undefined ? undefined : byOperationId.get(operation.operationId);
      if (route) documentParameters(operation.parameters ?? [], route);
      errorsAsJson(operation);
    }
  }
  return document;
}

interface Operation {
  operationId?: string;
  parameters?: ParameterObject[];
  responses?: Record<string, { content?: Record<string, unknown> }>;
}

/** The exception filter answers every refusal in JSON, whatever the route produces when it succeeds (CSV, PDF…). */
function errorsAsJson(operation: Operation): void {
  for (const [status, response] of Object.entries(operation?.responses ?? {})) {
    const json = response.content?.['application/json'] ?? Object.values(response.content ?? {})[0];
    if (Number(status) >= 400 && json !== undefined) response.content = { 'application/json': json };
  }
}

/** Path ids parsed as UUIDs say so; query parameters say what their query class's validators enforce. */
function documentParameters(parameters: ParameterObject[], route: RouteInfo): void {
  const queryFacts = route.queryTypes.map((type) => validatorFacts(type));
  for (const parameter of parameters) {
    const schema = (parameter.schema ??= {}) as DocumentSchema;
    if (parameter.in === 'path' && route.uuidParams.includes(parameter.name)) Object.assign(schema, { type: 'string', format: 'uuid' });
    if (parameter.in !== 'query') continue;
    const facts = queryFacts.find((properties) => properties.has(parameter.name))?.get(parameter.name);
    if (!facts) continue;
    applyFacts(schema, facts);
    parameter.required = !facts.optional;
  }
}
