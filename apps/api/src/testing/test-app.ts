import { INestApplication } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { DataSource, QueryFailedError } from 'typeorm';
import type { Gender, Role } from '@lc/shared-contracts';
import { AppConfig, Settings } from '@lc/api-shared';
import { makeCitizenId, PasswordHasher, RoleGrantEntity, UserEntity } from '@lc/api-identity';
import { AppModule } from '../app.module';
import { loadConfig, loadDatabaseUrls } from '../config/env';
import { configureApp } from '../configure-app';
import { appLoginPassword } from '../database/app-role';
import { DEFAULT_POOL, dataSourceOptions } from '../database/data-source';
import { migrateDatabase } from '../database/migrate';
import { seedReference } from '../seed/seed-reference';

export const PASSWORD = 'Mat-khau-thu-1';
let hash: Promise<string> | undefined;
const randomSerial = () => Math.floor(Math.random() * 1_000_000);

let migrated: Promise<unknown> | undefined;

/** The owner of the tables: the integration global setup (or the caller) sets it. */
function ownerUrl(): string {
  const url = loadDatabaseUrls().DATABASE_URL;
  if (!url) throw new Error('DATABASE_URL is not set: run the integration tests with apps/api/jest.int.config.ts');
  return url;
}

/**
 * The whole API on the test database, migrated and with reference data (units, framework, criteria, item bank).
 * As in production, the migrations run as the owner (DATABASE_URL) and the API connects as lc_app.
 */
export async function createTestApp(settings: Partial<Settings> = {}): Promise<INestApplication> {
  migrated ??= migrateDatabase(ownerUrl(), appLoginPassword(loadDatabaseUrls()));
  await migrated;
  const builder = Test.createTestingModule({ imports: [AppModule] });
  // A test that needs other settings gets them over the environment's, already typed (a quota of 0 included,
  // which the schema would refuse).
  if (Object.keys(settings).length) builder.overrideProvider(AppConfig).useValue({ ...loadConfig(), ...settings });
  const moduleRef = await builder.compile();
  const app = moduleRef.createNestApplication({ logger: ['error'] });
  configureApp(app);
  await app.init();
  await seedReference(app.get(DataSource));
  return app;
}

/** A connection as the owner of the tables, for what the API's role may not do: undo migrations, tamper. */
export async function asOwner<T>(work: (owner: DataSource) => Promise<T>): Promise<T> {
  const owner = await new DataSource(dataSourceOptions(ownerUrl(), { ...DEFAULT_POOL, size: 2 })).initialize();
  try {
    return await work(owner);
  } finally {
    await owner.destroy();
  }
}

export interface TestUser {
  id: string;
  login: string;
  token: string;
}

/**
 * A person with the given grants, signed in through the API. Each call makes a new person, so tests never
 * share state (learning records cannot be deleted between tests).
 */
export async function createUser(
  app: INestApplication,
  grants: { role: Role; areaId: string }[],
  person: { fullName?: string; communeId?: string; groupId?: string; birthYear?: number; gender?: Gender } = {},
): Promise<TestUser> {
  const ds = app.get(DataSource);
  hash ??= app.get(PasswordHasher).hash(PASSWORD);
  const isCitizen = grants.some((g) => g.role === 'citizen');
  const birthYear = person.birthYear ?? 1980;
  const gender = person.gender ?? 'female';
  const username = isCitizen ? null : `u-${randomUUID().slice(0, 8)}`;
  const passwordHash = await hash;
  const save = () =>
    ds.getRepository(UserEntity).save({
      fullName: person.fullName ?? (isCitizen ? 'Nguyễn Thị Thử' : 'Cán bộ Thử'),
      username,
      citizenId: isCitizen ? makeCitizenId(birthYear, gender, randomSerial(), 1) : null,
      birthYear,
      gender,
      communeId: person.communeId ?? (isCitizen ? grants.find((g) => g.role === 'citizen')!.areaId : null),
      groupId: person.groupId ?? null,
      populationGroup: 'other',
      passwordHash,
    });
  const user = await withFreshCitizenId(save);
  for (const g of grants)
    await ds.getRepository(RoleGrantEntity).save({ userId: user.id, role: g.role, areaId: g.areaId, grantedBy: null });
  const login = username ?? user.citizenId!;
  const res = await request(app.getHttpServer())
    .post('/api/auth/login')
    .send({ login, password: PASSWORD })
    .expect(200);
  return { id: user.id, login, token: res.body.accessToken };
}

/**
 * Every spec file shares one database for the whole run, and a citizen ID has only a million serials per birth
 * year and gender: thousands of test citizens drawn at random meet an ID already taken now and then. A taken ID
 * is drawn again rather than failing a test that is not about IDs.
 */
async function withFreshCitizenId<T>(save: () => Promise<T>, tries = 8): Promise<T> {
  try {
    return await save();
  } catch (err) {
    const taken =
      err instanceof QueryFailedError &&
      (err.driverError as { code?: string; constraint?: string }).constraint === 'app_user_citizen_id_key';
    if (!taken || tries <= 1) throw err;
    return withFreshCitizenId(save, tries - 1);
  }
}

/** `count` people with the same grants, created and signed in together. */
export function createUsers(
  app: INestApplication,
  count: number,
  grants: { role: Role; areaId: string }[],
): Promise<TestUser[]> {
  return Promise.all(Array.from({ length: count }, () => createUser(app, grants)));
}

export const bearer = (u: TestUser) => ({ Authorization: `Bearer ${u.token}` });
