import { NestFactory } from '@nestjs/core';
import type { OpenAPIObject } from '@nestjs/swagger';
import { createApiDocument } from './api-document';

/**
 * The served document, built without a database or secrets: in preview mode Nest scans the modules and
 * instantiates nothing. The environment is still validated when the app module loads, so placeholders stand in
 * for the two settings without a default; no setting changes the document.
 */
export async function previewApiDocument(contracts?: object): Promise<OpenAPIObject> {
  /* eslint-disable no-restricted-properties -- placeholders for the config module to validate, never read here */
  process.env['JWT_SECRET'] ??= 'openapi-preview-placeholder-secret-0123456789';
  process.env['DATABASE_APP_URL'] ??= 'postgres://openapi-preview@127.0.0.1:9/none';
  /* eslint-enable no-restricted-properties */
  const { AppModule } = await import('../app.module');
  const app = await NestFactory.create(AppModule, { preview: true, logger: false, abortOnError: false });
  app.setGlobalPrefix('api');
  try {
    return createApiDocument(app, contracts);
  } finally {
    await app.close();
  }
}
