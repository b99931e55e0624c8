import { INestApplication } from '@nestjs/common';
import { strToU8, unzipSync, zipSync } from 'fflate';
import { randomUUID } from 'node:crypto';
import { readdirSync } from 'node:fs';
import { request as httpRequest, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import request from 'supertest';
import { DataSource } from 'typeorm';
import type { CourseDetail } from '@lc/shared-contracts';
import { RecordsService } from '@lc/api-records';
import {
  BA_DINH,
  CITY,
  draftCourse,
  materials,
  newCourse,
  publishedCourse,
  samplePackage,
  trainerItems,
} from './testing/fixtures';
import { bearer, createTestApp, createUser, TestUser } from './testing/test-app';
import { loadConfig } from './config/env';

describe('catalog (HTTP, PostgreSQL)', () => {
  let app: INestApplication;
  let http: ReturnType<typeof request>;
  let citizen: TestUser;

  beforeAll(async () => {
    app = await createTestApp();
    http = request(app.getHttpServer());
    citizen = await createUser(app, [{ role: 'citizen', areaId: BA_DINH }]);
  });
  afterAll(() => app.close());

  const upload = (trainer: TestUser, courseId: string, bytes: Uint8Array, title = 'Bài luyện tập') =>
    http
      .post(`/api/courses/${courseId}/materials/h5p`)
      .set(bearer(trainer))
      .field('title', title)
      .attach('file', Buffer.from(bytes), 'bai.h5p');

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

  it('lets a trainer create a course: a draft with one module, listed in their own courses', async () => {
    const { trainer, course } = await draftCourse(app);
    expect(course).toMatchObject({
      status: 'draft',
      title: { vi: newCourse().title },
      competences: ['1.1', '4.1'],
      licence: 'CC BY 4.0',
    });
    expect(course.modules).toHaveLength(1);
    const mine = await http.get('/api/my/courses').set(bearer(trainer)).expect(200);
    expect(mine.body.map((c: CourseDetail) => c.id)).toEqual([course.id]);
    await http.post('/api/courses').set(bearer(citizen)).send(newCourse()).expect(403);
    const bad = await http
      .post('/api/courses')
      .set(bearer(trainer))
      .send({ ...newCourse(), competences: ['9.9'] })
      .expect(400);
    expect(bad.body.code).toBe('VALIDATION_FAILED');
  });

  it('stores a valid .h5p upload and serves its files to the player', async () => {
    const { trainer, course } = await draftCourse(app);
    const res = await upload(trainer, course.id, samplePackage('quiz')).expect(201);
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
      await upload(trainer, course.id, samplePackage('reading'), 'Bài đọc').expect(201);
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
      const res = await upload(trainer, course.id, bytes).expect(422);
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
      const res = await upload(trainer, course.id, bytes).expect(422);
      expect(res.body.code).toBe('H5P_LIBRARY_NOT_INSTALLED');
    });

    it('serves the installed copy of a library even when a package bundles a changed one', async () => {
      const files = unzipSync(new Uint8Array(samplePackage('reading')));
      const js = Object.keys(files).find((p) => p.startsWith('H5P.LcReadingPage-1.1/') && p.endsWith('.js'))!;
      files[js] = strToU8('/* replaced by the uploader */ steal(sessionStorage);');
      const res = await upload(trainer, course.id, zipSync(files), 'Thư viện bị sửa').expect(201);
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
      const res = await upload(trainer, course.id, bytes).expect(422);
      expect(res.body.code).toBe('H5P_FILE_TYPE');
    });

    it('accepts a package that uses an installed library without bundling it', async () => {
      const bytes = zipSync({ 'h5p.json': manifest(), 'content/content.json': content });
      const res = await upload(trainer, course.id, bytes, 'Không kèm thư viện').expect(201);
      const pkg = materials(res.body).at(-1)!.h5p!;
      await http.get(`${pkg.basePath}/H5P.LcReadingPage-1.1/library.json`).expect(200);
    });
  });

  it('does not serve files outside a package (dot-dot paths), not even another package', async () => {
    const { course } = await publishedCourse(app, { h5p: true });
    const base = materials(course)[0].h5p!.basePath;
    expect((await rawGet(`${base}/h5p.json`)).status).toBe(200);
    const { trainer, course: draft } = await draftCourse(app);
    const other = materials((await upload(trainer, draft.id, samplePackage('reading')).expect(201)).body)[0].h5p!
      .packageId;
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

  it('adds a platform test of at least 5 items, never showing the key', async () => {
    const { trainer, course } = await draftCourse(app);
    const res = await http
      .post(`/api/courses/${course.id}/materials/test`)
      .set(bearer(trainer))
      .send({ title: 'Kiểm tra cuối bài', items: trainerItems(5) })
      .expect(201);
    expect(materials(res.body)).toEqual([
      expect.objectContaining({ kind: 'test', itemCount: 5, testId: expect.any(String) }),
    ]);
    expect(JSON.stringify(res.body)).not.toMatch(/"correct"|"answer"|Câu hỏi thử/);
    const four = await http
      .post(`/api/courses/${course.id}/materials/test`)
      .set(bearer(trainer))
      .send({ title: 'Ít câu', items: trainerItems(4) })
      .expect(400);
    expect(four.body).toMatchObject({ code: 'VALIDATION_FAILED', message: expect.stringContaining('ít nhất 5 câu') });
    const twoRight = trainerItems(5).map((item, i) => (i === 0 ? { ...item, correct: [0, 1] } : item));
    const invalid = await http
      .post(`/api/courses/${course.id}/materials/test`)
      .set(bearer(trainer))
      .send({ title: 'Sai đáp án', items: twoRight })
      .expect(422);
    expect(invalid.body.code).toBe('TEST_ITEM_INVALID');
    const other = await createUser(app, [{ role: 'trainer', areaId: CITY }]);
    const notAuthor = await http
      .post(`/api/courses/${course.id}/materials/test`)
      .set(bearer(other))
      .send({ title: 'Của người khác', items: trainerItems(5) })
      .expect(404);
    expect(notAuthor.body.code).toBe('COURSE_NOT_FOUND');
    expect(materials((await http.get(`/api/courses/${course.id}`).set(bearer(trainer))).body)).toHaveLength(1);
  });

  it('goes draft → in_review → published, published by a reviewer who is not the author', async () => {
    const { trainer, course } = await draftCourse(app);
    const empty = await http.post(`/api/courses/${course.id}/submission`).set(bearer(trainer)).expect(422);
    expect(empty.body.code).toBe('COURSE_EMPTY');
    await upload(trainer, course.id, samplePackage()).expect(201);
    const submitted = await http.post(`/api/courses/${course.id}/submission`).set(bearer(trainer)).expect(200);
    expect(submitted.body.status).toBe('in_review');
    await http.post(`/api/courses/${course.id}/publication`).set(bearer(citizen)).expect(403);
    const stranger = await createUser(app, [{ role: 'citizen', areaId: BA_DINH }]);
    const hidden = await http.get(`/api/courses/${course.id}`).set(bearer(stranger)).expect(404);
    expect(hidden.body).toEqual({ code: 'COURSE_NOT_FOUND', message: expect.any(String) });
    await http.get(`/api/courses/${course.id}`).expect(404);
    expect((await http.get('/api/courses').expect(200)).body.map((c: CourseDetail) => c.id)).not.toContain(course.id);

    const reviewer = await createUser(app, [{ role: 'content_reviewer', areaId: CITY }]);
    const grant = { userId: trainer.id, role: 'content_reviewer', areaId: CITY };
    const admin = await createUser(app, [{ role: 'admin', areaId: CITY }]);
    await http.post('/api/admin/role-grants').set(bearer(admin)).send(grant).expect(201);
    const own = await http.post(`/api/courses/${course.id}/publication`).set(bearer(trainer)).expect(403);
    expect(own.body).toEqual({ code: 'REVIEW_OWN_COURSE', message: expect.any(String) });
    expect(
      (await http.get('/api/review/courses').set(bearer(reviewer)).expect(200)).body.map((c: CourseDetail) => c.id),
    ).toContain(course.id);

    const published = await http.post(`/api/courses/${course.id}/publication`).set(bearer(reviewer)).expect(200);
    expect(published.body.status).toBe('published');
    expect((await http.get('/api/courses').expect(200)).body.map((c: CourseDetail) => c.id)).toContain(course.id);
    await http.get(`/api/courses/${course.id}`).set(bearer(stranger)).expect(200);
    const again = await http.post(`/api/courses/${course.id}/publication`).set(bearer(reviewer)).expect(409);
    expect(again.body.code).toBe('COURSE_STATUS_CONFLICT');
  });

  it('returns a course to its author with a reason, and the author can resubmit', async () => {
    const { trainer, course } = await draftCourse(app);
    await upload(trainer, course.id, samplePackage()).expect(201);
    await http.post(`/api/courses/${course.id}/submission`).set(bearer(trainer)).expect(200);
    const reviewer = await createUser(app, [{ role: 'content_reviewer', areaId: CITY }]);
    await http.post(`/api/courses/${course.id}/return`).set(bearer(reviewer)).send({ reason: 'x' }).expect(400);
    const returned = await http
      .post(`/api/courses/${course.id}/return`)
      .set(bearer(reviewer))
      .send({ reason: 'Thiếu phần giới thiệu.' })
      .expect(200);
    expect(returned.body).toMatchObject({ status: 'draft', reviewNote: 'Thiếu phần giới thiệu.' });
    await upload(trainer, course.id, samplePackage('reading'), 'Giới thiệu').expect(201);
    const resubmitted = await http.post(`/api/courses/${course.id}/submission`).set(bearer(trainer)).expect(200);
    expect(resubmitted.body).toMatchObject({ status: 'in_review', reviewNote: null });
  });

  it('keeps a published course immutable', async () => {
    const { trainer, course } = await publishedCourse(app, { h5p: true });
    const res = await http
      .post(`/api/courses/${course.id}/materials/test`)
      .set(bearer(trainer))
      .send({ title: 'Thêm sau', items: trainerItems(5) })
      .expect(409);
    expect(res.body).toEqual({ code: 'COURSE_STATUS_CONFLICT', message: expect.any(String) });
    await upload(trainer, course.id, samplePackage()).expect(409);
    expect(materials((await http.get(`/api/courses/${course.id}`).expect(200)).body)).toHaveLength(1);
  });

  it("records a citizen's xAPI 'completed' statement as a reported learning record", async () => {
    const { course } = await publishedCourse(app, { h5p: true });
    const material = materials(course)[0];
    const learner = await createUser(app, [{ role: 'citizen', areaId: BA_DINH }]);
    const statement = {
      id: randomUUID(),
      verb: { id: 'http://adlnet.gov/expapi/verbs/completed' },
      result: { score: { raw: 3, max: 4 }, completion: true, success: true },
    };
    const res = await http
      .post(`/api/materials/${material.id}/xapi`)
      .set(bearer(learner))
      .send({ statement })
      .expect(201);
    expect(res.body).toMatchObject({
      verb: 'completed',
      trust: 'reported',
      objectType: 'h5p_material',
      objectId: material.id,
      score: 3,
      maxScore: 4,
      completion: true,
    });
    const repeat = await http
      .post(`/api/materials/${material.id}/xapi`)
      .set(bearer(learner))
      .send({ statement })
      .expect(201);
    expect(repeat.body.id).toBe(res.body.id);
    const ignored = await http
      .post(`/api/materials/${material.id}/xapi`)
      .set(bearer(learner))
      .send({ statement: { verb: { id: 'http://adlnet.gov/expapi/verbs/interacted' } } })
      .expect(422);
    expect(ignored.body).toEqual({ code: 'XAPI_IGNORED', message: expect.any(String) });
    const records = await http.get('/api/my/records').set(bearer(learner)).expect(200);
    expect(records.body).toHaveLength(1);
    const trainer = await createUser(app, [{ role: 'trainer', areaId: CITY }]);
    await http.post(`/api/materials/${material.id}/xapi`).set(bearer(trainer)).send({ statement }).expect(403);
  });

  it('takes xAPI statements in batches: one chain, each statement once, non-evidence counted', async () => {
    const { course } = await publishedCourse(app, { h5p: true });
    const material = materials(course)[0];
    const learner = await createUser(app, [{ role: 'citizen', areaId: BA_DINH }]);
    const completed = () => ({
      id: randomUUID(),
      verb: { id: 'http://adlnet.gov/expapi/verbs/completed' },
      result: { score: { raw: 1, max: 1 }, completion: true },
    });
    const batch = [completed(), completed(), { verb: { id: 'http://adlnet.gov/expapi/verbs/interacted' } }];
    batch.push(batch[0]);
    const send = (statements: unknown[]) =>
      http.post(`/api/materials/${material.id}/xapi`).set(bearer(learner)).send({ statements });

    const first = await send(batch).expect(201);
    expect(first.body.ignored).toBe(1);
    expect(first.body.recordIds).toHaveLength(3);
    expect(first.body.recordIds[2]).toBe(first.body.recordIds[0]);
    const again = await send(batch).expect(201);
    expect(again.body.recordIds).toEqual(first.body.recordIds);
    const mine = (await http.get('/api/my/records').set(bearer(learner)).expect(200)).body;
    expect(mine.map((r: { id: string; trust: string }) => [r.id, r.trust]).sort()).toEqual(
      [...new Set<string>(first.body.recordIds)].map((id) => [id, 'reported']).sort(),
    );

    // 50 batches of 20 at once from one person: all kept, in one unbroken chain.
    const batches = await Promise.all(Array.from({ length: 50 }, () => send(Array.from({ length: 20 }, completed))));
    expect(batches.map((r) => r.status)).toEqual(Array(50).fill(201));
    await expect(app.get(RecordsService).chainIntact(learner.id)).resolves.toBe(true);
    const seqs = await app
      .get(DataSource)
      .query(`SELECT count(*)::int AS n, max(seq) AS top FROM learning_record WHERE person_id = $1`, [learner.id]);
    expect(seqs[0]).toEqual({ n: 1002, top: 1002 });

    const tooMany = await send(Array.from({ length: 101 }, completed)).expect(400);
    expect(tooMany.body.code).toBe('VALIDATION_FAILED');
    await send([]).expect(400);
    await send(['không phải đối tượng']).expect(400);
  });

  it('does not take xAPI statements for a draft course', async () => {
    const { trainer, course } = await draftCourse(app);
    const res = await upload(trainer, course.id, samplePackage()).expect(201);
    const statement = { verb: { id: 'http://adlnet.gov/expapi/verbs/completed' } };
    const refused = await http
      .post(`/api/materials/${materials(res.body)[0].id}/xapi`)
      .set(bearer(citizen))
      .send({ statement })
      .expect(404);
    expect(refused.body.code).toBe('MATERIAL_NOT_FOUND');
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
