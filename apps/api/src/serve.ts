import { INestApplication, Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { SwaggerModule } from '@nestjs/swagger';
import { Logger as PinoLogger } from 'nestjs-pino';
import type { Server } from 'node:http';
import { AppConfig } from '@lc/api-shared';
import { AppModule } from './app.module';
import { configureApp } from './configure-app';
import { createApiDocument } from './openapi/api-document';
import { demoAccountsText } from './seed/seed-demo-data';
import { serveWeb } from './serve-web';
import { loadRenderPage } from './web-ssr';

/** One API process: the API, its docs and the built web app on one port. */
export async function serve(): Promise<void> {
  const app = await NestFactory.create(AppModule, { bufferLogs: true });
  app.useLogger(app.get(PinoLogger));
  configureApp(app);
  const config = app.get(AppConfig);
  SwaggerModule.setup('api/docs', app, () => createApiDocument(app));
  const render = config.WEB_SSR ? await loadRenderPage(config.WEB_DIST_DIR) : null;
  const ssr = render
    ? { render, timeoutMs: config.WEB_SSR_TIMEOUT_MS, cacheSeconds: config.WEB_SSR_CACHE_SECONDS }
    : undefined;
  const withWeb = serveWeb(app, config.WEB_DIST_DIR, ssr);
  const port = config.PORT;
  await app.listen(port);
  closeGracefully(app, config.SHUTDOWN_GRACE_MS);
  const publicUrl = config.PUBLIC_URL ?? `http://localhost:${port}`;
  const banner = [
    `Công dân học tập is running at ${publicUrl}${withWeb ? '' : ' (API only: the web app is not built)'}`,
    `API docs at ${publicUrl}/api/docs`,
    ...(config.SEED_DEMO ? [demoAccountsText()] : []),
  ];
  // A person at a terminal reads plain lines; a log collector gets JSON like every other line.
  if (process.stdout.isTTY) console.log(`\n${banner.join('\n')}\n`);
  else banner.forEach((line) => Logger.log(line, 'Bootstrap'));
}

/**
 * On SIGTERM or SIGINT: stop accepting connections, let requests in flight finish (at most `graceMs`), then close
 * the pool. Nest's close() closes the HTTP server before TypeORM's shutdown hook ends the pool.
 */
function closeGracefully(app: INestApplication, graceMs: number): void {
  let closing = false;
  const close = async (signal: string) => {
    if (closing) return;
    closing = true;
    Logger.log(`${signal}: finishing requests in flight (at most ${graceMs} ms), then closing`, 'Shutdown');
    const force = setTimeout(() => (app.getHttpServer() as Server).closeAllConnections(), graceMs);
    force.unref();
    await app.close();
    Logger.log('Closed', 'Shutdown');
    process.exit(0);
  };
  process.once('SIGTERM', () => void close('SIGTERM'));
  process.once('SIGINT', () => void close('SIGINT'));
}
