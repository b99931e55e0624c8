import { INestApplication } from '@nestjs/common';
import cookieParser from 'cookie-parser';
import helmet from 'helmet';
import { ApiExceptionFilter, AppConfig, trustProxy } from '@lc/api-shared';
import { compressApi } from './compress-api';
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
    .set('trust proxy', trustProxy(app.get(AppConfig).TRUST_PROXY));
  app.use(app.get(MetricsService).middleware);
  app.use(compressApi());
  // Standard security headers. The web app's Content-Security-Policy is set where it is served (serve-web.ts);
  // API answers are JSON, and the H5P package files get a sandbox of their own (catalog).
  app.use(helmet({ contentSecurityPolicy: false, crossOriginEmbedderPolicy: false }));
  app.use(refuseHostileRequest);
  // Only the refresh cookie is read (identity's RefreshCookie), and only on /api/auth, the one path it is sent to.
  app.use(cookieParser());
  useBodyParsers(app);
  app.useGlobalPipes(new HostileBodyPipe(), validationPipe());
  app.useGlobalFilters(new ApiExceptionFilter());
}
