import { INestApplication } from '@nestjs/common';
import { ApiExceptionFilter } from '@lc/api-shared';
import { validationPipe } from './validation';

/** What every instance of the API shares, the served app and the integration tests alike. */
export function configureApp(app: INestApplication): void {
  app.setGlobalPrefix('api');
  app.useGlobalPipes(validationPipe());
  app.useGlobalFilters(new ApiExceptionFilter());
}
