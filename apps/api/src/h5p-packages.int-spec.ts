import { INestApplication } from '@nestjs/common';
import { strToU8, unzipSync, zipSync } from 'fflate';
import { readdirSync } from 'node:fs';
import { request as httpRequest, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import request from 'supertest';
import { DataSource } from 'typeorm';
import type { CourseDetail } from '@lc/shared-contracts';
import { draftCourse, materials, publishedCourse, samplePackage, uploadH5p } from './testing/fixtures';
import { bearer, createTestApp, TestUser } from './testing/test-app';
import { loadConfig } from './config/env';

describe('catalog: H5P packages uploaded and served (HTTP, PostgreSQL)', () => {
  let app: INestApplication;
  let http: ReturnType<typeof request>;

  beforeAll(async () => {
    app = await createTestApp();
    http = request(app.getHttpServer());
  });
  afterAll(() => app.close());

  /** A raw GET whose path is sent exactly as written (supertest would resolve the dot segments first). */
  async function rawGet(path: string): Promise<{ status: number; body: string }> {
    const server: Server = app.getHttpServer();
    if (!server.listening) await new Promise<void>((done) => server.listen(0, done));
    const { port } = server.address() as AddressInfo;
    return new Promise((done, fail) => {
      httpRequest({ port, path, method: 'GET' }, (res) => {
        let body = '';
        res.on('data', (c) => (body += c)).on('end', () => done({ status: res.statusCode ?? 0, body }));
      })
        .on('error', fail)
        .end();
    });
  }

  /** Package folders that appeared since `before` with no package row (other specs may upload meanwhile). */
  async function newOrphanFolders(storage: string, before: string[]): Promise<string[]> {
    await new Promise((done) => setTimeout(done, 100));
    const added = readdirSync(storage).filter((f) => !before.includes(f));
    const rows: { id: string }[] = added.length
      ? await app.get(DataSource).query(`SELECT id::text FROM h5p_package WHERE id::text = ANY($1)`, [added])
      : [];
    return added.filter((f) => !rows.some((r) => r.id === f));
  }

  it('stores a valid .h5p upload and serves its files to the player', async () => {
    const { trainer, course } = await draftCourse(app);
    const res = await uploadH5p(app, trainer, course.id, samplePackage('quiz')).expect(201);
    const [material] = materials(res.body);
    expect(material).toMatchObject({
      kind: 'h5p',
      title: { vi: 'Bài luyện tập' },
      h5p: { mainLibrary: 'H5P.LcPracticeQuiz' },
    });
    // A draft's files are served through a signed preview path. The sample is shared with other suites' published
    // courses (identical uploads share a package), so the public path is tested in uploads.int-spec.ts instead.
    expect(material.h5p!.basePath).toMatch(
      new RegExp(`^/api/h5p/previews/${material.h5p!.packageId}/\\d+\\.[\\w-]{43}$`),
    );
    const manifest = await http.get(`${material.h5p!.basePath}/h5p.json`).expect(200);
    expect(JSON.parse(manifest.text).mainLibrary).toBe('H5P.LcPracticeQuiz');
    const content = await http.get(`${material.h5p!.basePath}/content/content.json`).expect(200);
    expect(JSON.parse(content.text).questions.length).toBeGreaterThan(0);
    await http.get(`${material.h5p!.basePath}/H5P.LcPracticeQuiz-1.1/library.json`).expect(200);
    await http.get(`${material.h5p!.basePath}/content/nothing-here.json`).expect(404);
  });

  describe('refuses a bad package with 422 and writes nothing', () => {
    let trainer: TestUser;
    let course: CourseDetail;
    beforeAll(async () => {
      ({ trainer, course } = await draftCourse(app));
      await uploadH5p(app, trainer, course.id, samplePackage('reading'), 'Bài đọc').expect(201);
    });

    const manifest = (mainLibrary = 'H5P.LcReadingPage', major = 1, minor = 1) =>
      strToU8(
        JSON.stringify({
          title: 'x',
          language: 'vi',
          mainLibrary,
          embedTypes: ['iframe'],
          preloadedDependencies: [{ machineName: mainLibrary, majorVersion: major, minorVersion: minor }],
        }),
      );
    const content = strToU8(JSON.stringify({ title: 'x', blocks: [] }));
    const cases: [string, Uint8Array, string][] = [
      ['a file that is not a zip', strToU8('this is plain text, not a zip archive'), 'H5P_NOT_ZIP'],
      [
        "a zip with an entry '../evil.js'",
        zipSync({ 'h5p.json': manifest(), 'content/content.json': content, '../evil.js': strToU8('alert(1)') }),
        'H5P_PATH_ESCAPE',
      ],
      ['a zip without h5p.json', zipSync({ 'content/content.json': content }), 'H5P_MANIFEST_MISSING'],
      [
        'a package needing a library neither bundled nor installed',
        zipSync({ 'h5p.json': manifest('H5P.NotInstalled', 9, 9), 'content/content.json': content }),
        'H5P_DEPENDENCY_MISSING',
      ],
    ];

    it.each(cases)('%s', async (_label, bytes, code) => {
      const storage = resolve(loadConfig().STORAGE_DIR, 'h5p');
      const foldersBefore = readdirSync(storage).sort();
      const before = (await http.get(`/api/courses/${course.id}`).set(bearer(trainer)).expect(200)).body;
      const res = await uploadH5p(app, trainer, course.id, bytes).expect(422);
      expect(res.body).toMatchObject({ code, message: expect.stringMatching(/H5P/i) });
      const after = await http.get(`/api/courses/${course.id}`).set(bearer(trainer)).expect(200);
      expect(materials(after.body)).toEqual(materials(before));
      expect(materials(after.body).map((m) => m.title.vi)).toEqual(['Bài đọc']);
      // Uploads of the same file share one package, so count this trainer's new ones: a refusal adds none.
      const [{ n }] = await app
        .get(DataSource)
        .query(`SELECT count(*)::int AS n FROM h5p_package WHERE uploaded_by = $1 AND title <> 'Bài đọc'`, [
          trainer.id,
        ]);
      expect(n).toBe(0);
      expect(await newOrphanFolders(storage, foldersBefore)).toEqual([]);
    });

    it('refuses a package that brings a library the platform has not installed: libraries are code', async () => {
      const lib = strToU8(
        JSON.stringify({
          title: 'Evil',
          machineName: 'H5P.Evil',
          majorVersion: 1,
          minorVersion: 1,
          patchVersion: 0,
          runnable: 1,
          preloadedJs: [{ path: 'evil.js' }],
        }),
      );
      const bytes = zipSync({
        'h5p.json': manifest('H5P.Evil'),
        'content/content.json': content,
        'H5P.Evil-1.1/library.json': lib,
        'H5P.Evil-1.1/evil.js': strToU8('steal(sessionStorage)'),
      });
      const res = await uploadH5p(app, trainer, course.id, bytes).expect(422);
      expect(res.body.code).toBe('H5P_LIBRARY_NOT_INSTALLED');
    });

    it('serves the installed copy of a library even when a package bundles a changed one', async () => {
      const files = unzipSync(new Uint8Array(samplePackage('reading')));
      const js = Object.keys(files).find((p) => p.startsWith('H5P.LcReadingPage-1.1/') && p.endsWith('.js'))!;
      files[js] = strToU8('/* replaced by the uploader */ steal(sessionStorage);');
      const res = await uploadH5p(app, trainer, course.id, zipSync(files), 'Thư viện bị sửa').expect(201);
      const pkg = materials(res.body).at(-1)!.h5p!;
      const served = await http.get(`${pkg.basePath}/${js}`).expect(200);
      expect(served.text).not.toContain('steal(');
      expect(served.text).toContain('H5P.LcReadingPage');
    });

    it('refuses script or style outside library folders', async () => {
      const bytes = zipSync({
        'h5p.json': manifest(),
        'content/content.json': content,
        'content/run.js': strToU8('steal()'),
      });
      const res = await uploadH5p(app, trainer, course.id, bytes).expect(422);
      expect(res.body.code).toBe('H5P_FILE_TYPE');
    });

    it('accepts a package that uses an installed library without bundling it', async () => {
      const bytes = zipSync({ 'h5p.json': manifest(), 'content/content.json': content });
      const res = await uploadH5p(app, trainer, course.id, bytes, 'Không kèm thư viện').expect(201);
      const pkg = materials(res.body).at(-1)!.h5p!;
      await http.get(`${pkg.basePath}/H5P.LcReadingPage-1.1/library.json`).expect(200);
    });
  });

  it('does not serve files outside a package (dot-dot paths), not even another package', async () => {
    const { course } = await publishedCourse(app, { h5p: true });
    const base = materials(course)[0].h5p!.basePath;
    expect((await rawGet(`${base}/h5p.json`)).status).toBe(200);
    const { trainer, course: draft } = await draftCourse(app);
    const other = materials((await uploadH5p(app, trainer, draft.id, samplePackage('reading')).expect(201)).body)[0]
      .h5p!.packageId;
    const intoOther = await rawGet(`${base}/..%2f${other}%2fh5p.json`);
    expect(intoOther.status).toBe(404);
    expect(intoOther.body).not.toContain('mainLibrary');
    for (const path of [
      `${base}/../..`,
      `${base}/../../package.json`,
      `${base}/..%2f..%2f..%2f..%2fpackage.json`,
      `${base}/H5P.LcPracticeQuiz-1.1/..%2f..%2f..%2fpackage.json`,
      `${base}/%2e%2e/%2e%2e/%2e%2e/%2e%2e/package.json`,
    ]) {
      const res = await rawGet(path);
      expect({ path, status: res.status }).toEqual({ path, status: 404 });
      expect(res.body).not.toContain('"devDependencies"');
    }
  });

  // Last in the file: a second app replaces passport's global strategy until it is closed.
  it('takes the upload limit from H5P_MAX_UPLOAD_MB, above 50 MB too, and answers a larger file with 413', async () => {
    const larger = await createTestApp({ H5P_MAX_UPLOAD_MB: 60 });
    try {
      const { trainer, course } = await draftCourse(app);
      const file = Buffer.alloc(55 * 1024 * 1024, 1);
      const send = (on: INestApplication) =>
        request(on.getHttpServer())
          .post(`/api/courses/${course.id}/materials/h5p`)
          .set(bearer(trainer))
          .field('title', 'Gói lớn')
          .attach('file', file, 'lon.h5p');
      const tooLarge = await send(app).expect(413);
      expect(tooLarge.body.code).toBe('PAYLOAD_TOO_LARGE');
      // Within the larger limit the file is read and checked: it is no zip, so it is refused as one.
      expect((await send(larger)).status).toBe(422);
    } finally {
      await larger.close();
    }
  });
});
