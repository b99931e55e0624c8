import { INestApplication } from '@nestjs/common';
import { strToU8, unzipSync, zipSync } from 'fflate';
import request from 'supertest';
import type { CourseDetail } from '@lc/shared-contracts';
import { packTestPackage } from '@lc/api-h5p-package/testing';
import { CITY, draftCourse, materials, uploadH5p } from './testing/fixtures';
import {
  freshFamily,
  installContentType,
  installedLibraries,
  packageWithout,
  previewInstall,
} from './testing/h5p-libraries';
import { bearer, createTestApp, createUser, TestUser } from './testing/test-app';

/** Issue 12 §2, §5: what a trainer's package may hold, judged against the content types an admin installed. */
describe("trainers' packages against the installed content types (HTTP, PostgreSQL, disk)", () => {
  let app: INestApplication;
  let http: ReturnType<typeof request>;
  let admin: TestUser;

  beforeAll(async () => {
    app = await createTestApp();
    http = request(app.getHttpServer());
    admin = await createUser(app, [{ role: 'admin', areaId: CITY }]);
  });
  afterAll(() => app.close());

  const upload = (trainer: TestUser, courseId: string, bytes: Uint8Array) => uploadH5p(app, trainer, courseId, bytes);
  const libraries = () => installedLibraries(app, admin);

  it("accepts a trainer's full export with fonts, serves the installed copies, and refuses what it cannot play", async () => {
    const { counter } = freshFamily();
    const { trainer, course } = await draftCourse(app);
    const full = packTestPackage({ main: counter });
    const refused = await upload(trainer, course.id, full).expect(422);
    expect(refused.body).toMatchObject({
      code: 'H5P_LIBRARY_NOT_INSTALLED',
      message: `Dạng nội dung '${counter.title} 1.2' chưa được cài trên hệ thống — hãy nhờ quản trị viên cài đặt.`,
    });

    await installContentType(app, admin, counter);
    const files = unzipSync(full);
    const js = `${counter.machineName}-1.2/library.js`;
    files[js] = strToU8('steal(sessionStorage)');
    const accepted: CourseDetail = (await upload(trainer, course.id, zipSync(files)).expect(201)).body;
    const base = materials(accepted)[0]!.h5p!.basePath;
    expect((await http.get(`${base}/${js}`).expect(200)).text).not.toContain('steal(');
    await http.get(`${base}/${counter.machineName.replace('Counter', 'Icons')}-1.1/fonts/icons.woff2`).expect(200);
  });

  it('refuses, each with its message: a non-runnable main library, a disabled type, a missing one', async () => {
    const { counter, base } = freshFamily();
    const { trainer, course } = await draftCourse(app);
    await installContentType(app, admin, counter);
    const notRunnable = await upload(trainer, course.id, packTestPackage({ main: base })).expect(422);
    expect(notRunnable.body).toMatchObject({ code: 'H5P_MAIN_NOT_RUNNABLE' });
    expect(notRunnable.body.message).toContain(`'Test Base 2.3' là thư viện dùng chung, không phải một dạng nội dung`);
    const adminNotRunnable = await previewInstall(app, admin, packTestPackage({ main: base })).expect(422);
    expect(adminNotRunnable.body.code).toBe('H5P_MAIN_NOT_RUNNABLE');

    const row = (await libraries()).find((l) => l.library === `${counter.machineName}-1.2`)!;
    await http.patch(`/api/admin/h5p/libraries/${row.id}`).set(bearer(admin)).send({ enabled: false }).expect(204);
    const types = (await http.get('/api/h5p/content-types').set(bearer(trainer)).expect(200)).body;
    expect(types.some((t: { machineName: string }) => t.machineName === counter.machineName)).toBe(false);
    const disabled = await upload(trainer, course.id, packTestPackage({ main: counter, withoutLibraries: true }));
    expect(disabled.status).toBe(422);
    expect(disabled.body).toMatchObject({
      code: 'H5P_CONTENT_TYPE_DISABLED',
      message: expect.stringContaining(`Dạng nội dung '${counter.title} 1.2' đã bị quản trị viên tắt`),
    });
    await http.patch(`/api/admin/h5p/libraries/${row.id}`).set(bearer(admin)).send({ enabled: true }).expect(204);
    await upload(trainer, course.id, packTestPackage({ main: counter, withoutLibraries: true })).expect(201);

    const other = freshFamily().counter;
    const missing = await upload(trainer, course.id, packTestPackage({ main: other, withoutLibraries: true }));
    expect(missing.body).toMatchObject({
      code: 'H5P_DEPENDENCY_MISSING',
      message: expect.stringContaining(`'${other.machineName} 1.2'`),
    });
    const dependency = packTestPackage({ main: { ...other, dependencies: [{ ...base, minorVersion: 9 }] } });
    const chain = await previewInstall(app, admin, packageWithout(dependency, `${base.machineName}-2.9/`)).expect(422);
    expect(chain.body).toMatchObject({ code: 'H5P_DEPENDENCY_MISSING' });
  });

  it('sanitizes SVG images and accepts the file types H5P allows, refusing script outside libraries', async () => {
    const { counter } = freshFamily();
    await installContentType(app, admin, counter);
    const { trainer, course } = await draftCourse(app);
    const contentFiles = {
      'images/a.svg': '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script><circle r="3"/></svg>',
      'files/guide.pdf': '%PDF-1.4',
      'files/sheet.xlsx': 'PK',
      'fonts/f.otf': 'OTTO',
    };
    const res = await upload(trainer, course.id, packTestPackage({ main: counter, contentFiles })).expect(201);
    const base = materials(res.body)[0]!.h5p!.basePath;
    const svg = await http.get(`${base}/content/images/a.svg`).expect(200);
    expect(svg.text ?? svg.body.toString()).not.toContain('script');
    await http.get(`${base}/content/files/guide.pdf`).expect(200);
    const flash = await upload(
      trainer,
      course.id,
      packTestPackage({ main: counter, contentFiles: { 'a.swf': 'FWS' } }),
    );
    expect(flash.body.code).toBe('H5P_FILE_TYPE');
    const script = await upload(trainer, course.id, packTestPackage({ main: counter, contentFiles: { 'a.js': '1' } }));
    expect(script.body.code).toBe('H5P_FILE_TYPE');
  });
});
