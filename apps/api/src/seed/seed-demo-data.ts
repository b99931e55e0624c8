import { INestApplicationContext, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { seedAreas } from './seed-areas';

/** Loads reference data always, and demo data into an empty database only. */
export async function seedDemoData(app: INestApplicationContext): Promise<void> {
  const ds = app.get(DataSource);
  await seedAreas(ds);
  Logger.log('Reference data loaded', 'Seed');
}
