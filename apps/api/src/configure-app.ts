import { INestApplication } from '@nestjs/common';
import helmet from 'helmet';
import { ApiExceptionFilter } from '@lc/api-shared';
import { useBodyParsers } from './input/body-parsers';
import { HostileBodyPipe } from './input/hostile-body';
import { refuseHostileRequest } from './input/hostile-request.middleware';
import { MetricsService } from './observability/metrics.service';
import { validationPipe } from './validation';

/** What every instance of the API shares, the served app and the integration tests alike. */
export function configureApp(app: INestApplication): void {
  app.setGlobalPrefix('api');
  app.use(app.get(MetricsService).middleware);
  // Standard security headers. The content security policy stays off for now: h5p-standalone builds its
  // iframe with inline script and style; the H5P files themselves are sandboxed per response (catalog).
  app.use(helmet({ contentSecurityPolicy: false, crossOriginEmbedderPolicy: false }));
  app.use(refuseHostileRequest);
  useBodyParsers(app);
  app.useGlobalPipes(new HostileBodyPipe(), validationPipe());
  app.useGlobalFilters(new ApiExceptionFilter());
}
