import { INestApplication } from '@nestjs/common';
import request from 'supertest';
import type { CourseDetail } from '@lc/shared-contracts';
import {
  BA_DINH,
  CITY,
  draftCourse,
  materials,
  newCourse,
  publishedCourse,
  samplePackage,
  trainerItems,
  uploadH5p,
} from './testing/fixtures';
import { bearer, createTestApp, createUser, TestUser } from './testing/test-app';

describe('catalog: courses, their tests and review (HTTP, PostgreSQL)', () => {
  let app: INestApplication;
  let http: ReturnType<typeof request>;
  let citizen: TestUser;

  beforeAll(async () => {
    app = await createTestApp();
    http = request(app.getHttpServer());
    citizen = await createUser(app, [{ role: 'citizen', areaId: BA_DINH }]);
  });
  afterAll(() => app.close());

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
    await uploadH5p(app, trainer, course.id, samplePackage()).expect(201);
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
    await uploadH5p(app, trainer, course.id, samplePackage()).expect(201);
    await http.post(`/api/courses/${course.id}/submission`).set(bearer(trainer)).expect(200);
    const reviewer = await createUser(app, [{ role: 'content_reviewer', areaId: CITY }]);
    await http.post(`/api/courses/${course.id}/return`).set(bearer(reviewer)).send({ reason: 'x' }).expect(400);
    const returned = await http
      .post(`/api/courses/${course.id}/return`)
      .set(bearer(reviewer))
      .send({ reason: 'Thiếu phần giới thiệu.' })
      .expect(200);
    expect(returned.body).toMatchObject({ status: 'draft', reviewNote: 'Thiếu phần giới thiệu.' });
    await uploadH5p(app, trainer, course.id, samplePackage('reading'), 'Giới thiệu').expect(201);
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
    await uploadH5p(app, trainer, course.id, samplePackage()).expect(409);
    expect(materials((await http.get(`/api/courses/${course.id}`).expect(200)).body)).toHaveLength(1);
  });
});
