import { INestApplication } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { DataSource } from 'typeorm';
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
let serial = Math.floor(Math.random() * 900_000);

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
  const user = await ds.getRepository(UserEntity).save({
    fullName: person.fullName ?? (isCitizen ? 'Nguyễn Thị Thử' : 'Cán bộ Thử'),
    username,
    citizenId: isCitizen ? makeCitizenId(birthYear, gender, ++serial % 1_000_000, 1) : null,
    birthYear,
    gender,
    communeId: person.communeId ?? (isCitizen ? grants.find((g) => g.role === 'citizen')!.areaId : null),
    groupId: person.groupId ?? null,
    populationGroup: 'other',
    passwordHash: await hash,
  });
  for (const g of grants)
    await ds.getRepository(RoleGrantEntity).save({ userId: user.id, role: g.role, areaId: g.areaId, grantedBy: null });
  const login = username ?? user.citizenId!;
  const res = await request(app.getHttpServer())
    .post('/api/auth/login')
    .send({ login, password: PASSWORD })
    .expect(200);
  return { id: user.id, login, token: res.body.accessToken };
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
