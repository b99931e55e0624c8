import { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { DataSource } from 'typeorm';
import type { NoticeList } from '@lc/shared-contracts';
import { BA_DINH, CITY, draftCourse, NGOC_HA, samplePackage, scores, submittedApplication } from './testing/fixtures';
import { bearer, createTestApp, createUser, createUsers, TestUser } from './testing/test-app';

const CROWD = 50;

describe('in-app notices (HTTP, PostgreSQL)', () => {
  let app: INestApplication;
  let http: ReturnType<typeof request>;
  let ds: DataSource;

  beforeAll(async () => {
    app = await createTestApp();
    http = request(app.getHttpServer());
    ds = app.get(DataSource);
  });
  afterAll(() => app.close());

  const newCitizen = () => createUser(app, [{ role: 'citizen', areaId: BA_DINH }]);
  const notices = async (person: TestUser): Promise<NoticeList> =>
    (await http.get('/api/my/notices').set(bearer(person)).expect(200)).body;
  const stored = async (subjectId: string): Promise<{ person_id: string; kind: string }[]> =>
    ds.query(`SELECT person_id, kind FROM notice WHERE subject_id = $1 ORDER BY created_at`, [subjectId]);
  const verify = (id: string, verifier: TestUser) =>
    http.post(`/api/applications/${id}/verification`).set(bearer(verifier)).send({ scores: scores() });

  it('tells the applicant, and only them, when their application moves on', async () => {
    const citizen = await newCitizen();
    const application = await submittedApplication(app, citizen);
    const verifier = await createUser(app, [{ role: 'verifier', areaId: BA_DINH }]);
    await verify(application.id, verifier).expect(200);
    await http
      .post(`/api/applications/${application.id}/return`)
      .set(bearer(await createUser(app, [{ role: 'approver', areaId: BA_DINH }])))
      .send({ reason: 'Cần bổ sung minh chứng mục 2.1.' })
      .expect(200);

    const mine = await notices(citizen);
    expect(mine.unread).toBe(3);
    expect(mine.notices.map((n) => [n.kind, n.subjectId, n.read])).toEqual([
      ['application_returned', application.id, false],
      ['application_verified', application.id, false],
      ['application_submitted', application.id, false],
    ]);
    expect(mine.notices[0].subjectName).toEqual({ vi: String(application.year), en: String(application.year) });
    expect(JSON.stringify(mine)).not.toContain(application.applicantName);
    expect((await notices(verifier)).notices).toEqual([]);
    await http.get('/api/my/notices').expect(401);
  });

  it('tells a trainer when a reviewer publishes or returns their course, not when they submit it', async () => {
    const { trainer, course } = await draftCourse(app);
    const upload = () =>
      http
        .post(`/api/courses/${course.id}/materials/h5p`)
        .set(bearer(trainer))
        .field('title', 'Bài đọc')
        .attach('file', samplePackage('reading'), 'bai.h5p')
        .expect(201);
    await upload();
    const reviewer = await createUser(app, [{ role: 'content_reviewer', areaId: CITY }]);
    await http.post(`/api/courses/${course.id}/submission`).set(bearer(trainer)).expect(200);
    await http
      .post(`/api/courses/${course.id}/return`)
      .set(bearer(reviewer))
      .send({ reason: 'Thêm ảnh minh hoạ cho bài đọc.' })
      .expect(200);
    await http.post(`/api/courses/${course.id}/submission`).set(bearer(trainer)).expect(200);
    await http.post(`/api/courses/${course.id}/publication`).set(bearer(reviewer)).expect(200);

    const mine = await notices(trainer);
    expect(mine.notices.map((n) => n.kind)).toEqual(['course_published', 'course_returned']);
    expect(mine.notices[0].subjectName).toEqual(course.title);
    expect((await notices(reviewer)).notices).toEqual([]);
  });

  it('lets only the owner mark a notice read, once or all at once', async () => {
    const citizen = await newCitizen();
    const other = await newCitizen();
    const application = await submittedApplication(app, citizen);
    await verify(application.id, await createUser(app, [{ role: 'verifier', areaId: BA_DINH }])).expect(200);
    const [newest, oldest] = (await notices(citizen)).notices;

    const refused = await http.post(`/api/my/notices/${newest.id}/read`).set(bearer(other)).expect(404);
    expect(refused.body.code).toBe('NOTICE_NOT_FOUND');
    await http.post('/api/my/notices/not-a-uuid/read').set(bearer(citizen)).expect(400);
    await http.post(`/api/my/notices/${newest.id}/read`).expect(401);
    expect((await notices(citizen)).unread).toBe(2);

    await http.post(`/api/my/notices/${newest.id}/read`).set(bearer(citizen)).expect(204);
    await http.post(`/api/my/notices/${newest.id}/read`).set(bearer(citizen)).expect(204);
    let mine = await notices(citizen);
    expect([mine.unread, mine.notices.map((n) => n.read)]).toEqual([1, [true, false]]);

    await http.post('/api/my/notices/read').set(bearer(other)).expect(204);
    expect((await notices(citizen)).unread).toBe(1);
    await http.post('/api/my/notices/read').set(bearer(citizen)).expect(204);
    mine = await notices(citizen);
    expect([mine.unread, mine.notices.find((n) => n.id === oldest.id)?.read]).toEqual([0, true]);
  });

  it('leaves no notice when the change is refused', async () => {
    const citizen = await newCitizen();
    const application = await submittedApplication(app, citizen);
    const elsewhere = await createUser(app, [{ role: 'verifier', areaId: NGOC_HA }]);
    expect((await verify(application.id, elsewhere)).status).toBe(404);
    expect((await stored(application.id)).map((n) => n.kind)).toEqual(['application_submitted']);
  });

  it(`writes exactly one notice per change when ${CROWD} changes and ${CROWD} rivals arrive at once`, async () => {
    const citizens = await createUsers(app, CROWD, [{ role: 'citizen', areaId: BA_DINH }]);
    const applications = await Promise.all(citizens.map((c) => submittedApplication(app, c)));
    const verifiers = await createUsers(app, 2, [{ role: 'verifier', areaId: BA_DINH }]);

    // Every application verified twice at the same moment: one of each pair wins, the other is refused.
    const results = await Promise.all(
      applications.flatMap((a) => verifiers.map((v) => verify(a.id, v).then((r) => ({ id: a.id, status: r.status })))),
    );
    for (const a of applications) {
      expect(
        results
          .filter((r) => r.id === a.id)
          .map((r) => r.status)
          .sort(),
      ).toEqual([200, 409]);
    }
    const rows: { person_id: string; kind: string; n: number }[] = await ds.query(
      `SELECT person_id, kind, count(*)::int AS n FROM notice WHERE subject_id = ANY($1) GROUP BY person_id, kind`,
      [applications.map((a) => a.id)],
    );
    expect(rows).toHaveLength(CROWD * 2);
    expect(rows.every((r) => r.n === 1)).toBe(true);
    expect(new Set(rows.map((r) => r.person_id))).toEqual(new Set(citizens.map((c) => c.id)));

    // The same notice marked read from many tabs at once.
    const [first] = citizens;
    const [notice] = (await notices(first)).notices;
    const marks = await Promise.all(
      Array.from({ length: CROWD }, () => http.post(`/api/my/notices/${notice.id}/read`).set(bearer(first))),
    );
    expect(marks.map((r) => r.status)).toEqual(Array(CROWD).fill(204));
    expect((await notices(first)).unread).toBe(1);
  });

  it(`gives a course's author one notice when ${CROWD} reviewers decide at once, and reads all from many tabs`, async () => {
    const { trainer, course } = await draftCourse(app);
    await http
      .post(`/api/courses/${course.id}/materials/h5p`)
      .set(bearer(trainer))
      .field('title', 'Bài đọc')
      .attach('file', samplePackage('reading'), 'bai.h5p')
      .expect(201);
    await http.post(`/api/courses/${course.id}/submission`).set(bearer(trainer)).expect(200);
    const reviewers = await createUsers(app, CROWD, [{ role: 'content_reviewer', areaId: CITY }]);

    const decided = await Promise.all(
      reviewers.map((r, i) =>
        i % 2
          ? http.post(`/api/courses/${course.id}/publication`).set(bearer(r))
          : http.post(`/api/courses/${course.id}/return`).set(bearer(r)).send({ reason: 'Cần sửa lại tiêu đề.' }),
      ),
    );
    expect(decided.filter((r) => r.status === 200)).toHaveLength(1);
    expect(decided.filter((r) => r.status === 409)).toHaveLength(CROWD - 1);
    const rows = await stored(course.id);
    expect(rows).toHaveLength(1);
    expect(rows[0].person_id).toBe(trainer.id);

    const reads = await Promise.all(
      Array.from({ length: CROWD }, () => http.post('/api/my/notices/read').set(bearer(trainer))),
    );
    expect(reads.map((r) => r.status)).toEqual(Array(CROWD).fill(204));
    expect((await notices(trainer)).unread).toBe(0);
  });
});
