import { INestApplication } from '@nestjs/common';
import request from 'supertest';
import type { CourseDetail } from '@lc/shared-contracts';
import { H5pService } from '@lc/api-catalog';
import { CITY, draftCourse, materials, samplePackage } from './testing/fixtures';
import { phoneSource, PNG, quizSource, withSource } from './testing/editor-sources';
import { bearer, createTestApp, createUser, TestUser } from './testing/test-app';

/** Who may use the H5P editor's endpoints, and each refusal with its code and message. */
describe('H5P editor: who may call it, and refusals (HTTP, PostgreSQL)', () => {
  let app: INestApplication;
  /** No quota at all, and a small limit on editor requests. */
  let strict: INestApplication;
  let http: ReturnType<typeof request>;
  let author: TestUser;
  let course: CourseDetail;
  let materialId: string;
  const editor = (courseId = course.id) => `/api/courses/${courseId}/editor`;
  const save = (source: unknown, images: [Buffer, string][] = [], who = author, courseId = course.id) =>
    withSource(http.post(`${editor(courseId)}/materials`).set(bearer(who)), source, images);

  beforeAll(async () => {
    app = await createTestApp();
    strict = await createTestApp({ H5P_TRAINER_QUOTA_MB: 0, RATE_LIMIT_H5P_EDITOR: '3/3600' });
    http = request(app.getHttpServer());
    ({ trainer: author, course } = await draftCourse(app));
    materialId = materials((await save(quizSource()).expect(201)).body).at(-1)!.id;
  });
  // Passport keeps one 'jwt' strategy for the whole process: the apps close together, at the end.
  afterAll(async () => {
    await app.get(H5pService).sweepOrphans(0);
    await Promise.all([app.close(), strict.close()]);
  });

  /** Every editor endpoint, as `who` calls it. */
  const calls = (who: TestUser | null) => {
    const auth = (req: request.Test) => (who ? req.set(bearer(who)) : req);
    return {
      list: () => auth(http.get(`${editor()}/materials`)),
      create: () => withSource(auth(http.post(`${editor()}/materials`)), quizSource('Của người khác')),
      update: () => withSource(auth(http.put(`${editor()}/materials/${materialId}`)), quizSource('Sửa trộm')),
      source: () => auth(http.get(`${editor()}/materials/${materialId}`)),
      export: () => auth(http.get(`${editor()}/materials/${materialId}/export`)),
      preview: () => withSource(auth(http.post(`${editor()}/previews`)), quizSource('Xem trộm')),
    };
  };

  it.each([
    ['another trainer', 'trainer', 404, 'COURSE_NOT_FOUND'],
    ['a content reviewer', 'content_reviewer', 403, 'ROLE_REQUIRED'],
    ['a citizen', 'citizen', 403, 'ROLE_REQUIRED'],
    ['nobody signed in', null, 401, 'AUTH_REQUIRED'],
  ] as const)('refuses %s on every endpoint', async (_who, role, status, code) => {
    const who = role ? await createUser(app, [{ role, areaId: CITY }]) : null;
    for (const [name, call] of Object.entries(calls(who))) {
      const res = await call();
      expect({ name, status: res.status, code: res.body.code }).toEqual({ name, status, code });
      expect(res.body.message).toEqual(expect.any(String));
    }
    const count = materials((await http.get(`/api/courses/${course.id}`).set(bearer(author))).body).length;
    expect(count).toBe(1);
  });

  it('lets the author save only while the course is a draft, and export whatever its status', async () => {
    const { course: other } = await draftCourse(app, author);
    const id = materials((await save(quizSource('Đã gửi duyệt'), [], author, other.id).expect(201)).body)[0]!.id;
    await http.post(`/api/courses/${other.id}/submission`).set(bearer(author)).expect(200);
    const refused = await save(quizSource('Thêm nữa'), [], author, other.id).expect(409);
    expect(refused.body).toMatchObject({ code: 'COURSE_STATUS_CONFLICT', message: expect.stringMatching(/bản nháp/) });
    const edit = withSource(http.put(`${editor(other.id)}/materials/${id}`).set(bearer(author)), quizSource('Sửa'));
    expect((await edit.expect(409)).body.code).toBe('COURSE_STATUS_CONFLICT');
    await http
      .get(`${editor(other.id)}/materials/${id}/export`)
      .set(bearer(author))
      .expect(200);
  });

  it('names every field to fix, with its message, and writes nothing', async () => {
    const bad = quizSource();
    bad.params.title = ' ';
    if (bad.contentType === 'H5P.LcPracticeQuiz') bad.params.questions[0]!.options![1]!.correct = true;
    const res = await save(bad).expect(422);
    expect(res.body).toEqual({
      code: 'EDITOR_INVALID',
      message: 'Bài học còn 2 chỗ cần sửa; mỗi chỗ được ghi ngay bên ô đó.',
      details: {
        problems: [
          { path: 'params.title', code: 'EDITOR_REQUIRED', message: 'Hãy nhập nội dung cho ô này.' },
          {
            path: 'params.questions.0.options',
            code: 'EDITOR_CORRECT_SINGLE',
            message: 'Câu hỏi một đáp án cần đúng một đáp án được đánh dấu đúng.',
          },
        ],
      },
    });
  });

  it.each([
    ['a source that is not JSON', '{"contentType":', 422, 'EDITOR_SOURCE_INVALID', /không đọc được/],
    ['a source with a NUL in it', '{"contentType":"H5P.LcPracticeQuiz\\u0000"}', 422, 'EDITOR_SOURCE_INVALID', /ký tự/],
    ['a content type of someone else', '{"contentType":"H5P.MultiChoice","params":{}}', 422, 'EDITOR_INVALID', /chỗ/],
  ])('refuses %s', async (_label, source, status, code, message) => {
    const res = await save(source).expect(status);
    expect(res.body).toMatchObject({ code, message: expect.stringMatching(message) });
  });

  it('refuses a request without a source', async () => {
    const res = await http.post(`${editor()}/materials`).set(bearer(author)).field('other', 'x').expect(400);
    expect(res.body.message).toMatch(/source|bài học/);
  });

  it('refuses a file that is not an image, at the field that chose it', async () => {
    const res = await save(phoneSource(), [[Buffer.from('%PDF-1.7 a document'), 'man-hinh.png']]).expect(422);
    expect(res.body).toMatchObject({
      code: 'EDITOR_IMAGE_TYPE',
      message: expect.stringMatching(/không phải ảnh PNG, JPEG, GIF, WebP hay SVG/),
      details: { problems: [{ path: 'params.steps.0.image', code: 'EDITOR_IMAGE_TYPE' }] },
    });
  });

  it('refuses an image over 2 MB before reading it into a package', async () => {
    const big = Buffer.concat([PNG, Buffer.alloc(2 * 1024 * 1024)]);
    const res = await save(phoneSource(), [[big, 'to.png']]).expect(413);
    expect(res.body.message).toEqual(expect.any(String));
  });

  it('refuses to keep an image the material’s package does not hold', async () => {
    const kept = phoneSource('images/0123456789abcdef.png');
    const res = await withSource(http.put(`${editor()}/materials/${materialId}`).set(bearer(author)), kept).expect(422);
    expect(res.body).toMatchObject({ code: 'EDITOR_IMAGE_MISSING', message: expect.stringMatching(/chọn lại ảnh/) });
  });

  it('does not open an uploaded package in the editor', async () => {
    const uploaded = await http
      .post(`/api/courses/${course.id}/materials/h5p`)
      .set(bearer(author))
      .field('title', 'Tải lên')
      .attach('file', samplePackage('reading'), 'bai.h5p')
      .expect(201);
    const id = materials(uploaded.body).at(-1)!.id;
    for (const req of [
      http.get(`${editor()}/materials/${id}`),
      http.get(`${editor()}/materials/${id}/export`),
      withSource(http.put(`${editor()}/materials/${id}`), quizSource()),
    ]) {
      const res = await req.set(bearer(author)).expect(404);
      expect(res.body).toMatchObject({ code: 'EDITOR_MATERIAL_NOT_FOUND', message: expect.any(String) });
    }
  });

  it('counts an editor save against the trainer’s upload quota, as an upload', async () => {
    // A trainer of their own: the limit's counters are per person, shared by every API process.
    const { trainer, course: own } = await draftCourse(app);
    const res = await withSource(
      request(strict.getHttpServer())
        .post(`${editor(own.id)}/materials`)
        .set(bearer(trainer)),
      quizSource('Vượt hạn mức'),
    ).expect(422);
    expect(res.body).toMatchObject({ code: 'H5P_QUOTA_EXCEEDED', message: expect.stringMatching(/Dung lượng/) });
  });

  it('limits saves and previews per trainer (RATE_LIMIT_H5P_EDITOR)', async () => {
    const { trainer, course: own } = await draftCourse(app);
    const preview = () =>
      withSource(
        request(strict.getHttpServer())
          .post(`${editor(own.id)}/previews`)
          .set(bearer(trainer)),
        quizSource(),
      );
    for (let i = 0; i < 3; i++) expect((await preview()).status).not.toBe(429);
    const refused = await preview().expect(429);
    expect(refused.body).toMatchObject({ code: 'RATE_LIMITED', details: { retryAfterSeconds: expect.any(Number) } });
    expect(refused.headers['retry-after']).toBeDefined();
  });
});
