import { INestApplication, ValidationPipe } from '@nestjs/common';
import { ApiExceptionFilter } from '@lc/api-shared';

/** What every instance of the API shares, the served app and the integration tests alike. */
export function configureApp(app: INestApplication): void {
  app.setGlobalPrefix('api');
  app.useGlobalPipes(new ValidationPipe({ whitelist: true, forbidNonWhitelisted: true, transform: true }));
  app.useGlobalFilters(new ApiExceptionFilter());
}
