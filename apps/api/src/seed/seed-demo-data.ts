import { INestApplicationContext, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { PasswordHasher, UserEntity } from '@lc/api-identity';
import { DEMO_CITIZEN, DEMO_PASSWORD, DEMO_STAFF } from './demo-accounts';
import { seedAccounts } from './seed-accounts';
import { seedCitizens } from './seed-citizens';
import { seedCourses } from './seed-courses';
import { seedReference } from './seed-reference';
import { seedRosters } from './seed-rosters';

/**
 * Reference data on every start; demo data (with a published password) only when asked, into an empty database
 * only, so a real deployment never gets demo accounts.
 */
export async function seedDemoData(app: INestApplicationContext, withDemo: boolean): Promise<void> {
  const ds = app.get(DataSource);
  await seedReference(ds);
  if (!withDemo) {
    Logger.log('Reference data loaded; no demo data (SEED_DEMO is not "true")', 'Seed');
    return;
  }
  if ((await ds.getRepository(UserEntity).count()) > 0) {
    Logger.log('Reference data checked; the database already has users, so no demo data was added', 'Seed');
    return;
  }
  // One hash for every demo account: argon2id is slow on purpose, and these share a published password.
  const hash = await app.get(PasswordHasher).hash(DEMO_PASSWORD);
  const accounts = await seedAccounts(ds, hash);
  await seedCourses(app, accounts.byUsername.get('trainer')!, accounts.byUsername.get('reviewer')!);
  await seedCitizens(app, accounts, hash);
  await seedRosters(ds, accounts.byUsername.get('admin')!);
  Logger.log('Demo data added', 'Seed');
}

export function demoAccountsText(): string {
  const rows = [
    ...DEMO_STAFF.map((s) => `  ${s.username.padEnd(10)} ${s.role}`),
    `  ${DEMO_CITIZEN.citizenId} citizen (số định danh)`,
  ];
  return `Demo accounts (password ${DEMO_PASSWORD}):\n${rows.join('\n')}`;
}
