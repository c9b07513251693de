import { INestApplication } from '@nestjs/common';
import { DocumentBuilder, OpenAPIObject, SwaggerModule } from '@nestjs/swagger';

/**
 * The API's OpenAPI document, built from the controllers' decorators: served at /api/openapi.json by create-app.ts
 * and written by `cli.js openapi` (from an application created in preview mode, with no database) for the console's
 * typed client (apps/web/src/api/schema.d.ts, `npm run web:client`).
 */
export function buildOpenApiDocument(app: INestApplication): OpenAPIObject {
  return SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('督办 duban API')
      .setDescription('按《中共中央关于加强对“一把手”和领导班子监督的意见》及地方规定，调度、提醒、逐级升级监督职责。')
      .setVersion('0.1.0')
      .addBearerAuth({ type: 'http', scheme: 'bearer', bearerFormat: 'JWT', description: '先调用 POST /auth/login 取得令牌' })
      .build(),
  );
}
