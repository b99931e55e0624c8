import { INestApplication } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import helmet from 'helmet';
import { ApiExceptionFilter } from '@lc/api-shared';
import { trustProxy } from './config/trust-proxy';
import { useBodyParsers } from './input/body-parsers';
import { HostileBodyPipe } from './input/hostile-body';
import { refuseHostileRequest } from './input/hostile-request.middleware';
import { MetricsService } from './observability/metrics.service';
import { validationPipe } from './validation';

/** What every instance of the API shares, the served app and the integration tests alike. */
export function configureApp(app: INestApplication): void {
  app.setGlobalPrefix('api');
  // req.ip, which the rate limits count by, takes X-Forwarded-For only from these proxies; by default from none,
  // or any client could pick a new address for every request.
  app
    .getHttpAdapter()
    .getInstance()
    .set('trust proxy', trustProxy(app.get(ConfigService).get('TRUST_PROXY')));
  app.use(app.get(MetricsService).middleware);
  // Standard security headers. The content security policy stays off for now: h5p-standalone builds its
  // iframe with inline script and style; the H5P files themselves are sandboxed per response (catalog).
  app.use(helmet({ contentSecurityPolicy: false, crossOriginEmbedderPolicy: false }));
  app.use(refuseHostileRequest);
  useBodyParsers(app);
  app.useGlobalPipes(new HostileBodyPipe(), validationPipe());
  app.useGlobalFilters(new ApiExceptionFilter());
}
