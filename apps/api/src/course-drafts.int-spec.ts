import { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { BA_DINH, CITY, draftCourse, newCourse, publishedCourse, samplePackage } from './testing/fixtures';
import { bearer, createTestApp, createUser } from './testing/test-app';

const CROWD = 50;
const fields: Partial<ReturnType<typeof newCourse>> = { ...newCourse() };
delete fields.moduleTitle;
const edit = (title: string) => ({ ...fields, title, summary: 'Mô tả đã sửa cho khoá học nháp này.', level: 3 });

describe('a trainer’s draft courses: edit and delete (HTTP, PostgreSQL)', () => {
  let app: INestApplication;
  let http: ReturnType<typeof request>;

  beforeAll(async () => {
    app = await createTestApp();
    http = request(app.getHttpServer());
  });
  afterAll(() => app.close());

  const exists = async (id: string) =>
    (await app.get(DataSource).query(`SELECT 1 FROM course WHERE id = $1`, [id])).length === 1;

  it('lets the author edit a draft, and refuses anyone else and a course no longer a draft', async () => {
    const { trainer, course } = await draftCourse(app);
    const edited = await http.patch(`/api/courses/${course.id}`).set(bearer(trainer)).send(edit('Tên mới')).expect(200);
    expect(edited.body).toMatchObject({ id: course.id, status: 'draft', title: { vi: 'Tên mới' }, level: 3 });

    const other = await createUser(app, [{ role: 'trainer', areaId: CITY }]);
    const citizen = await createUser(app, [{ role: 'citizen', areaId: BA_DINH }]);
    // Another trainer's draft is answered as missing (ADR 0027).
    expect((await http.patch(`/api/courses/${course.id}`).set(bearer(other)).send(edit('Của tôi'))).status).toBe(404);
    await http.patch(`/api/courses/${course.id}`).set(bearer(citizen)).send(edit('Của tôi')).expect(403);
    await http.patch(`/api/courses/${course.id}`).send(edit('Của tôi')).expect(401);
    const bad = await http
      .patch(`/api/courses/${course.id}`)
      .set(bearer(trainer))
      .send({ ...edit('x'), level: 9 })
      .expect(400);
    expect(bad.body.code).toBeDefined();

    const published = await publishedCourse(app, { h5p: true });
    const refused = await http
      .patch(`/api/courses/${published.course.id}`)
      .set(bearer(published.trainer))
      .send(edit('Sửa bản đã xuất bản'))
      .expect(409);
    expect(refused.body.code).toBe('COURSE_STATUS_CONFLICT');
    await http.delete(`/api/courses/${published.course.id}`).set(bearer(published.trainer)).expect(409);
    expect(await exists(published.course.id)).toBe(true);
  });

  it('deletes an empty draft of its author only, and refuses one that still has materials', async () => {
    const { trainer, course } = await draftCourse(app);
    const other = await createUser(app, [{ role: 'trainer', areaId: CITY }]);
    await http.delete(`/api/courses/${course.id}`).set(bearer(other)).expect(404);
    await http.delete(`/api/courses/${course.id}`).set(bearer(trainer)).expect(204);
    expect(await exists(course.id)).toBe(false);
    await http.delete(`/api/courses/${course.id}`).set(bearer(trainer)).expect(404);

    const full = await draftCourse(app, trainer);
    await http
      .post(`/api/courses/${full.course.id}/materials/h5p`)
      .set(bearer(trainer))
      .field('title', 'Bài học')
      .attach('file', samplePackage(), 'bai.h5p')
      .expect(201);
    const refused = await http.delete(`/api/courses/${full.course.id}`).set(bearer(trainer)).expect(409);
    expect(refused.body.code).toBe('COURSE_NOT_EMPTY');
    expect(await exists(full.course.id)).toBe(true);
  });

  it(`takes ${CROWD} concurrent edits one at a time, and ${CROWD} concurrent deletes once`, async () => {
    const { trainer, course } = await draftCourse(app);
    const titles = Array.from({ length: CROWD }, (_, i) => `Sửa cùng lúc ${i}`);
    const edits = await Promise.all(
      titles.map((t) => http.patch(`/api/courses/${course.id}`).set(bearer(trainer)).send(edit(t))),
    );
    expect(edits.map((r) => r.status)).toEqual(Array(CROWD).fill(200));
    const [row] = await app.get(DataSource).query(`SELECT title->>'vi' AS t FROM course WHERE id = $1`, [course.id]);
    expect(titles).toContain(row.t);

    const deletes = await Promise.all(
      Array.from({ length: CROWD }, () => http.delete(`/api/courses/${course.id}`).set(bearer(trainer))),
    );
    const statuses = deletes.map((r) => r.status);
    expect(statuses.filter((s) => s === 204)).toHaveLength(1);
    expect(statuses.every((s) => s === 204 || s === 404 || s === 409)).toBe(true);
    expect(await exists(course.id)).toBe(false);
  });
});
