import { INestApplication } from '@nestjs/common';
import { randomBytes } from 'node:crypto';
import request from 'supertest';
import { unzipSync, zipSync } from 'fflate';
import type { H5pInstalledLibrary, H5pInstallResult, H5pLibraryInstallPreview } from '@lc/shared-contracts';
import { packTestPackage, TestLibrary, testLibraries } from '@lc/api-h5p-package/testing';
import { bearer, TestUser } from './test-app';

/** A family of test libraries with machine names no other test uses. */
export const freshFamily = (opts: { patch?: number; minor?: number; suffix?: string } = {}) =>
  testLibraries({ suffix: opts.suffix ?? randomBytes(3).toString('hex').toUpperCase(), ...opts });

export const previewInstall = (app: INestApplication, admin: TestUser, bytes: Uint8Array) =>
  request(app.getHttpServer())
    .post('/api/admin/h5p/library-installs')
    .set(bearer(admin))
    .attach('file', Buffer.from(bytes), 'export.h5p');

/** Shows and confirms an install of a content type's export, as the admin screen does. */
export async function installContentType(
  app: INestApplication,
  admin: TestUser,
  main: TestLibrary,
): Promise<{ preview: H5pLibraryInstallPreview; result: H5pInstallResult }> {
  const preview: H5pLibraryInstallPreview = (await previewInstall(app, admin, packTestPackage({ main })).expect(201))
    .body;
  const result: H5pInstallResult = (
    await request(app.getHttpServer())
      .post(`/api/admin/h5p/library-installs/${preview.id}/confirmation`)
      .set(bearer(admin))
      .expect(200)
  ).body;
  return { preview, result };
}

/** Every installed library, as the admin screen lists them. */
export const installedLibraries = async (app: INestApplication, admin: TestUser): Promise<H5pInstalledLibrary[]> =>
  (await request(app.getHttpServer()).get('/api/admin/h5p/libraries').set(bearer(admin)).expect(200)).body;

/** The package without the files under `prefix`: an export missing one of its libraries. */
export function packageWithout(bytes: Uint8Array, prefix: string): Uint8Array {
  const files = unzipSync(bytes);
  for (const name of Object.keys(files)) if (name.startsWith(prefix)) delete files[name];
  return zipSync(files);
}
