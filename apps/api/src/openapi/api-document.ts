import type { INestApplication } from '@nestjs/common';
import { DocumentBuilder, type OpenAPIObject, SwaggerModule } from '@nestjs/swagger';
import { CONTRACT_SCHEMAS } from '@lc/api-shared';
import { addCommonErrors } from './common-errors';

/**
 * The OpenAPI document as served at /api/docs and committed as docs/openapi.json (ADR 0026): Swagger's scan of the
 * controllers, the contract types' schemas they reference (`ApiError` among them), and the error answers every
 * operation shares.
 */
export function createApiDocument(app: INestApplication, contracts: object = CONTRACT_SCHEMAS): OpenAPIObject {
  const config = new DocumentBuilder().setTitle('Công dân học tập API').setVersion('0.1').addBearerAuth().build();
  const doc = SwaggerModule.createDocument(app, config);
  const scanned = doc.components?.schemas ?? {};
  const clash = Object.keys(scanned).filter((name) => name in contracts);
  if (clash.length) throw new Error(`A DTO class has the name of a contract type: ${clash.join(', ')}`);
  doc.components = { ...doc.components, schemas: { ...contracts, ...scanned } };
  addCommonErrors(app, doc);
  return doc;
}
